// What a fit rule may ask of a lead field, as the platform checks it
// (leads.conditions): the comparisons that fit the kind of its values, and the
// choices of a field whose values are one of a closed list.
import type {
  ActivityKind,
  CompanySize,
  ConditionOperator,
  PurchaseTimeframe,
  ScoringField,
  Temperature,
} from "../../gql/graphql";
import type { CustomField } from "../fields/fields";
import { SOURCE_KINDS } from "../sources/sources";

export const SCORING_FIELDS: readonly ScoringField[] = [
  "TITLE",
  "COMPANY",
  "DOMAIN",
  "COUNTRY",
  "REGION",
  "INDUSTRY",
  "COMPANY_SIZE",
  "SOURCE_KIND",
  "TEMPERATURE",
  "PURCHASE_TIMEFRAME",
  "EXPECTED_VALUE",
  "CUSTOM",
];

export const COMPANY_SIZES: readonly CompanySize[] = ["MICRO", "SMALL", "MEDIUM", "LARGE"];
export const TEMPERATURES: readonly Temperature[] = ["COLD", "WARM", "HOT"];
export const TIMEFRAMES: readonly PurchaseTimeframe[] = [
  "IMMEDIATE",
  "WITHIN_TWO_MONTHS",
  "LATER",
  "UNKNOWN",
];
/** A yes-or-no custom field's choices, as the platform compares them. */
export const BOOLEANS = ["true", "false"] as const;

/** What a lead does that an engagement rule may count. */
export const ENGAGING_ACTIVITIES: readonly ActivityKind[] = [
  "WEB_VISIT",
  "CONTENT_INTERACTION",
  "CHAT",
  "EMAIL",
  "CALL",
  "MEETING",
];

/** A fit rule compares with one number: the platform refuses BETWEEN for it. */
export type FitOperator = Exclude<ConditionOperator, "BETWEEN">;

type ValueKind = "TEXT" | "CHOICE" | "NUMBER";

const OPERATORS: Record<ValueKind, readonly FitOperator[]> = {
  TEXT: ["IS_ONE_OF", "IS_NOT_ONE_OF", "CONTAINS", "IS_SET", "IS_NOT_SET"],
  CHOICE: ["IS_ONE_OF", "IS_NOT_ONE_OF", "IS_SET", "IS_NOT_SET"],
  NUMBER: ["AT_LEAST", "AT_MOST", "IS_SET", "IS_NOT_SET"],
};

const CLOSED: Partial<Record<ScoringField, readonly string[]>> = {
  COMPANY_SIZE: COMPANY_SIZES,
  SOURCE_KIND: SOURCE_KINDS,
  TEMPERATURE: TEMPERATURES,
  PURCHASE_TIMEFRAME: TIMEFRAMES,
};

/** What a condition looks at: the kind of its values, and their choices if closed. */
export interface Subject {
  kind: ValueKind;
  choices: readonly string[];
}

export function subjectOf(field: ScoringField, custom: CustomField | undefined): Subject {
  if (field === "EXPECTED_VALUE") return { kind: "NUMBER", choices: [] };
  if (field !== "CUSTOM") {
    const choices = CLOSED[field];
    return choices ? { kind: "CHOICE", choices } : { kind: "TEXT", choices: [] };
  }
  switch (custom?.type) {
    case "NUMBER":
      return { kind: "NUMBER", choices: [] };
    case "CHOICE":
      return { kind: "CHOICE", choices: custom.choices };
    case "BOOLEAN":
      return { kind: "CHOICE", choices: BOOLEANS };
    default: // text, and dates, which the platform compares as text
      return { kind: "TEXT", choices: [] };
  }
}

export const operatorsOf = (subject: Subject) => OPERATORS[subject.kind];

export const takesValues = (operator: FitOperator) =>
  operator === "IS_ONE_OF" || operator === "IS_NOT_ONE_OF" || operator === "CONTAINS";

export const takesNumber = (operator: FitOperator) =>
  operator === "AT_LEAST" || operator === "AT_MOST";

export function isOneOf<Code extends string>(codes: readonly Code[], value: string): value is Code {
  return (codes as readonly string[]).includes(value);
}
