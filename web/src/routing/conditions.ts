// What a condition on each lead field compares, and which comparisons fit it: as
// the platform checks them (leadhub.leads.conditions).
import type {
  CompanySize,
  ConditionOperator,
  LeadField,
  PurchaseTimeframe,
  SourceKind,
  Temperature,
} from "../gql/graphql";
import type { CustomField } from "./lookups";

/** Free text; one of a closed list; a stage or source by id; a number; tags. */
type ValueKind = "text" | "choice" | "reference" | "number" | "tags";

/** The lead fields a rule may ask about, in the order a person thinks of them. */
export const FIELDS: readonly Exclude<LeadField, "CUSTOM">[] = [
  "COUNTRY",
  "REGION",
  "INDUSTRY",
  "COMPANY_SIZE",
  "COMPANY",
  "DOMAIN",
  "TITLE",
  "SOURCE",
  "SOURCE_KIND",
  "STAGE",
  "SCORE",
  "TEMPERATURE",
  "PURCHASE_TIMEFRAME",
  "EXPECTED_VALUE",
  "TAGS",
];

const COMPANY_SIZES: readonly CompanySize[] = ["MICRO", "SMALL", "MEDIUM", "LARGE"];
const TEMPERATURES: readonly Temperature[] = ["COLD", "WARM", "HOT"];
const TIMEFRAMES: readonly PurchaseTimeframe[] = [
  "IMMEDIATE",
  "WITHIN_TWO_MONTHS",
  "LATER",
  "UNKNOWN",
];
const SOURCE_KINDS: readonly SourceKind[] = [
  "REFERRAL",
  "ADVERTISING",
  "PURCHASED_LIST",
  "EMAIL_CAMPAIGN",
  "WEBINAR",
  "SEMINAR",
  "TRADE_FAIR",
  "PEER_MEETING",
  "SPONSORED_EVENT",
  "INBOUND_CONTENT",
  "SOCIAL_MEDIA",
  "NETWORKING",
  "LOCAL_ADVERTISING",
  "WEB_FORM",
  "LIVE_CHAT",
  "RECYCLED",
];

/** The built-in fields whose values are one of a closed list, and the list. */
export const CHOICES = {
  COMPANY_SIZE: COMPANY_SIZES,
  SOURCE_KIND: SOURCE_KINDS,
  TEMPERATURE: TEMPERATURES,
  PURCHASE_TIMEFRAME: TIMEFRAMES,
} as const;

type ChoiceField = keyof typeof CHOICES;

/** A value of one of those lists (no two lists share a value). */
type Choice = (typeof CHOICES)[ChoiceField][number];

export const isChoiceField = (field: LeadField): field is ChoiceField => field in CHOICES;

export const isChoice = (field: ChoiceField, value: string): value is Choice =>
  (CHOICES[field] as readonly string[]).includes(value);

/** A boolean custom field's values, as conditions compare them. */
export const BOOLEAN_CHOICES = ["true", "false"] as const;

const KINDS: Partial<Record<LeadField, ValueKind>> = {
  SOURCE: "reference",
  STAGE: "reference",
  SCORE: "number",
  EXPECTED_VALUE: "number",
  TAGS: "tags",
};

export interface Values {
  kind: ValueKind;
  /** For a closed list: its values. */
  choices?: readonly string[];
}

/** What a condition on ``field`` (``custom``, for a custom field) compares. */
export function valuesOf(field: LeadField, custom?: CustomField): Values {
  if (field !== "CUSTOM") {
    if (isChoiceField(field)) return { kind: "choice", choices: CHOICES[field] };
    return { kind: KINDS[field] ?? "text" };
  }
  switch (custom?.type) {
    case "NUMBER":
      return { kind: "number" };
    case "CHOICE":
      return { kind: "choice", choices: custom.choices };
    case "BOOLEAN":
      return { kind: "choice", choices: BOOLEAN_CHOICES };
    default:
      return { kind: "text" };
  }
}

const SET: readonly ConditionOperator[] = ["IS_SET", "IS_NOT_SET"];

export const OPERATORS: Record<ValueKind, readonly ConditionOperator[]> = {
  text: ["IS_ONE_OF", "IS_NOT_ONE_OF", "CONTAINS", ...SET],
  choice: ["IS_ONE_OF", "IS_NOT_ONE_OF", ...SET],
  reference: ["IS_ONE_OF", "IS_NOT_ONE_OF", ...SET],
  number: ["AT_LEAST", "AT_MOST", "BETWEEN", ...SET],
  tags: ["IS_ONE_OF", "IS_NOT_ONE_OF", "CONTAINS", ...SET],
};

export const takesValues = (operator: ConditionOperator) =>
  operator === "IS_ONE_OF" || operator === "IS_NOT_ONE_OF" || operator === "CONTAINS";

export const takesNumber = (operator: ConditionOperator) =>
  operator === "AT_LEAST" || operator === "AT_MOST" || operator === "BETWEEN";

/** Whether values are picked from a list rather than typed. */
export const isPicked = (kind: ValueKind) => kind === "choice" || kind === "reference";
