// A scoring rule as its form holds it, and as the API takes it.
import type {
  ActivityKind,
  FitConditionInput,
  ScoringField,
  ScoringRuleKind,
} from "../../gql/graphql";
import { readDecimal } from "../../ui/numbers";
import { takesNumber, takesValues, type FitOperator } from "./conditions";
import type { Rule } from "./scoring";

export interface Draft {
  name: string;
  points: string;
  kind: ScoringRuleKind;
  field: ScoringField;
  customFieldKey: string;
  operator: FitOperator;
  /** The values chosen, or typed one a line. */
  values: string[];
  number: string;
  activityKind: ActivityKind;
  halfLifeDays: string;
}

export const NEW_DRAFT: Draft = {
  name: "",
  points: "",
  kind: "FIT",
  field: "INDUSTRY",
  customFieldKey: "",
  operator: "IS_ONE_OF",
  values: [],
  number: "",
  activityKind: "WEB_VISIT",
  halfLifeDays: "30",
};

export function draftOf(rule: Rule): Draft {
  const { fit, engagement } = rule;
  return {
    ...NEW_DRAFT,
    name: rule.name,
    points: String(rule.points),
    kind: rule.kind,
    ...(fit && {
      field: fit.field,
      customFieldKey: fit.customFieldKey ?? "",
      operator: fit.operator as FitOperator, // see FitOperator
      values: fit.values,
      number: fit.number ?? "",
    }),
    ...(engagement && {
      activityKind: engagement.activityKind,
      halfLifeDays: String(engagement.halfLifeDays),
    }),
  };
}

/** The draft's condition, with only what its comparison takes. */
export function fitOf(draft: Draft): FitConditionInput {
  return {
    field: draft.field,
    operator: draft.operator,
    values: takesValues(draft.operator)
      ? draft.values.map((value) => value.trim()).filter(Boolean)
      : [],
    number: takesNumber(draft.operator) ? readDecimal(draft.number) : null,
    customFieldKey: draft.field === "CUSTOM" ? draft.customFieldKey : null,
  };
}
