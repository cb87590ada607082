// A refused move, told in the person's language. The API's messages for these
// codes are English and name its own fields; the board knows the lead and the
// stages, and says it with them.
import type { TFunction } from "i18next";
import { inOwnWords, type PayloadError } from "../api/faults";
import type { Refusal } from "./plan";

export type MoveNames = {
  name: string;
  from: string;
  to: string;
};

/** The board's own refusal, as the API would give one. */
export function refusal(t: TFunction, why: Refusal, names: MoveNames): PayloadError {
  return { field: null, code: "ILLEGAL_MOVE", message: t(`board.refusals.${why}`, names) };
}

export function explain(
  t: TFunction,
  errors: readonly PayloadError[],
  names: MoveNames,
): PayloadError[] {
  const invalid = { amount: t("board.refusals.amount"), reason: t("board.refusals.reason") };
  return inOwnWords(t, "board.refusals", errors, invalid, names);
}
