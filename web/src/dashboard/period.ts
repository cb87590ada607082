// The days the dashboard counts: a calendar period around today in the tenant's
// time zone, or days chosen. Days are ISO dates ("2026-11-30"), as the API's
// PeriodInput takes them, and their arithmetic is done in UTC so that no local
// clock shifts a day.
import type { KpiBucket, PeriodInput } from "../gql/graphql";

export const PERIOD_CHOICES = ["month", "lastMonth", "quarter", "year", "custom"] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The API counts a period of this many days at most. */
export const MAX_PERIOD_DAYS = 3660;
const DAY_MS = 86_400_000;
// Weeks while they make a handful of points, months past that.
const WEEKS_UP_TO_DAYS = 92;

/** Today's date in ``timeZone``. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The calendar period ``choice`` names, around ``today``; custom periods are chosen. */
export function calendarPeriod(choice: Exclude<PeriodChoice, "custom">, today: string) {
  const [year, month] = yearAndMonth(today);
  switch (choice) {
    case "month":
      return months(year, month, 1);
    case "lastMonth":
      return month === 1 ? months(year - 1, 12, 1) : months(year, month - 1, 1);
    case "quarter":
      return months(year, Math.floor((month - 1) / 3) * 3 + 1, 3);
    case "year":
      return months(year, 1, 12);
  }
}

/** The days from ``firstDay`` to ``lastDay``, both included. */
export function daysIn({ firstDay, lastDay }: PeriodInput): number {
  return (Date.parse(lastDay) - Date.parse(firstDay)) / DAY_MS + 1;
}

/** What a chart over time cuts the period into. */
export function bucketFor(period: PeriodInput): KpiBucket {
  return daysIn(period) <= WEEKS_UP_TO_DAYS ? "WEEK" : "MONTH";
}

/** The first day of the month ``day`` falls in. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}

function yearAndMonth(day: string): [number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
}

function months(year: number, firstMonth: number, count: number): PeriodInput {
  const lastMonth = firstMonth + count - 1;
  // Day 0 of the month after is the last day of this one.
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { firstDay: isoDay(year, firstMonth, 1), lastDay: isoDay(year, lastMonth, lastDay) };
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
