import { useTranslation } from "react-i18next";
import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";
import type { Kpis } from "../kpis";
import { ChartFigure } from "./ChartFigure";
import { INK, PLOT } from "./plot";

/** The amounts won, month by month. */
export function SalesChart({ points }: { points: Kpis["salesVolume"]["points"] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();
  const amount = t("dashboard.charts.salesVolume");
  return (
    <ChartFigure
      title={t("dashboard.charts.salesByMonth")}
      columns={[t("dashboard.charts.month"), amount, t("dashboard.charts.wins")]}
      rows={points.map(({ firstDay, lastDay, value }) => ({
        label: format.days(firstDay, lastDay),
        cells: [figureOf("amount", value.amount), figureOf("count", value.count)],
      }))}
      empty={points.every(({ value }) => value.count === 0)}
    >
      <BarChart
        {...PLOT}
        data={points.map(({ firstDay, value }) => ({
          month: format.bucket("MONTH", firstDay),
          amount: Number(value.amount),
        }))}
      >
        <XAxis dataKey="month" />
        <YAxis tickFormatter={format.compact} />
        <Tooltip formatter={(value) => format.money(Number(value))} />
        <Bar dataKey="amount" name={amount} fill={INK} />
      </BarChart>
    </ChartFigure>
  );
}
