import { useTranslation } from "react-i18next";
import { asFormFaults } from "../../api/faults";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { RowActions } from "../RowActions";
import { useRowActs } from "../rowActs";
import { MoveButtons } from "./MoveButtons";
import { useReorder } from "./reorder";
import { StageForm, type StageValues } from "./StageForm";
import { FUNNEL_STAGES, type Stage } from "./stages";
import { useMay } from "../../shell/permissions";
import { useFormat } from "../../ui/format";
import { EditInPlace } from "../../ui/EditInPlace";
import { useRefreshChoices } from "../../api/choices";

const UPDATE_STAGE = graphql(`
  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {
    updateFunnelStage(input: $input) {
      stage {
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

const DELETE_STAGE = graphql(`
  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {
    deleteFunnelStage(input: $input) {
      deletedStageId
      errors {
        field
        code
        message
      }
    }
  }
`);

const COLUMNS = ["name", "kind", "winProbability", "milestone", "routes"] as const;

/** The funnel's stages in order; those who may change the funnel move, change and
 * delete them here. */
export function StagesTable({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const { percent } = useFormat();
  const mayChange = useMay("CanManageFunnel");
  const query = useApiQuery(FUNNEL_STAGES, {});
  const stages = query.data?.tenant.funnelStages.edges.map(({ node }) => node) ?? [];
  const update = useApiMutation(UPDATE_STAGE);
  const deleteStage = useApiMutation(DELETE_STAGE);
  const refreshChoices = useRefreshChoices();
  const rows = useRowActs(() => refreshChoices(), onChanged, "stages-title");
  const move = useReorder(stages, rows);

  async function save(stage: Stage, values: StageValues, close: () => void) {
    const { updateFunnelStage } = await update.mutateAsync({
      input: { stageId: stage.id, ...values },
    });
    if (updateFunnelStage.stage) {
      onChanged(t("settings.stages.saved", { name: values.name }));
      close();
      await refreshChoices();
    }
    return asFormFaults(updateFunnelStage.errors, "stageId");
  }

  function remove(stage: Stage) {
    void rows.remove(
      stage.id,
      t("settings.stages.confirmDelete", { name: stage.name }),
      async () =>
        (await deleteStage.mutateAsync({ input: { stageId: stage.id } })).deleteFunnelStage.errors,
      t("settings.stages.deleted", { name: stage.name }),
    );
  }

  if (query.isPending) return <Loading />;
  if (query.isError) return <Failed error={query.error} retry={() => void query.refetch()} />;
  const columns = COLUMNS.length + (mayChange ? 2 : 0);
  return (
    <TableScroll labelledBy="stages-title">
      <table aria-labelledby="stages-title">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`settings.stages.${column}`)}
              </th>
            ))}
            {mayChange && <th scope="col">{t("settings.stages.order")}</th>}
            {mayChange && <th scope="col">{t("settings.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {stages.map((stage, place) => (
            <EditInPlace
              key={stage.id}
              columns={columns}
              editor={(close) => (
                <StageForm
                  stage={stage}
                  label={t("settings.editWhat", { name: stage.name })}
                  save={(values) => save(stage, values, close)}
                />
              )}
              shown={(opener) => (
                <tr>
                  <th scope="row">{stage.name}</th>
                  <td>{t(`settings.stageKinds.${stage.kind}`)}</td>
                  <td>{percent(stage.winProbability)}</td>
                  <td>{stage.milestone && t(`settings.milestones.${stage.milestone}`)}</td>
                  <td>{stage.routesLeads ? t("settings.yes") : t("settings.no")}</td>
                  {mayChange && (
                    <td>
                      <MoveButtons
                        stageId={stage.id}
                        name={stage.name}
                        first={place === 0}
                        last={place === stages.length - 1}
                        onMove={(by) => void move(stage, by)}
                      />
                    </td>
                  )}
                  {mayChange && (
                    <td>
                      <RowActions
                        rowId={stage.id}
                        name={stage.name}
                        edit={opener}
                        onRemove={() => remove(stage)}
                        fault={rows.faults[stage.id]}
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
  );
}
