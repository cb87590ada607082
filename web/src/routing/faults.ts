// The API's refusals as the routing pages show them: beside a field the page
// shows, or else above the form (their words: inOwnWords, "routing.faults").
import type { TFunction } from "i18next";
import type { Faults, PayloadError } from "../api/faults";

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
