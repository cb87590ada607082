// The funnel's stages side by side, a column each, with the filter above them;
// a lead moves by dragging its card, or by choosing its stage and moving it there;
// others' work shows as it happens.
import { DndContext } from "@dnd-kit/core";
import { useTranslation } from "react-i18next";
import { useLiveRefresh } from "../api/useLiveRefresh";
import type { BoardStagesQuery } from "../gql/graphql";
import { LEAD_CHANGES } from "../leads/changes";
import { useViewer } from "../shell/viewer";
import { Column } from "./Column";
import { useDragging } from "./dragging";
import { useBoardFilter } from "./filter";
import { Filters } from "./Filters";
import { BOARD_LEADS } from "./queries";
import { useMoves } from "./useMoves";
import { Status } from "../ui/Status";

const BOARD_DOCUMENTS = [BOARD_LEADS];

export function Pipeline({ tenant }: { tenant: BoardStagesQuery["tenant"] }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  // A sales rep sees the leads of others only where the company lets them.
  const seesOthers = viewer.current.role !== "SALES_REP" || tenant.repsSeeAllLeads;
  const board = useBoardFilter(seesOthers);
  const stages = tenant.funnelStages.edges.map(({ node }) => node);
  const moves = useMoves();
  const { context, dragging } = useDragging(stages, moves.request);
  // Others' moves, new leads and assignments show without a reload, but never
  // under a card being dragged: the refresh waits for the drop.
  useLiveRefresh({ kinds: LEAD_CHANGES, documents: BOARD_DOCUMENTS, paused: dragging });
  return (
    <>
      <Status message={moves.notice} className="notice" />
      {/* Here before a refusal is put in it, so that it is announced; the card
          shows it too. A new text each time, so the same refusal is told again. */}
      <p role="alert" className="visually-hidden">
        <span key={moves.asks}>{moves.refused}</span>
      </p>
      <Filters board={board} seesOthers={seesOthers} />
      <DndContext {...context}>
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
