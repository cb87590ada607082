// Moving a stage one place: the funnel's new order is sent whole, and the focus
// follows the stage to its new row, on the button pressed (or, at an end where
// that one is off, the other).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { useRowActs } from "../rowActs";
import { moveButtonId, type Direction } from "./MoveButtons";
import { movedOrder, type Stage } from "./stages";

const REORDER_STAGES = graphql(`
  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {
    reorderFunnelStages(input: $input) {
      stages {
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

interface Moving {
  stageId: string;
  place: number;
  by: Direction;
}

const opposite = (by: Direction): Direction => (by < 0 ? 1 : -1);

export function useReorder(stages: readonly Stage[], rows: ReturnType<typeof useRowActs>) {
  const { t } = useTranslation();
  const reorder = useApiMutation(REORDER_STAGES);
  const [moving, setMoving] = useState<Moving | null>(null);

  // The list shows the new order once it is fetched again: focus then, not before.
  useEffect(() => {
    if (!moving || stages[moving.place]?.id !== moving.stageId) return;
    const { stageId, place, by } = moving;
    const atEnd = place === (by < 0 ? 0 : stages.length - 1);
    document.getElementById(moveButtonId(stageId, atEnd ? opposite(by) : by))?.focus();
    setMoving(null);
  }, [moving, stages]);

  return async function move(stage: Stage, by: Direction) {
    if (reorder.isPending) return; // the order it would change is on its way
    const stageIds = movedOrder(stages, stage, by);
    const place = stageIds.indexOf(stage.id);
    setMoving({ stageId: stage.id, place, by });
    const moved = await rows.act(
      stage.id,
      async () => (await reorder.mutateAsync({ input: { stageIds } })).reorderFunnelStages.errors,
      t("settings.stages.moved", { name: stage.name, place: place + 1 }),
    );
    if (!moved) setMoving(null);
  };
}
