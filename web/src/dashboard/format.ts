// The dashboard's figures and times: the app's own formats (useFormat: the
// person's language, the company's time zone and currency), and what only the
// dashboard writes: whole amounts on its tiles, short numbers on a chart's axis,
// and days (which have no time zone) as the calendar days they are.
import type { KpiBucket } from "../gql/graphql";
import { useFormat } from "../ui/format";

export function useDashboardFormat() {
  const { money, percent, dateTime, all, locale } = useFormat();
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  const compact = new Intl.NumberFormat(locale, { notation: "compact" });
  const calendarDay = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  const day = calendarDay({ dateStyle: "medium" });
  const month = calendarDay({ month: "short", year: "numeric" });
  const weekStart = calendarDay({ day: "numeric", month: "short" });
  return {
    count: (value: number) => count.format(value),
    decimal: (value: number) => decimal.format(value),
    /** A number to edit: every decimal kept, no grouping. */
    plain: (value: number) => plain.format(value),
    percent,
    /** A number short enough for a chart's axis: "1,2 mill.". */
    compact: (value: number) => compact.format(value),
    list: all,
    /** An amount in whole units of the company's currency: a tile is read at a glance. */
    money: (value: number | string) => money(Math.round(Number(value))),
    day: (iso: string) => day.format(new Date(iso)),
    days: (first: string, last: string) => day.formatRange(new Date(first), new Date(last)),
    /** A bucket's short name on a chart's axis: its month, or its week's first day. */
    bucket: (bucket: KpiBucket, firstDay: string) =>
      (bucket === "MONTH" ? month : weekStart).format(new Date(firstDay)),
    /** An instant, on the company's clock. */
    moment: (iso: string) => dateTime(iso),
  };
}
