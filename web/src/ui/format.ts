// Dates, times, numbers and amounts as the person's language writes them, in the
// company's time zone and currency (Europe/Oslo and NOK before one is known).
import { useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ViewerContext } from "../shell/viewer";
import { isTimeZone } from "./clocks";

/** The locale each language writes in: British English writes days as Norwegians read them. */
export const LOCALES: Record<string, string> = { nb: "nb-NO", en: "en-GB" };

export function useFormat() {
  const { i18n } = useTranslation();
  const tenant = useContext(ViewerContext)?.current.tenant;
  // Made once for a language, time zone and currency: a table formats every cell
  // with them, and a page that memoizes on them is not redone on each render.
  return useMemo(
    () => formats(i18n.language, tenant?.timeZone ?? "Europe/Oslo", tenant?.currency ?? "NOK"),
    [i18n.language, tenant?.timeZone, tenant?.currency],
  );
}

function formats(language: string, timeZone: string, currency: string) {
  const locale = LOCALES[language] ?? language;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const momentIn = (zone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const moment = momentIn(timeZone);
  const inCurrency = (digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const [whole, exact] = [inCurrency(0), inCurrency(2)];
  const number = new Intl.NumberFormat(locale);
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const minutes = new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "minute",
    unitDisplay: "long",
  });
  const all = new Intl.ListFormat(locale, { type: "conjunction" });
  const anyOf = new Intl.ListFormat(locale, { type: "disjunction" });
  const regions = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
  return {
    locale,
    date: (iso: string) => day.format(new Date(iso)),
    /** A moment on the company's clocks, or on ``zone``'s (a member's, say) when
     * this browser knows that zone. */
    dateTime: (iso: string, zone?: string) =>
      (zone && zone !== timeZone && isTimeZone(zone) ? momentIn(zone) : moment).format(
        new Date(iso),
      ),
    /** An amount (an API Decimal, a string) in the company's currency: whole units
     * unless it has hundredths. */
    money: (amount: string | number) => {
      const value = Number(amount);
      const parts = (Number.isInteger(value) ? whole : exact).formatToParts(value);
      return language === "nb" ? currencyFirst(parts) : parts.map((p) => p.value).join("");
    },
    number: (value: number) => number.format(value),
    /** A share from 0 to 1 as a percentage. */
    percent: (value: number) => share.format(value),
    /** A duration: "90 minutes". */
    minutes: (value: number) => minutes.format(value),
    /** "a, b and c". */
    all: (items: readonly string[]) => all.format(items),
    /** "a, b or c". */
    anyOf: (items: readonly string[]) => anyOf.format(items),
    /** A country's name by its ISO 3166-1 code; what is not a code, as given. */
    country: (code: string) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** CLDR writes "1 234 567 kr" in bokmål; Norwegian invoices and readers put the
 * currency first: "kr 1 234 567". */
function currencyFirst(parts: Intl.NumberFormatPart[]): string {
  const currency = parts.find((part) => part.type === "currency")?.value ?? "";
  const amount = parts
    .filter((part) => part.type !== "currency")
    .map((part) => part.value)
    .join("")
    .trim();
  return `${currency}\u00a0${amount}`;
}
