import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { operationName } from "../api/client";
import { useApiMutation, useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import type { ImportTemplatesQuery } from "../gql/graphql";
import { MorePages } from "../ui/MorePages";
import { useRowFaults } from "../ui/rowFaults";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";

export const IMPORT_TEMPLATES = graphql(`
  query ImportTemplates($after: String) {
    tenant {
      importTemplates(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            targets {
              header
              target
            }
          }
        }
      }
    }
  }
`);

const DELETE_TEMPLATE = graphql(`
  mutation DeleteImportTemplate($input: DeleteImportTemplateInput!) {
    deleteImportTemplate(input: $input) {
      deletedTemplateId
      errors {
        field
        code
        message
      }
    }
  }
`);

type Template = ImportTemplatesQuery["tenant"]["importTemplates"]["edges"][number]["node"];

/** The mappings kept by name, for files of the same layout; deleting one. */
export function Templates({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const templates = useApiPages(IMPORT_TEMPLATES, {}, (result) => result.tenant.importTemplates);
  const remove = useApiMutation(DELETE_TEMPLATE);
  const rows = useRowFaults();

  async function deleteTemplate(template: Template) {
    if (!window.confirm(t("imports.templates.confirmDelete", { name: template.name }))) return;
    const deleted = await rows.attempt(template.id, async () => {
      const input = { templateId: template.id };
      return (await remove.mutateAsync({ input })).deleteImportTemplate.errors;
    });
    if (deleted) onChanged(t("imports.templates.deleted", { name: template.name }));
    await queryClient.invalidateQueries({ queryKey: [operationName(IMPORT_TEMPLATES)] });
  }

  if (templates.isPending) return <Loading />;
  if (templates.isError) {
    return <Failed error={templates.error} retry={() => void templates.refetch()} />;
  }
  return (
    <section>
      <h2 id="import-templates-title">{t("imports.templates.title")}</h2>
      {templates.nodes?.length === 0 ? (
        <p>{t("imports.templates.none")}</p>
      ) : (
        <TableScroll labelledBy="import-templates-title">
          <table aria-labelledby="import-templates-title">
            <thead>
              <tr>
                <th scope="col">{t("imports.templates.name")}</th>
                <th scope="col">{t("imports.templates.columns")}</th>
                <th scope="col">{t("imports.templates.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {templates.nodes?.map((template) => {
                const faultId = `template-fault-${template.id}`;
                const fault = rows.faults[template.id];
                return (
                  <tr key={template.id}>
                    <th scope="row">{template.name}</th>
                    <td>
                      {template.targets
                        .filter((column) => column.target)
                        .map((column) => column.header)
                        .join(", ")}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t("imports.templates.deleteWhich", { name: template.name })}
                        aria-describedby={fault ? faultId : undefined}
                        onClick={() => void deleteTemplate(template)}
                      >
                        {t("imports.templates.delete")}
                      </button>
                      {fault && (
                        <p id={faultId} className="fault">
                          {fault}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={templates} />
    </section>
  );
}
