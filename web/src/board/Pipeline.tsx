// The funnel's stages side by side, a column each, with the filter above them;
// a lead moves by dragging its card, or by choosing its stage.
import { DndContext } from "@dnd-kit/core";
import { useTranslation } from "react-i18next";
import type { BoardStagesQuery } from "../gql/graphql";
import { useViewer } from "../shell/viewer";
import { Column } from "./Column";
import { useDragging } from "./dragging";
import { useBoardFilter } from "./filter";
import { Filters } from "./Filters";
import { useMoves } from "./useMoves";

export function Pipeline({ tenant }: { tenant: BoardStagesQuery["tenant"] }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  // A sales rep sees the leads of others only where the company lets them.
  const seesOthers = viewer.current.role !== "SALES_REP" || tenant.repsSeeAllLeads;
  const board = useBoardFilter(seesOthers);
  const stages = tenant.funnelStages.edges.map(({ node }) => node);
  const moves = useMoves();
  const dragging = useDragging(stages, moves.request);
  return (
    <>
      <p role="status" className="notice">
        {moves.notice}
      </p>
      <Filters board={board} seesOthers={seesOthers} />
      <DndContext {...dragging}>
        <div className="board-columns" role="region" aria-label={t("board.stages")} tabIndex={0}>
          {stages.map((stage) => (
            <Column
              key={stage.id}
              stage={stage}
              stages={stages}
              filter={board.filter}
              currency={tenant.currency}
              moves={moves}
            />
          ))}
        </div>
      </DndContext>
    </>
  );
}
