// Moving leads on the board: the mutation each move takes, the detail it asks
// for first (the amount won, the reason), the card shown at once where it was
// dropped and put back if the move is refused, with why on the card, and the
// columns refreshed after.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../api/client";
import { asFormFaults, type PayloadError } from "../api/faults";
import { useRowFaults } from "../ui/rowFaults";
import { explain, refusal, type MoveNames } from "./explain";
import { focusedId, focusLater } from "./focus";
import { useFormat } from "../ui/format";
import { toCents } from "./money";
import { isClosing, planMove, type Closing, type Mutation } from "./plan";
import { BOARD_LEADS, type BoardLead, type Stage } from "./queries";
import { useSendMove } from "./sendMove";

export interface Drop {
  lead: BoardLead;
  from: Stage;
  to: Stage;
}

/** A move waiting for its detail; focus goes back to ``returnFocus`` after. */
export interface Asking extends Drop {
  mutation: Closing;
  returnFocus: string | null;
}

const namesOf = ({ lead, from, to }: Drop): MoveNames => ({
  name: lead.name,
  from: from.name,
  to: to.name,
});

export function useMoves() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const send = useSendMove();
  const cards = useRowFaults();
  const { money: amount } = useFormat();
  const money = (cents: number) => amount(cents / 100);
  const [notice, setNotice] = useState("");
  const [moving, setMoving] = useState<Record<string, Drop>>({});
  const [asking, setAsking] = useState<Asking | null>(null);
  // The lead last asked to move: why its move was refused, if it was, is told; and
  // how many moves were asked, so that the same refusal again is told again.
  const [lastAsked, setLastAsked] = useState<string | null>(null);
  const [asks, setAsks] = useState(0);

  const refresh = () => queryClient.invalidateQueries({ queryKey: [operationName(BOARD_LEADS)] });

  function request(drop: Drop) {
    const plan = planMove(drop.from, drop.to);
    if (!plan) return;
    setNotice("");
    setLastAsked(drop.lead.id);
    setAsks((count) => count + 1);
    cards.forget(drop.lead.id); // its last refusal is not this move's
    if ("refusal" in plan) {
      void cards.attempt(drop.lead.id, async () => [refusal(t, plan.refusal, namesOf(drop))]);
    } else if (isClosing(plan.mutation)) {
      setAsking({ ...drop, mutation: plan.mutation, returnFocus: focusedId() });
    } else {
      void moveNow(drop, plan.mutation);
    }
  }

  async function moveNow(drop: Drop, mutation: Mutation) {
    const { lead, to } = drop;
    const returnFocus = focusedId();
    setMoving((all) => ({ ...all, [lead.id]: drop }));
    focusLater(returnFocus);
    const moved = await cards.attempt(lead.id, async () => {
      const errors = await send({ mutation, leadId: lead.id, stageId: to.id, detail: "" });
      return explain(t, errors, namesOf(drop));
    });
    if (moved) setNotice(t(`board.done.${mutation}`, { name: lead.name, stage: to.name }));
    await refresh();
    setMoving(({ [lead.id]: _, ...others }) => others);
    focusLater(returnFocus);
  }

  /** Sends the move asked for with its detail; its errors, those about no field
   * the form shows told as about the whole form. */
  async function confirm(detail: string): Promise<PayloadError[]> {
    if (!asking) return [];
    const { lead, to, mutation } = asking;
    const sent = await send({ mutation, leadId: lead.id, stageId: to.id, detail });
    const errors = explain(t, sent, namesOf(asking));
    if (errors.length === 0) {
      const amount = mutation === "win" ? money(toCents(detail)) : "";
      setNotice(t(`board.done.${mutation}`, { name: lead.name, stage: to.name, amount }));
      setAsking(null);
    }
    await refresh();
    if (errors.length === 0) focusLater(asking.returnFocus);
    return asFormFaults(errors, "leadId", "stageId");
  }

  function cancel() {
    setAsking(null);
    focusLater(asking?.returnFocus ?? null);
  }

  const refused = (lastAsked && cards.faults[lastAsked]) || "";
  return {
    notice,
    refused,
    asks,
    moving,
    asking,
    faults: cards.faults,
    request,
    confirm,
    cancel,
  };
}

export type Moves = ReturnType<typeof useMoves>;
