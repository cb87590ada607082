// Which mutation takes a lead from one stage to another, by the lifecycle's rules
// (leadhub.leads.lifecycle): a move the board can tell is refused is explained at
// once, without asking the API.
import type { FunnelStage } from "../gql/graphql";

/** The mutations that close a lead, each asking the person for a detail first. */
export type Closing = "win" | "lose" | "disqualify";

export type Mutation = "move" | "reopen" | Closing;

/** Why the board will not send a move. */
export type Refusal = "reopenFirst" | "notAnEnd";

export type Plan = { mutation: Mutation } | { refusal: Refusal };

type StageRules = Pick<FunnelStage, "id" | "kind" | "milestone">;

/** What closing asks for: the amount won, or a reason. */
export const ASKS: Record<Closing, "amount" | "reason"> = {
  win: "amount",
  lose: "reason",
  disqualify: "reason",
};

export function isClosing(mutation: Mutation): mutation is Closing {
  return mutation in ASKS;
}

/** How to take a lead from ``from`` to ``to``; null when it is there already. */
export function planMove(from: StageRules, to: StageRules): Plan | null {
  if (from.id === to.id) return null;
  if (to.kind === "OPEN") return { mutation: from.kind === "OPEN" ? "move" : "reopen" };
  if (from.kind !== "OPEN") return { refusal: "reopenFirst" };
  // Closing takes the stage of its milestone: winLead, loseLead and disqualifyLead
  // find it by that, so a closed stage without one cannot be dropped on.
  switch (to.milestone) {
    case "CUSTOMER":
      return { mutation: "win" };
    case "LOST":
      return { mutation: "lose" };
    case "DISQUALIFIED":
      return { mutation: "disqualify" };
    default:
      return { refusal: "notAnEnd" };
  }
}
