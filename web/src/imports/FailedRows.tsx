// The rows that could not be leads, in the file's order, each with why; and the
// same as a CSV to fix and import again.
import { useTranslation } from "react-i18next";
import { useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import type { ImportFailedRowsQuery } from "../gql/graphql";
import { MorePages } from "../ui/MorePages";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";
import { DownloadButton } from "./DownloadButton";

const IMPORT_FAILED_ROWS = graphql(`
  query ImportFailedRows($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on LeadImport {
        id
        failedRows(first: 50, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              line
              reason
              cells
            }
          }
        }
      }
    }
  }
`);

const NONE = { pageInfo: { hasNextPage: false }, edges: [] };

function failedRowsOf({ node }: ImportFailedRowsQuery) {
  return node?.__typename === "LeadImport" ? node.failedRows : NONE;
}

interface Props {
  importId: string;
  reportPath: string;
  fileName: string;
}

export function FailedRows({ importId, reportPath, fileName }: Props) {
  const { t } = useTranslation();
  return (
    <section>
      <h2 id="failed-rows-title">{t("imports.failed.title")}</h2>
      <p>{t("imports.failed.intro")}</p>
      <DownloadButton
        path={reportPath}
        label={t("imports.failed.download")}
        fullLabel={t("imports.failed.downloadOf", { fileName })}
      />
      <FailedRowsTable importId={importId} />
    </section>
  );
}

function FailedRowsTable({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const rows = useApiPages(IMPORT_FAILED_ROWS, { id: importId }, failedRowsOf);
  if (rows.isPending) return <Loading />;
  if (rows.isError) return <Failed error={rows.error} retry={() => void rows.refetch()} />;
  return (
    <>
      <TableScroll labelledBy="failed-rows-title">
        <table aria-labelledby="failed-rows-title">
          <thead>
            <tr>
              <th scope="col">{t("imports.preview.line")}</th>
              <th scope="col">{t("imports.failed.reason")}</th>
              <th scope="col">{t("imports.failed.cells")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.nodes?.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.line}</th>
                <td>{row.reason}</td>
                <td>{row.cells.join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <MorePages pages={rows} />
    </>
  );
}
