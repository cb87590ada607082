// The first rows as the import will write them, each with its problems as the API
// names them: nothing is written until the import starts.
import { useTranslation } from "react-i18next";
import { phoneShown } from "../ui/phone";
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";
import type { ImportPreviewQuery } from "../gql/graphql";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";

export const IMPORT_PREVIEW = graphql(`
  query ImportPreview($id: ID!) {
    node(id: $id) {
      __typename
      ... on LeadImport {
        id
        preview(first: 20) {
          line
          cells
          problems
          lead {
            name
            email
            phone
            company
            title
          }
        }
      }
    }
  }
`);

type Row = NonNullable<
  Extract<ImportPreviewQuery["node"], { __typename: "LeadImport" }>["preview"]
>[number];

export function rowsOf({ node }: ImportPreviewQuery): Row[] {
  return (node?.__typename === "LeadImport" && node.preview) || [];
}

export function ImportPreview({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const preview = useApiQuery(IMPORT_PREVIEW, { id: importId });
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <Failed error={preview.error} retry={() => void preview.refetch()} />;
  const rows = rowsOf(preview.data);
  const troubled = rows.filter((row) => row.problems).length;
  return (
    <section aria-busy={preview.isFetching}>
      <h2 id="import-preview-title">{t("imports.preview.title")}</h2>
      {rows.length === 0 ? (
        <p>{t("imports.preview.none")}</p>
      ) : (
        <>
          <p>
            {troubled
              ? t("imports.preview.troubled", { count: troubled, total: rows.length })
              : t("imports.preview.clean", { count: rows.length })}
          </p>
          <TableScroll labelledBy="import-preview-title">
            <table aria-labelledby="import-preview-title">
              <thead>
                <tr>
                  <th scope="col">{t("imports.preview.line")}</th>
                  <th scope="col">{t("imports.targets.name")}</th>
                  <th scope="col">{t("imports.targets.email")}</th>
                  <th scope="col">{t("imports.targets.phone")}</th>
                  <th scope="col">{t("imports.targets.company")}</th>
                  <th scope="col">{t("imports.targets.title")}</th>
                  <th scope="col">{t("imports.preview.problems")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{row.lead?.name}</td>
                    <td>{row.lead?.email}</td>
                    <td>{row.lead?.phone && phoneShown(row.lead.phone)}</td>
                    <td>{row.lead?.company}</td>
                    <td>{row.lead?.title}</td>
                    <td className={row.problems ? "fault" : undefined}>
                      {row.problems
                        ? t("imports.preview.notImported", { problems: row.problems })
                        : t("imports.preview.ok")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
