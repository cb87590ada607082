// What went wrong, said to a person in their language: a payload's errors by the
// field they are about ("form" for none), and a request that failed as a whole.
import type { TFunction } from "i18next";
import { ApiError } from "./client";

export type Faults = Record<string, string>;

export interface PayloadError {
  field?: string | null;
  code?: string;
  message: string;
}

/** The app's words for the error's code, if it has any; else the API's own. */
export function describe(t: TFunction, error: PayloadError | unknown): string {
  const code = error instanceof ApiError || isPayloadError(error) ? error.code : undefined;
  const key = `faults.${code}`;
  if (code && t(key as never) !== key) return t(key as never);
  if (error instanceof Error || isPayloadError(error)) return error.message;
  return String(error);
}

export function faultsOf(t: TFunction, errors: readonly PayloadError[]): Faults {
  const faults: Faults = {};
  for (const error of errors) faults[error.field ?? "form"] ??= describe(t, error);
  return faults;
}

/** ``errors``, each whose code the catalogue words under ``own`` (a page's
 * ``settings.refusals.NAME_TAKEN``) told in those words, and an INVALID about a
 * field of ``invalid`` told in that field's: the API says them in English, in its
 * own terms. Codes the app words for every page are in ``faults`` (see describe). */
export function inOwnWords(
  t: TFunction,
  own: string,
  errors: readonly PayloadError[],
  invalid: Readonly<Record<string, string>> = {},
  /** What the page's words name (``{{name}}``: the lead a refusal is about). */
  values: Readonly<Record<string, string>> = {},
): PayloadError[] {
  return errors.map((error) => {
    const key = `${own}.${error.code}`;
    if (error.code && t(key as never) !== key) {
      return { ...error, message: String(t(key as never, { ...values })) };
    }
    const words = error.field ? invalid[error.field] : undefined;
    return error.code === "INVALID" && words ? { ...error, message: words } : error;
  });
}

function isPayloadError(error: unknown): error is PayloadError {
  return typeof error === "object" && error !== null && "message" in error && "code" in error;
}

/** The errors, those about ``fields`` told as about the whole form: fields the
 * page does not show, such as a link's token. */
export function asFormFaults(errors: readonly PayloadError[], ...fields: string[]): PayloadError[] {
  return errors.map((error) =>
    error.field && fields.includes(error.field) ? { ...error, field: null } : error,
  );
}
