import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import type { ImportHistoryQuery } from "../gql/graphql";
import { useFormat } from "../ui/format";
import { MorePages } from "../ui/MorePages";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";
import { useEvery } from "../api/useEvery";

export const IMPORT_HISTORY = graphql(`
  query ImportHistory($after: String) {
    tenant {
      leadImports(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            fileName
            status
            createdAt
            startedAt
            startedBy {
              id
              name
            }
            progress {
              totalRows
              created
              updated
              skipped
              failed
              percent
            }
          }
        }
      }
    }
  }
`);

type LeadImport = ImportHistoryQuery["tenant"]["leadImports"]["edges"][number]["node"];

// Running imports' counts move: the list asks again this often while one runs.
const WHILE_RUNNING_MS = 5000;

export function ImportHistory() {
  const { t } = useTranslation();
  const { dateTime, number } = useFormat();
  const imports = useApiPages(IMPORT_HISTORY, {}, (result) => result.tenant.leadImports);
  const running = imports.nodes?.some((leadImport) => leadImport.status === "RUNNING") ?? false;
  useEvery(WHILE_RUNNING_MS, () => void imports.refetch(), running);

  if (imports.isPending) return <Loading />;
  if (imports.isError) return <Failed error={imports.error} retry={() => void imports.refetch()} />;
  return (
    <section>
      <h2 id="import-history-title">{t("imports.history.title")}</h2>
      {imports.nodes?.length === 0 ? (
        <p>{t("imports.history.none")}</p>
      ) : (
        <TableScroll labelledBy="import-history-title">
          <table aria-labelledby="import-history-title">
            <thead>
              <tr>
                <th scope="col">{t("imports.history.file")}</th>
                <th scope="col">{t("imports.history.status")}</th>
                <th scope="col">{t("imports.history.startedBy")}</th>
                <th scope="col">{t("imports.history.when")}</th>
                <th scope="col">{t("imports.counts.rows")}</th>
                <th scope="col">{t("imports.counts.created")}</th>
                <th scope="col">{t("imports.counts.updated")}</th>
                <th scope="col">{t("imports.counts.skipped")}</th>
                <th scope="col">{t("imports.counts.failed")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.nodes?.map((leadImport) => (
                <tr key={leadImport.id}>
                  <th scope="row">
                    <Link to={`/imports/${encodeURIComponent(leadImport.id)}`}>
                      {leadImport.fileName}
                    </Link>
                  </th>
                  <td>
                    <Status of={leadImport} />
                  </td>
                  <td>{leadImport.startedBy?.name ?? t("imports.history.commandLine")}</td>
                  <td>{dateTime(leadImport.startedAt ?? leadImport.createdAt)}</td>
                  <td>{number(leadImport.progress.totalRows)}</td>
                  <td>{number(leadImport.progress.created)}</td>
                  <td>{number(leadImport.progress.updated)}</td>
                  <td>{number(leadImport.progress.skipped)}</td>
                  <td>{number(leadImport.progress.failed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={imports} />
    </section>
  );
}

function Status({ of: leadImport }: { of: LeadImport }) {
  const { t } = useTranslation();
  const { percent } = useFormat();
  if (leadImport.status !== "RUNNING") return t(`imports.status.${leadImport.status}`);
  return t("imports.history.running", { percent: percent(leadImport.progress.percent / 100) });
}
