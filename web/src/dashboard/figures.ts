// A figure in its unit, as the person's language writes it: a count, a share, an
// amount of the company's currency, days, minutes, or a return on a cost. A
// figure with nothing to measure (no leads closed, no wins) is a dash, not a zero.
import { useTranslation } from "react-i18next";
import { useDashboardFormat } from "./format";

export type Unit = "count" | "share" | "amount" | "days" | "minutes" | "return";

export const NO_FIGURE = "–";

export function useFigures() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const inUnit: Record<Unit, (value: number) => string> = {
    count: format.count,
    share: format.percent,
    amount: format.money,
    days: (value) => t("dashboard.units.days", { count: value, days: format.decimal(value) }),
    minutes: (value) => t("dashboard.units.minutes", { minutes: format.decimal(value) }),
    return: (value) => t("dashboard.units.return", { ratio: format.decimal(value) }),
  };
  return (unit: Unit, value: number | string | null | undefined) =>
    value == null ? NO_FIGURE : inUnit[unit](Number(value));
}
