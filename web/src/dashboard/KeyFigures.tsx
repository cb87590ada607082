// The KPIs of the view: tiles first, then the charts, whose code (Recharts) is
// fetched only once there are figures to draw.
import { lazy, Suspense } from "react";
import { Failed, Loading } from "../ui/states";
import { KpiTiles } from "./KpiTiles";
import { useKpis, type KpiRequest } from "./kpis";

const Charts = lazy(async () => ({ default: (await import("./charts/Charts")).Charts }));

export function KeyFigures({ request }: { request: KpiRequest }) {
  const kpis = useKpis(request);
  if (kpis.isPending) return <Loading />;
  if (kpis.isError) return <Failed error={kpis.error} retry={() => void kpis.refetch()} />;
  return (
    <>
      <KpiTiles kpis={kpis.data} />
      <Suspense fallback={<Loading />}>
        <Charts kpis={kpis.data} bucket={request.bucket} />
      </Suspense>
    </>
  );
}
