// A goal as its form holds it (text as typed), and the API's input made from it.
// A share is typed in percent ("25" for 0.25), in either language's decimal sign.
import type { GoalInput, GoalMetric, GoalPeriod } from "../../gql/graphql";
import type { PayloadError } from "../../api/faults";
import { readDecimal } from "../../ui/numbers";
import { isDay, monthOf } from "../period";
import { unitOf, type Goal } from "./goals";

export interface Draft {
  name: string;
  metric: GoalMetric;
  target: string;
  period: GoalPeriod;
  firstDay: string;
  lastDay: string;
  teamIds: string[];
  stageId: string;
  fromStageId: string;
  sourceId: string;
}

/** The stages and source each metric measures by. */
export function needs(metric: GoalMetric) {
  return {
    stage: metric === "STAGE_REACHED" || metric === "STAGE_CONVERSION",
    fromStage: metric === "STAGE_CONVERSION",
    source: metric === "SOURCE_RETURN",
  };
}

/** The goal's draft to edit, or a new one's: this month's lead volume. */
export function draftOf(
  goal: Goal | undefined,
  today: string,
  plain: (n: number) => string,
): Draft {
  if (!goal) {
    return {
      name: "",
      metric: "LEAD_VOLUME",
      target: "",
      period: "MONTH",
      firstDay: monthOf(today),
      lastDay: "",
      teamIds: [],
      stageId: "",
      fromStageId: "",
      sourceId: "",
    };
  }
  const target = Number(goal.target) * (unitOf(goal.metric) === "share" ? 100 : 1);
  return {
    name: goal.name,
    metric: goal.metric,
    target: plain(target),
    period: goal.period,
    firstDay: goal.firstDay,
    lastDay: goal.period === "CUSTOM" ? goal.lastDay : "",
    teamIds: goal.owners.map((team) => team.id),
    stageId: goal.stage?.id ?? "",
    fromStageId: goal.fromStage?.id ?? "",
    sourceId: goal.source?.id ?? "",
  };
}

/** What the form sends, or what is wrong with it before it is sent (``messages``
 * says each fault in the person's language). */
export function inputOf(
  draft: Draft,
  messages: { targetNotNumber: string; noDay: string },
): GoalInput | PayloadError[] {
  const decimal = readDecimal(draft.target);
  const typed = Number(decimal);
  const faults: PayloadError[] = [];
  if (decimal === null) {
    faults.push({ field: "target", code: "INVALID", message: messages.targetNotNumber });
  }
  if (!isDay(draft.firstDay)) {
    faults.push({ field: "firstDay", code: "INVALID", message: messages.noDay });
  }
  if (faults.length) return faults;
  const share = unitOf(draft.metric) === "share";
  const measures = needs(draft.metric);
  return {
    name: draft.name,
    metric: draft.metric,
    target: String(share ? Number((typed / 100).toFixed(6)) : typed),
    period: draft.period,
    firstDay: draft.firstDay,
    lastDay: draft.period === "CUSTOM" && draft.lastDay ? draft.lastDay : null,
    teamIds: draft.teamIds,
    stageId: measures.stage ? draft.stageId || null : null,
    fromStageId: measures.fromStage ? draft.fromStageId || null : null,
    sourceId: measures.source ? draft.sourceId || null : null,
  };
}

/** A fault about one of the teams is told beside them all. */
export function byField(errors: readonly PayloadError[]): PayloadError[] {
  return errors.map((error) =>
    error.field?.startsWith("teamIds.") ? { ...error, field: "teamIds" } : error,
  );
}
