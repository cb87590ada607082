// Dragging a card onto a stage, by pointer or keyboard, told to screen readers in
// the person's language.
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DndContextProps,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardLead, Stage } from "./queries";
import type { Drop } from "./useMoves";

/** What a card carries while it is dragged. */
export interface CardData {
  lead: BoardLead;
  stage: Stage;
}

// The board's cards are its only draggables, each given its CardData.
const cardOf = (active: Active) => active.data.current as CardData;

// The arrow keys step from stage to stage: forward with right and down (columns
// stack on a phone), back with left and up.
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Keys carry the card to the middle of the next or previous stage's column,
 * rather than 25 pixels at a time. */
export function stageSteps(stageIds: readonly UniqueIdentifier[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = STEPS[event.code];
    if (!step || !context.active || !context.collisionRect) return undefined;
    const here = context.over?.id ?? cardOf(context.active).stage.id;
    const next = stageIds[stageIds.indexOf(here) + step];
    const column = next === undefined ? undefined : context.droppableRects.get(next);
    if (!column) return undefined;
    const card = context.collisionRect;
    return {
      x: column.left + (column.width - card.width) / 2,
      y: column.top + (column.height - card.height) / 2,
    };
  };
}

/** The stage under the pointer; for the keyboard, which has none, the nearest. */
export const stageUnder: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

/** The board's drag and drop, and whether a card is being dragged now. */
export function useDragging(
  stages: readonly Stage[],
  onDrop: (drop: Drop) => void,
): { context: DndContextProps; dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const { t } = useTranslation();
  const stageIds = stages.map((stage) => stage.id);
  const sensors = useSensors(
    // A few pixels first, so that a click on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: stageSteps(stageIds) }),
  );
  const stageOf = (id: UniqueIdentifier | undefined) => stages.find((stage) => stage.id === id);
  const names = (active: Active, overId?: UniqueIdentifier) => ({
    name: cardOf(active).lead.name,
    from: cardOf(active).stage.name,
    to: stageOf(overId)?.name ?? "",
  });
  // A drag starts over the card's own stage, which "picked up" has told already.
  const leftHome = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      leftHome.current = false;
      return t("board.drag.pickedUp", names(active));
    },
    onDragOver: ({ active, over }) => {
      if (!leftHome.current && over?.id === cardOf(active).stage.id) return undefined;
      leftHome.current = true;
      return over
        ? t("board.drag.over", names(active, over.id))
        : t("board.drag.outside", names(active));
    },
    onDragEnd: ({ active, over }) =>
      over && over.id !== cardOf(active).stage.id
        ? t("board.drag.dropped", names(active, over.id))
        : t("board.drag.stays", names(active)),
    onDragCancel: ({ active }) => t("board.drag.cancelled", names(active)),
  };
  const context: DndContextProps = {
    sensors,
    collisionDetection: stageUnder,
    // Focus follows the card itself (useMoves), or goes into the form that asks
    // for a win's amount: dnd-kit's own would take it back to where the card was.
    accessibility: {
      announcements,
      screenReaderInstructions: { draggable: t("board.drag.instructions") },
      restoreFocus: false,
    },
    onDragStart: () => setDragging(true),
    onDragCancel: () => setDragging(false),
    onDragEnd: ({ active, over }) => {
      setDragging(false);
      const to = stageOf(over?.id);
      const { lead, stage } = cardOf(active);
      if (to) onDrop({ lead, from: stage, to });
    },
  };
  return { context, dragging };
}
