import { useTranslation } from "react-i18next";
import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";
import type { Kpis } from "../kpis";
import { ChartFigure } from "./ChartFigure";
import { INK, PLOT } from "./plot";

/** How many of the period's new leads reached each stage of the funnel. */
export function FunnelChart({ funnel }: { funnel: Kpis["funnel"] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();
  const reached = t("dashboard.charts.reached");
  return (
    <ChartFigure
      title={t("dashboard.charts.funnel")}
      columns={[t("dashboard.charts.stage"), reached, t("dashboard.charts.fromPrevious")]}
      rows={funnel.map((step) => ({
        label: step.stage.name,
        cells: [figureOf("count", step.reached), figureOf("share", step.fromPrevious?.rate)],
      }))}
      empty={funnel.every((step) => step.reached === 0)}
    >
      <BarChart
        {...PLOT}
        layout="vertical"
        data={funnel.map((step) => ({ stage: step.stage.name, reached: step.reached }))}
      >
        <XAxis type="number" allowDecimals={false} tickFormatter={format.compact} />
        <YAxis type="category" dataKey="stage" width={160} />
        <Tooltip />
        <Bar dataKey="reached" name={reached} fill={INK} />
      </BarChart>
    </ChartFigure>
  );
}
