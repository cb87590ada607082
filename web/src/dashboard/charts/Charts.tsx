// The KPIs drawn: the funnel, sales by month, win rate and response time over the
// period, and what each source returned. Recharts comes with this module only,
// which the dashboard loads after its figures.
import type { KpiBucket } from "../../gql/graphql";
import type { Kpis } from "../kpis";
import { FunnelChart } from "./FunnelChart";
import { ResponseChart } from "./ResponseChart";
import { SalesChart } from "./SalesChart";
import { SourceReturnChart } from "./SourceReturnChart";
import { WinRateChart } from "./WinRateChart";

export function Charts({ kpis, bucket }: { kpis: Kpis; bucket: KpiBucket }) {
  return (
    <div className="dashboard-charts">
      <FunnelChart funnel={kpis.funnel} />
      <SalesChart points={kpis.salesVolume.points} />
      <WinRateChart points={kpis.winRate.points} bucket={bucket} />
      <ResponseChart points={kpis.responseTime.points} bucket={bucket} />
      <SourceReturnChart returns={kpis.sourceReturn} />
    </div>
  );
}
