import { useTranslation } from "react-i18next";
import { Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { KpiBucket } from "../../gql/graphql";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";
import type { Kpis } from "../kpis";
import { ChartFigure } from "./ChartFigure";
import { INK, PLOT } from "./plot";

interface Props {
  points: Kpis["winRate"]["points"];
  bucket: KpiBucket;
}

/** The share of closed leads won, bucket by bucket; a bucket with none closed is a gap. */
export function WinRateChart({ points, bucket }: Props) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();
  const rate = t("dashboard.charts.winRate");
  return (
    <ChartFigure
      title={t("dashboard.charts.winRateOverTime")}
      columns={[
        t("dashboard.charts.period"),
        rate,
        t("dashboard.charts.won"),
        t("dashboard.charts.closed"),
      ]}
      rows={points.map(({ firstDay, lastDay, value }) => ({
        label: format.days(firstDay, lastDay),
        cells: [
          figureOf("share", value.rate),
          figureOf("count", value.numerator),
          figureOf("count", value.denominator),
        ],
      }))}
      empty={points.every(({ value }) => value.rate == null)}
    >
      <LineChart
        {...PLOT}
        data={points.map(({ firstDay, value }) => ({
          bucket: format.bucket(bucket, firstDay),
          rate: value.rate,
        }))}
      >
        <XAxis dataKey="bucket" />
        <YAxis domain={[0, 1]} tickFormatter={format.percent} />
        <Tooltip formatter={(value) => format.percent(Number(value))} />
        <Line dataKey="rate" name={rate} stroke={INK} strokeWidth={2} />
      </LineChart>
    </ChartFigure>
  );
}
