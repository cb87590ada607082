import { useTranslation } from "react-i18next";
import { asFormFaults } from "../../api/faults";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import type { SourceInput } from "../../gql/graphql";
import { useFormat } from "../../ui/format";
import { MorePages } from "../../ui/MorePages";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { RowActions } from "../RowActions";
import { useRowActs } from "../rowActs";
import { SourceForm } from "./SourceForm";
import { SOURCES, type Source } from "./sources";
import { useMay } from "../../shell/permissions";
import { EditInPlace } from "../../ui/EditInPlace";
import { useRefreshChoices } from "../../api/choices";

const UPDATE_SOURCE = graphql(`
  mutation UpdateSource($input: UpdateSourceInput!) {
    updateSource(input: $input) {
      source {
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

const DELETE_SOURCE = graphql(`
  mutation DeleteSource($input: DeleteSourceInput!) {
    deleteSource(input: $input) {
      deletedSourceId
      errors {
        field
        code
        message
      }
    }
  }
`);

const COLUMNS = ["name", "kind", "campaign", "eventDate", "cost"] as const;

/** The company's sources, each changed in place or deleted by those who may. */
export function SourcesTable({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const { date, money } = useFormat();
  const mayChange = useMay("CanManageSources");
  const sources = useApiPages(SOURCES, {}, (result) => result.tenant.sources);
  const update = useApiMutation(UPDATE_SOURCE);
  const deleteSource = useApiMutation(DELETE_SOURCE);
  const refreshChoices = useRefreshChoices();
  const rows = useRowActs(() => refreshChoices(), onChanged, "sources-title");

  async function save(source: Source, changes: SourceInput, close: () => void) {
    const input = { sourceId: source.id, source: changes };
    const { updateSource } = await update.mutateAsync({ input });
    if (updateSource.source) {
      onChanged(t("settings.sources.saved", { name: changes.name }));
      close();
      await refreshChoices();
    }
    return asFormFaults(updateSource.errors, "sourceId");
  }

  function remove(source: Source) {
    void rows.remove(
      source.id,
      t("settings.sources.confirmDelete", { name: source.name }),
      async () =>
        (await deleteSource.mutateAsync({ input: { sourceId: source.id } })).deleteSource.errors,
      t("settings.sources.deleted", { name: source.name }),
    );
  }

  if (sources.isPending) return <Loading />;
  if (sources.isError) return <Failed error={sources.error} retry={() => void sources.refetch()} />;
  if (sources.nodes?.length === 0) return <p>{t("settings.sources.none")}</p>;
  const columns = COLUMNS.length + (mayChange ? 1 : 0);
  return (
    <>
      <TableScroll labelledBy="sources-title">
        <table aria-labelledby="sources-title">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`settings.sources.${column}`)}
                </th>
              ))}
              {mayChange && <th scope="col">{t("settings.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {sources.nodes?.map((source) => (
              <EditInPlace
                key={source.id}
                columns={columns}
                editor={(close) => (
                  <SourceForm
                    source={source}
                    label={t("settings.editWhat", { name: source.name })}
                    save={(changes) => save(source, changes, close)}
                  />
                )}
                shown={(opener) => (
                  <tr>
                    <th scope="row">{source.name}</th>
                    <td>{t(`settings.sourceKinds.${source.kind}`)}</td>
                    <td>{source.campaign}</td>
                    {/* A calendar day, told at its noon UTC: the same day in the company's
                      time zone (any within 11 hours of UTC). */}
                    <td>{source.eventDate && date(`${source.eventDate}T12:00:00Z`)}</td>
                    <td>{source.cost && money(source.cost)}</td>
                    {mayChange && (
                      <td>
                        <RowActions
                          rowId={source.id}
                          name={source.name}
                          edit={opener}
                          onRemove={() => remove(source)}
                          fault={rows.faults[source.id]}
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
      <MorePages pages={sources} />
    </>
  );
}
