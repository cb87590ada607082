// A share as the person's language writes it ("45 %" in bokmål, "45%" in English).
import { useTranslation } from "react-i18next";

/** ``percent``: 0 to 100, as the API gives it. */
export function usePercent(): (percent: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, {
    style: "percent",
    maximumFractionDigits: 1,
  });
  return (percent) => format.format(percent / 100);
}
