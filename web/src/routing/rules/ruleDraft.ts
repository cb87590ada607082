// A rule as its form edits it, from the rule as it is and back to what the API takes.
import type {
  ConditionMatch,
  LeadConditionInput,
  RoutingRuleInput,
  RoutingStrategy,
  RoutingTargetInput,
  RoutingTargetKind,
  SlaAction,
} from "../../gql/graphql";
import {
  isChoiceField,
  isPicked,
  OPERATORS,
  takesNumber,
  takesValues,
  valuesOf,
} from "../conditions";
import { draftKey } from "../drafts";
import type { CustomField } from "../lookups";
import type { ConditionLike } from "../sentences";
import type { Rule } from "./rules";

export interface TargetDraft {
  kind: RoutingTargetKind;
  /** "" for none: a team's queue without one is the unassigned queue. */
  teamId: string;
  userId: string;
}

export interface ConditionDraft extends Omit<ConditionLike, "values" | "number" | "upTo"> {
  key: number;
  /** Values typed, separated by commas (text and tags). */
  typed: string;
  /** Values picked from a list (choices, stages, sources). */
  picked: string[];
  number: string;
  upTo: string;
}

export interface RuleDraft {
  name: string;
  match: ConditionMatch;
  conditions: ConditionDraft[];
  target: TargetDraft;
  strategy: RoutingStrategy;
  sticky: boolean;
  withinWorkingHours: boolean;
  overflow: TargetDraft;
  slaMinutes: string;
  slaAction: SlaAction;
}

interface TargetLike {
  kind: RoutingTargetKind;
  team?: { id: string } | null;
  user?: { id: string } | null;
}

export function targetDraft(target?: TargetLike): TargetDraft {
  return {
    kind: target?.kind ?? "QUEUE",
    teamId: target?.team?.id ?? "",
    userId: target?.user?.id ?? "",
  };
}

export function targetInput({ kind, teamId, userId }: TargetDraft): RoutingTargetInput {
  if (kind === "USER") return { kind, userId };
  return { kind, teamId: teamId || null };
}

/** A decimal as the API gives it ("50.00"), as a person types it ("50"). */
const typedNumber = (decimal?: string | null) => (decimal ? String(Number(decimal)) : "");

export function conditionDraft(condition?: ConditionLike): ConditionDraft {
  const values = condition?.values ?? [];
  return {
    key: draftKey(),
    field: condition?.field ?? "COUNTRY",
    customFieldKey: condition?.customFieldKey ?? null,
    operator: condition?.operator ?? "IS_ONE_OF",
    typed: values.join(", "),
    // Choices are compared ignoring case, and the lists spell them in capitals.
    picked: values.map((value) =>
      condition && isChoiceField(condition.field) ? value.toUpperCase() : value,
    ),
    number: typedNumber(condition?.number),
    upTo: typedNumber(condition?.upTo),
  };
}

/** The draft for another field: its first comparison, nothing to compare with yet. */
export function forField(
  draft: ConditionDraft,
  field: ConditionDraft["field"],
  custom?: CustomField,
): ConditionDraft {
  const { kind } = valuesOf(field, custom);
  return {
    ...conditionDraft(),
    key: draft.key,
    field,
    customFieldKey: custom?.key ?? null,
    operator: OPERATORS[kind][0] ?? "IS_SET",
  };
}

function conditionInput(draft: ConditionDraft, custom?: CustomField): LeadConditionInput {
  const { operator } = draft;
  const { kind } = valuesOf(draft.field, custom);
  const typed = draft.typed.split(",").map((value) => value.trim());
  return {
    field: draft.field,
    operator,
    customFieldKey: draft.customFieldKey,
    values: takesValues(operator) ? (isPicked(kind) ? draft.picked : typed.filter(Boolean)) : [],
    number: takesNumber(operator) ? draft.number.trim() || null : null,
    upTo: operator === "BETWEEN" ? draft.upTo.trim() || null : null,
  };
}

export function ruleDraft(rule?: Rule): RuleDraft {
  return {
    name: rule?.name ?? "",
    match: rule?.match ?? "ALL",
    conditions: rule?.conditions.map(conditionDraft) ?? [],
    target: targetDraft(rule?.target ?? { kind: "TEAM" }),
    strategy: rule?.strategy ?? "ROUND_ROBIN",
    sticky: rule?.sticky ?? false,
    withinWorkingHours: rule?.withinWorkingHours ?? false,
    overflow: targetDraft(rule?.overflow),
    slaMinutes: rule?.slaMinutes?.toString() ?? "",
    slaAction: rule?.slaAction ?? "NEXT_MEMBER",
  };
}

/** What the API takes; ``slaMinutes`` already read as a whole number. */
export function ruleInput(
  draft: RuleDraft,
  slaMinutes: number | null,
  customFields: readonly CustomField[],
): RoutingRuleInput {
  const toTeam = draft.target.kind === "TEAM";
  return {
    name: draft.name,
    match: draft.match,
    conditions: draft.conditions.map((condition) =>
      conditionInput(
        condition,
        customFields.find((field) => field.key === condition.customFieldKey),
      ),
    ),
    target: targetInput(draft.target),
    strategy: draft.strategy,
    // Only a rule that targets a team is sticky.
    sticky: toTeam && draft.sticky,
    withinWorkingHours: draft.withinWorkingHours,
    overflow: targetInput(draft.overflow),
    slaMinutes,
    slaAction: draft.slaAction,
  };
}
