// A lead on the board: who it is, whose it is, what it may be worth; a handle to
// drag it by, and a choice of stage and a button to move it for those who do not drag.
import { useDraggable } from "@dnd-kit/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CardData } from "./dragging";
import { useFormat } from "../ui/format";
import { toCents } from "./money";
import type { BoardLead, Stage } from "./queries";

interface Props {
  lead: BoardLead;
  stage: Stage;
  stages: readonly Stage[];
  /** Shown here before the API has said yes. */
  moving: boolean;
  fault?: string;
  onMove: (to: Stage) => void;
}

// Ids by the lead's, so that focus finds the card again in its new column.
const handleId = (leadId: string) => `board-drag-${leadId}`;
const stageChoiceId = (leadId: string) => `board-stage-${leadId}`;
const moveButtonId = (leadId: string) => `board-move-${leadId}`;

export function LeadCard({ lead, stage, stages, moving, fault, onMove }: Props) {
  const { t } = useTranslation();
  const { money: amount } = useFormat();
  const money = (cents: number) => amount(cents / 100);
  const data: CardData = { lead, stage };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({
      id: lead.id,
      data,
      disabled: moving,
      attributes: { roleDescription: t("board.drag.role") },
    });
  const faultId = `board-fault-${lead.id}`;
  // The select only chooses; the button moves, so that stepping through the
  // stages with the arrow keys moves nothing.
  const [chosen, setChosen] = useState(stage.id);
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? "board-card board-dragging" : "board-card"}
      style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : {}}
      aria-busy={moving}
    >
      <div className="board-card-title">
        <button
          type="button"
          id={handleId(lead.id)}
          ref={setActivatorNodeRef}
          className="board-handle"
          aria-label={t("board.drag.handle", { name: lead.name })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h3>
          <Link to={`/leads/${encodeURIComponent(lead.id)}`}>{lead.name}</Link>
        </h3>
      </div>
      {lead.company && <p className="board-company">{lead.company}</p>}
      <dl className="board-facts">
        <div>
          <dt>{t("board.owner")}</dt>
          <dd>{lead.owner?.name ?? t("board.noOwner")}</dd>
        </div>
        <div>
          <dt>{t("board.expectedValue")}</dt>
          <dd>{lead.expectedValue ? money(toCents(lead.expectedValue)) : t("board.noValue")}</dd>
        </div>
        <div>
          <dt>{t("board.score")}</dt>
          <dd>{lead.score}</dd>
        </div>
      </dl>
      <div className="board-move">
        <select
          id={stageChoiceId(lead.id)}
          aria-label={t("board.stageOf", { name: lead.name })}
          aria-invalid={Boolean(fault)}
          aria-describedby={fault ? faultId : undefined}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          {stages.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <button
          type="button"
          id={moveButtonId(lead.id)}
          className="secondary"
          aria-label={t("board.moveTo", { name: lead.name })}
          // Not disabled, which would take focus from it while the move is sent.
          aria-disabled={moving}
          onClick={() => {
            const to = stages.find(({ id }) => id === chosen);
            if (to && !moving) onMove(to);
          }}
        >
          {t("board.move")}
        </button>
      </div>
      {moving && <p className="hint">{t("board.moving")}</p>}
      {/* Announced by the board's own alert, which is there before it is told. */}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </li>
  );
}
