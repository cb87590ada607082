// What the company settings offer: the Nordic time zones, currencies and countries
// first, Norway's at the top, then Europe's and a few beyond. The API takes any
// valid one; a company set otherwise (through the API) keeps its own, offered too.
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";
import type { Option } from "../../ui/SelectField";

export const TIME_ZONES = [
  "Europe/Oslo",
  "Europe/Stockholm",
  "Europe/Copenhagen",
  "Europe/Helsinki",
  "Atlantic/Reykjavik",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Berlin",
  "Europe/Amsterdam",
  "Europe/Paris",
  "Europe/Madrid",
  "Europe/Warsaw",
  "America/New_York",
  "UTC",
];

export const CURRENCIES = ["NOK", "SEK", "DKK", "EUR", "ISK", "GBP", "USD", "CHF", "PLN"];

export const REGIONS = [
  "NO",
  "SE",
  "DK",
  "FI",
  "IS",
  "GB",
  "IE",
  "DE",
  "NL",
  "FR",
  "ES",
  "PL",
  "US",
];

function withCurrent(codes: readonly string[], current: string | null | undefined) {
  return current && !codes.includes(current) ? [current, ...codes] : codes;
}

/** The choices, named in the person's language ("NOK – norske kroner"). */
export function useChoices() {
  const { i18n } = useTranslation();
  const { country } = useFormat();
  const currencies = new Intl.DisplayNames(i18n.language, { type: "currency" });
  const currency = (code: string) => `${code} – ${currencies.of(code) ?? code}`;
  return {
    country,
    currency,
    timeZones: (current: string): Option[] =>
      withCurrent(TIME_ZONES, current).map((zone) => ({ value: zone, label: zone })),
    currencies: (current: string): Option[] =>
      withCurrent(CURRENCIES, current).map((code) => ({ value: code, label: currency(code) })),
    countries: (current: string | null | undefined): Option[] =>
      withCurrent(REGIONS, current).map((code) => ({ value: code, label: country(code) })),
  };
}
