import { useTranslation } from "react-i18next";
import { asFormFaults } from "../../api/faults";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { useRefreshChoices } from "../../api/choices";
import { graphql } from "../../gql";
import { useMay } from "../../shell/permissions";
import { EditInPlace } from "../../ui/EditInPlace";
import { MorePages } from "../../ui/MorePages";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { RowActions } from "../RowActions";
import { useRowActs } from "../rowActs";
import { CustomFieldForm, type FieldValues } from "./CustomFieldForm";
import { CUSTOM_FIELDS, type CustomField } from "./fields";

const CHANGE_FIELD = graphql(`
  mutation ChangeCustomField($input: ChangeCustomFieldInput!) {
    changeCustomField(input: $input) {
      field {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

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

/** The fields the company added to its leads; owners and admins change their
 * labels, choices and whether they are required here, or remove them. */
export function CustomFieldsTable({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const mayChange = useMay("CanConfigureLeads");
  const fields = useApiPages(CUSTOM_FIELDS, {}, (result) => result.tenant.customFields);
  const removeField = useApiMutation(REMOVE_FIELD);
  const changeField = useApiMutation(CHANGE_FIELD);
  const refreshChoices = useRefreshChoices();
  const rows = useRowActs(() => refreshChoices(), onChanged, "fields-title");

  async function save(field: CustomField, values: FieldValues, close: () => void) {
    const { label, required } = values;
    const input =
      field.type === "CHOICE" ? { label, required, choices: values.choices } : { label, required };
    const { changeCustomField } = await changeField.mutateAsync({
      input: { fieldId: field.id, ...input },
    });
    if (changeCustomField.field) {
      onChanged(t("settings.fields.saved", { label }));
      close();
      await refreshChoices();
    }
    return asFormFaults(changeCustomField.errors, "fieldId");
  }

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
              <EditInPlace
                key={field.id}
                columns={COLUMNS.length + 1}
                editor={(close) => (
                  <CustomFieldForm
                    field={field}
                    label={t("settings.editWhat", { name: field.label })}
                    save={(values) => save(field, values, close)}
                  />
                )}
                shown={(opener) => (
                  <tr>
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
                          edit={opener}
                          onRemove={() => remove(field)}
                          fault={rows.faults[field.id]}
                        />
                      </td>
                    )}
                  </tr>
                )}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <MorePages pages={fields} />
    </>
  );
}
