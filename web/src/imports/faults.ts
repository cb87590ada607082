// An import's refusals in the person's language. The API words these codes in
// fixed English; INVALID's messages, specific to their field, stay the API's.
import type { TFunction } from "i18next";
import type { PayloadError } from "../api/faults";
import type { ImportErrorCode } from "../gql/graphql";

const WORDED = [
  "EMPTY_FILE",
  "NO_HEADER",
  "NOT_A_TABLE",
  "TOO_LARGE",
  "TOO_MANY_ROWS",
  "WRONG_ENCODING",
  "ALREADY_STARTED",
  "ALREADY_ENDED",
  "NAME_TAKEN",
] as const satisfies readonly ImportErrorCode[];

type Worded = (typeof WORDED)[number];

function isWorded(code: string | undefined): code is Worded {
  return WORDED.includes(code as Worded);
}

export function inOurWords(t: TFunction, errors: readonly PayloadError[]): PayloadError[] {
  return errors.map((error) =>
    isWorded(error.code) ? { ...error, message: t(`imports.faults.${error.code}`) } : error,
  );
}
