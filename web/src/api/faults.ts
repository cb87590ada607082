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
