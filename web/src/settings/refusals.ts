// The settings' own words for the API's refusals that the shared catalogue has no
// words for: the API's messages are English, and these explain what to do instead.
import type { TFunction } from "i18next";
import type { PayloadError } from "../api/faults";

const EXPLAINED = [
  "NAME_TAKEN",
  "SOURCE_IN_USE",
  "STAGE_HAS_LEADS",
  "STAGE_HAS_HISTORY",
  "LAST_OPEN_STAGE",
  "TOO_MANY_STAGES",
  "ORDER_MISMATCH",
  "MEASURED_BY_GOAL",
  "FIELD_IN_USE",
] as const;

type Explained = (typeof EXPLAINED)[number];

function isExplained(code: string | undefined): code is Explained {
  return (EXPLAINED as readonly (string | undefined)[]).includes(code);
}

/** The errors, each one these pages explain told in the person's language. */
export function explained(t: TFunction, errors: readonly PayloadError[]): PayloadError[] {
  return errors.map((error) =>
    isExplained(error.code) ? { ...error, message: t(`settings.refusals.${error.code}`) } : error,
  );
}
