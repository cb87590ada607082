import { useTranslation } from "react-i18next";
import { useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import { useFormat } from "../ui/format";
import { MorePages } from "../ui/MorePages";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";
import { DownloadButton } from "./DownloadButton";
import { useEvery } from "../api/useEvery";

export const EXPORT_HISTORY = graphql(`
  query ExportHistory($after: String) {
    tenant {
      leadExports(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            format
            status
            rows
            createdAt
            requestedBy {
              id
              name
            }
            downloadUrl
          }
        }
      }
    }
  }
`);

// Exports being written finish within seconds: the list asks again this often.
const WHILE_WRITING_MS = 3000;

/** Every export, newest first (the API keeps them 7 days), each to download once ready. */
export function ExportHistory() {
  const { t } = useTranslation();
  const { dateTime, number } = useFormat();
  const exports = useApiPages(EXPORT_HISTORY, {}, (result) => result.tenant.leadExports);
  const writing = exports.nodes?.some((leadExport) => leadExport.status === "RUNNING") ?? false;
  useEvery(WHILE_WRITING_MS, () => void exports.refetch(), writing);

  if (exports.isPending) return <Loading />;
  if (exports.isError) return <Failed error={exports.error} retry={() => void exports.refetch()} />;
  return (
    <section>
      <h2 id="export-history-title">{t("exports.history.title")}</h2>
      {exports.nodes?.length === 0 ? (
        <p>{t("exports.history.none")}</p>
      ) : (
        <TableScroll labelledBy="export-history-title">
          <table aria-labelledby="export-history-title">
            <thead>
              <tr>
                <th scope="col">{t("exports.history.when")}</th>
                <th scope="col">{t("exports.history.by")}</th>
                <th scope="col">{t("exports.button.format")}</th>
                <th scope="col">{t("exports.history.status")}</th>
                <th scope="col">{t("exports.history.rows")}</th>
                <th scope="col">{t("exports.history.file")}</th>
              </tr>
            </thead>
            <tbody>
              {exports.nodes?.map((leadExport) => {
                const when = dateTime(leadExport.createdAt);
                return (
                  <tr key={leadExport.id}>
                    <th scope="row">{when}</th>
                    <td>{leadExport.requestedBy?.name ?? t("exports.history.commandLine")}</td>
                    <td>{t(`exports.formats.${leadExport.format}`)}</td>
                    <td>{t(`exports.status.${leadExport.status}`)}</td>
                    <td>{leadExport.status === "FINISHED" ? number(leadExport.rows) : "–"}</td>
                    <td>
                      {leadExport.downloadUrl && (
                        <DownloadButton
                          path={leadExport.downloadUrl}
                          label={t("exports.download")}
                          fullLabel={t("exports.history.downloadOf", { when })}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={exports} />
    </section>
  );
}
