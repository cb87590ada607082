import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import { MorePages } from "../../ui/MorePages";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { useMayChange } from "../permissions";
import { useRefresh } from "../../api/hooks";
import { RowActions } from "../RowActions";
import { useRowActs } from "../rowActs";
import { CUSTOM_FIELDS, type CustomField } from "./fields";

const REMOVE_FIELD = graphql(`
  mutation RemoveCustomField($input: RemoveCustomFieldInput!) {
    removeCustomField(input: $input) {
      removedFieldId
      errors {
        field
        code
        message
      }
    }
  }
`);

const COLUMNS = ["label", "key", "type", "choices", "required"] as const;

/** The fields the company added to its leads; owners and admins remove them here
 * (a field cannot be changed once defined: the API has no way to). */
export function CustomFieldsTable({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const mayChange = useMayChange("fields");
  const fields = useApiPages(CUSTOM_FIELDS, {}, (result) => result.tenant.customFields);
  const removeField = useApiMutation(REMOVE_FIELD);
  const refresh = useRefresh();
  const rows = useRowActs(() => refresh(CUSTOM_FIELDS), onChanged);

  function remove(field: CustomField) {
    void rows.remove(
      field.id,
      t("settings.fields.confirmDelete", { label: field.label }),
      async () =>
        (await removeField.mutateAsync({ input: { fieldId: field.id } })).removeCustomField.errors,
      t("settings.fields.deleted", { label: field.label }),
    );
  }

  if (fields.isPending) return <Loading />;
  if (fields.isError) return <Failed error={fields.error} retry={() => void fields.refetch()} />;
  if (fields.nodes?.length === 0) return <p>{t("settings.fields.none")}</p>;
  return (
    <>
      <TableScroll labelledBy="fields-title">
        <table aria-labelledby="fields-title">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`settings.fields.${column}`)}
                </th>
              ))}
              {mayChange && <th scope="col">{t("settings.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.nodes?.map((field) => (
              <tr key={field.id}>
                <th scope="row">{field.label}</th>
                <td>
                  <code>{field.key}</code>
                </td>
                <td>{t(`settings.fieldTypes.${field.type}`)}</td>
                <td>{field.choices.join(", ")}</td>
                <td>{field.required ? t("settings.yes") : t("settings.no")}</td>
                {mayChange && (
                  <td>
                    <RowActions
                      rowId={field.id}
                      name={field.label}
                      onRemove={() => remove(field)}
                      fault={rows.faults[field.id]}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <MorePages pages={fields} />
    </>
  );
}
