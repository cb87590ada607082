// The period's key figures, each with what it counts beneath it.
import { useTranslation } from "react-i18next";
import { useFigures } from "./figures";
import type { Kpis } from "./kpis";

export function KpiTiles({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const figureOf = useFigures();
  const leads = kpis.leadVolume.total;
  const winRate = kpis.winRate.total;
  const sales = kpis.salesVolume.total;
  const cycle = kpis.salesCycleTime.total;
  const response = kpis.responseTime.total;
  const conversion = kpis.leadToCustomerConversion.total;
  const pipeline = kpis.pipelineValue.total;
  const tiles = [
    {
      name: t("dashboard.kpis.leadVolume"),
      figure: figureOf("count", leads.count),
      detail: t("dashboard.kpis.leadVolumeDetail"),
    },
    {
      name: t("dashboard.kpis.winRate"),
      figure: figureOf("share", winRate.rate),
      detail: t("dashboard.kpis.winRateDetail", {
        won: figureOf("count", winRate.numerator),
        closed: figureOf("count", winRate.denominator),
      }),
    },
    {
      name: t("dashboard.kpis.salesVolume"),
      figure: figureOf("amount", sales.amount),
      detail: t("dashboard.kpis.salesVolumeDetail", { wins: figureOf("count", sales.count) }),
    },
    {
      name: t("dashboard.kpis.averageTicket"),
      figure: figureOf("amount", sales.average),
      detail: t("dashboard.kpis.averageTicketDetail"),
    },
    {
      name: t("dashboard.kpis.salesCycle"),
      figure: figureOf("days", cycle.median),
      detail: t("dashboard.kpis.salesCycleDetail", { mean: figureOf("days", cycle.mean) }),
    },
    {
      name: t("dashboard.kpis.responseTime"),
      figure: figureOf("minutes", response.median),
      detail: t("dashboard.kpis.responseTimeDetail", {
        share: figureOf("share", response.overSla.rate),
      }),
    },
    {
      name: t("dashboard.kpis.conversion"),
      figure: figureOf("share", conversion.rate),
      detail: t("dashboard.kpis.conversionDetail", {
        won: figureOf("count", conversion.numerator),
        leads: figureOf("count", conversion.denominator),
      }),
    },
    {
      name: t("dashboard.kpis.pipelineValue"),
      figure: figureOf("amount", pipeline.amount),
      detail: t("dashboard.kpis.pipelineValueDetail", { leads: figureOf("count", pipeline.count) }),
    },
  ];
  return (
    <dl className="dashboard-tiles">
      {tiles.map(({ name, figure, detail }) => (
        <div key={name} className="dashboard-tile">
          <dt>{name}</dt>
          <dd className="dashboard-figure">{figure}</dd>
          <dd className="dashboard-detail">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
