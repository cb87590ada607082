import { useTranslation } from "react-i18next";
import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";
import type { Kpis } from "../kpis";
import { ChartFigure } from "./ChartFigure";
import { INK, PLOT } from "./plot";

/** What each source's leads won, most first, beside what the source cost. */
export function SourceReturnChart({ returns }: { returns: Kpis["sourceReturn"] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();
  const wonAmount = t("dashboard.charts.wonAmount");
  const nameOf = (source: Kpis["sourceReturn"][number]["source"]) =>
    source?.name ?? t("dashboard.charts.noSource");
  return (
    <ChartFigure
      title={t("dashboard.charts.sourceReturn")}
      columns={[
        t("dashboard.charts.source"),
        wonAmount,
        t("dashboard.charts.cost"),
        t("dashboard.charts.return"),
      ]}
      rows={returns.map(({ source, won, cost, wonPerCost }) => ({
        label: nameOf(source),
        cells: [
          figureOf("amount", won.total.amount),
          figureOf("amount", cost),
          figureOf("return", wonPerCost),
        ],
      }))}
      empty={returns.length === 0}
    >
      <BarChart
        {...PLOT}
        layout="vertical"
        data={returns.map(({ source, won }) => ({
          source: nameOf(source),
          won: Number(won.total.amount),
        }))}
      >
        <XAxis type="number" tickFormatter={format.compact} />
        <YAxis type="category" dataKey="source" width={160} />
        <Tooltip formatter={(value) => format.money(Number(value))} />
        <Bar dataKey="won" name={wonAmount} fill={INK} />
      </BarChart>
    </ChartFigure>
  );
}
