// A week's shifts as the form edits them. A time input cannot show 24:00, so a
// shift that ends at midnight shows 00:00 and is sent as 24:00 (none ends before
// it starts).
import type { ShiftInput, Weekday } from "../../gql/graphql";
import { draftKey } from "../drafts";

export const WEEKDAYS: readonly Weekday[] = [
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
  "SUNDAY",
];

export interface ShiftDraft {
  /** Tells React one shift from another while their times change. */
  key: number;
  weekday: Weekday;
  starts: string;
  ends: string;
}

export function shiftDraft({ weekday, starts, ends }: ShiftInput): ShiftDraft {
  return { key: draftKey(), weekday, starts, ends: ends === "24:00" ? "00:00" : ends };
}

export function shiftInput({ weekday, starts, ends }: ShiftDraft): ShiftInput {
  return { weekday, starts, ends: ends === "00:00" ? "24:00" : ends };
}

/** What a week of set hours starts as: Monday to Friday, eight to four. */
export function officeHours(): ShiftDraft[] {
  return WEEKDAYS.slice(0, 5).map((weekday) =>
    shiftDraft({ weekday, starts: "08:00", ends: "16:00" }),
  );
}
