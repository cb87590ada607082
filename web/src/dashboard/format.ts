// The dashboard's figures and times as the person's language writes them: amounts
// in the company's currency, times in its time zone, and days (which have no
// time zone) as the calendar days they are.
import { useTranslation } from "react-i18next";
import type { KpiBucket } from "../gql/graphql";
import { LOCALES } from "../ui/format";
import { useSettings } from "./settings";

const NBSP = "\u00a0";

export function useDashboardFormat() {
  const { i18n } = useTranslation();
  const { timeZone, currency } = useSettings();
  const locale = LOCALES[i18n.language] ?? i18n.language;
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const calendarDay = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  const day = calendarDay({ dateStyle: "medium" });
  const month = calendarDay({ month: "short", year: "numeric" });
  const weekStart = calendarDay({ day: "numeric", month: "short" });
  const moment = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return {
    count: (value: number) => count.format(value),
    decimal: (value: number) => decimal.format(value),
    /** A number to edit: every decimal kept, no grouping. */
    plain: (value: number) => plain.format(value),
    percent: (value: number) => percent.format(value),
    /** A number short enough for a chart's axis: "1,2 mill.". */
    compact: (value: number) => compact.format(value),
    list: (items: string[]) => list.format(items),
    money: moneyFormat(locale, currency),
    day: (iso: string) => day.format(new Date(iso)),
    days: (first: string, last: string) => day.formatRange(new Date(first), new Date(last)),
    /** A bucket's short name on a chart's axis: its month, or its week's first day. */
    bucket: (bucket: KpiBucket, firstDay: string) =>
      (bucket === "MONTH" ? month : weekStart).format(new Date(firstDay)),
    /** An instant, on the company's clock. */
    moment: (iso: string) => moment.format(new Date(iso)),
  };
}

function moneyFormat(locale: string, currency: string) {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
  });
  if (!locale.startsWith("nb")) return (value: number | string) => format.format(Number(value));
  // Norwegian price tags put the sign first ("kr 1 234 567"), where CLDR puts it last.
  return (value: number | string) => {
    const parts = format.formatToParts(Number(value));
    const sign = parts.filter((part) => part.type === "currency").map((part) => part.value);
    const figure = parts.filter(
      (part) => part.type !== "currency" && (part.type !== "literal" || part.value.trim()),
    );
    return `${sign.join("")}${NBSP}${figure.map((part) => part.value).join("")}`;
  };
}
