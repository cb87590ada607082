import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { LOCALES } from "../ui/format";

export function useLocale(): string {
  const { i18n } = useTranslation();
  return LOCALES[i18n.language] ?? i18n.language;
}

/** The language's lists, country names and numbers, made once for each language. */
export function useIntl() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      and: new Intl.ListFormat(locale, { type: "conjunction" }),
      or: new Intl.ListFormat(locale, { type: "disjunction" }),
      regions: new Intl.DisplayNames(locale, { type: "region", fallback: "code" }),
      numbers: new Intl.NumberFormat(locale),
      minutes: new Intl.NumberFormat(locale, {
        style: "unit",
        unit: "minute",
        unitDisplay: "long",
      }),
    }),
    [locale],
  );
}
