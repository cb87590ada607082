import { useTranslation } from "react-i18next";
import { Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { KpiBucket } from "../../gql/graphql";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";
import type { Kpis } from "../kpis";
import { ChartFigure } from "./ChartFigure";
import { INK, PLOT } from "./plot";

interface Props {
  points: Kpis["responseTime"]["points"];
  bucket: KpiBucket;
}

/** The median minutes from assignment to first sales activity, bucket by bucket. */
export function ResponseChart({ points, bucket }: Props) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();
  const median = t("dashboard.charts.medianMinutes");
  return (
    <ChartFigure
      title={t("dashboard.charts.responseTime")}
      columns={[t("dashboard.charts.period"), median, t("dashboard.charts.assignments")]}
      rows={points.map(({ firstDay, lastDay, value }) => ({
        label: format.days(firstDay, lastDay),
        cells: [figureOf("minutes", value.median), figureOf("count", value.count)],
      }))}
      empty={points.every(({ value }) => value.median == null)}
    >
      <LineChart
        {...PLOT}
        data={points.map(({ firstDay, value }) => ({
          bucket: format.bucket(bucket, firstDay),
          median: value.median,
        }))}
      >
        <XAxis dataKey="bucket" />
        <YAxis tickFormatter={format.compact} />
        <Tooltip formatter={(value) => figureOf("minutes", Number(value))} />
        <Line dataKey="median" name={median} stroke={INK} strokeWidth={2} />
      </LineChart>
    </ChartFigure>
  );
}
