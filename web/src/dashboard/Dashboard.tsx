// The start page: the company's key figures for a period and whose leads count,
// its goals, and what is happening now, live. Its heading comes at once; the rest
// (Overview) is fetched after it, so that the route's own code stays small.
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useViewer } from "../shell/viewer";
import { Loading } from "../ui/states";
import { Status } from "../ui/Status";

const Overview = lazy(async () => ({ default: (await import("./Overview")).Overview }));

export function Dashboard() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [notice, setNotice] = useState("");
  // A sales rep's KPIs count the leads in their reach; everyone else's, all of them.
  const scope = viewer.current.role === "SALES_REP" ? "scopeReach" : "scopeCompany";
  return (
    <>
      <h1>{viewer.current.tenant.name}</h1>
      <p>{t(`dashboard.${scope}`)}</p>
      <Status message={notice} className="notice" />
      <Suspense fallback={<Loading />}>
        <Overview onChanged={setNotice} />
      </Suspense>
    </>
  );
}
