// A refused move, told in the person's language. The API's messages for these
// codes are English and name its own fields; the board knows the lead and the
// stages, and says it with them.
import type { TFunction } from "i18next";
import type { PayloadError } from "../api/faults";
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
  return errors.map((error) => {
    if (error.code === "ILLEGAL_MOVE") {
      return { ...error, message: t("board.refusals.illegal", names) };
    }
    if (error.code === "INVALID" && (error.field === "amount" || error.field === "reason")) {
      return { ...error, message: t(`board.refusals.${error.field}`) };
    }
    return error;
  });
}
