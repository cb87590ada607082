// One stage of the board: its head, its leads page by page, and the form a move
// dropped here asks first.
import { useDroppable } from "@dnd-kit/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApiPages } from "../api/hooks";
import type { LeadFilterInput } from "../gql/graphql";
import { MorePages } from "../ui/MorePages";
import { Failed, Loading } from "../ui/states";
import { AskDetail } from "./AskDetail";
import { ColumnHeader } from "./ColumnHeader";
import { LeadCard } from "./LeadCard";
import { BOARD_LEADS, type BoardLead, type Stage } from "./queries";
import type { Drop, Moves } from "./useMoves";

interface Props {
  stage: Stage;
  stages: readonly Stage[];
  filter: LeadFilterInput;
  currency: string;
  moves: Moves;
}

export function Column({ stage, stages, filter, currency, moves }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const leads = useApiPages(
    BOARD_LEADS,
    { filter: { ...filter, stageIds: [stage.id] } },
    (result) => result.tenant.leads,
  );
  const shown = onBoard(leads.nodes ?? [], stage.id, moves.moving);
  const asking = moves.asking?.to.id === stage.id ? moves.asking : null;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={isOver ? "board-column board-over" : "board-column"}
    >
      <ColumnHeader
        stage={stage}
        headingId={headingId}
        sums={leads.data?.pages.at(-1)?.tenant.leads}
      />
      {asking && (
        <AskDetail
          key={`${asking.lead.id}-${asking.mutation}`}
          asking={asking}
          currency={currency}
          onConfirm={moves.confirm}
          onCancel={moves.cancel}
        />
      )}
      {leads.isPending ? (
        <Loading />
      ) : leads.isError ? (
        <Failed error={leads.error} retry={() => void leads.refetch()} />
      ) : shown.length === 0 ? (
        <p className="hint">{t("board.empty")}</p>
      ) : (
        <ul className="board-cards">
          {shown.map((lead) => (
            <LeadCard
              key={lead.id}
              lead={lead}
              stage={stage}
              stages={stages}
              moving={lead.id in moves.moving}
              fault={moves.faults[lead.id]}
              onMove={(to) => moves.request({ lead, from: stage, to })}
            />
          ))}
        </ul>
      )}
      <MorePages pages={leads} />
    </section>
  );
}

/** The column's leads as the board shows them while moves are under way: those
 * leaving are gone already, those arriving are here already. */
function onBoard(
  fetched: readonly BoardLead[],
  stageId: string,
  moving: Record<string, Drop>,
): BoardLead[] {
  const staying = fetched.filter((lead) => (moving[lead.id]?.to.id ?? stageId) === stageId);
  const arriving = Object.values(moving)
    .filter(({ lead, to }) => to.id === stageId && !fetched.some(({ id }) => id === lead.id))
    .map(({ lead }) => lead);
  return [...staying, ...arriving];
}
