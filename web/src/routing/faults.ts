// The API's refusals as the routing pages show them: in the app's words where it
// has them, and beside a field the page shows, or else above the form.
import type { TFunction } from "i18next";
import type { Faults, PayloadError } from "../api/faults";

// Codes of the routing and team payloads that the app's shared words do not cover.
const CODES = ["NAME_TAKEN", "TEAM_OWNS_LEADS", "NOT_ALLOWED", "ORDER_MISMATCH"] as const;
type Code = (typeof CODES)[number];

const isOurs = (code: string | undefined): code is Code => CODES.some((ours) => ours === code);

/** ``errors`` with the app's words for the codes above, and for an INVALID on a
 * field of ``invalid`` (the API says those in English). */
export function worded(
  t: TFunction,
  errors: readonly PayloadError[],
  invalid: Record<string, string> = {},
): PayloadError[] {
  return errors.map((error) => {
    if (isOurs(error.code)) return { ...error, message: t(`routing.faults.${error.code}`) };
    const words = error.field ? invalid[error.field] : undefined;
    return error.code === "INVALID" && words ? { ...error, message: words } : error;
  });
}

/** ``errors``, those about a field the form does not show told as about the form. */
export function unshownAsForm(
  errors: readonly PayloadError[],
  shown: (field: string) => boolean,
): PayloadError[] {
  return errors.map((error) =>
    error.field && !shown(error.field) ? { ...error, field: null } : error,
  );
}

/** A refusal of each of ``numbers`` (by field) that is not a whole number. */
export function notWholeNumbers(
  t: TFunction,
  numbers: Record<string, number | null>,
): PayloadError[] {
  return Object.entries(numbers)
    .filter(([, number]) => Number.isNaN(number))
    .map(([field]) => ({ field, code: "INVALID", message: t("routing.wholeNumber") }));
}

/** The faults about the parts of ``prefix`` (``conditions.2``), by the part's name. */
export function faultsUnder(faults: Faults, prefix: string): Faults {
  const under: Faults = {};
  for (const [field, fault] of Object.entries(faults)) {
    if (field.startsWith(`${prefix}.`)) under[field.slice(prefix.length + 1)] = fault;
  }
  return under;
}
