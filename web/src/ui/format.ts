// Dates and numbers as the person's language writes them.
import { useTranslation } from "react-i18next";

const LOCALES: Record<string, string> = { nb: "nb-NO", en: "en-GB" };

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? i18n.language;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return { date: (iso: string) => day.format(new Date(iso)) };
}
