// One lead's page: its details (edited in place), why it scores and went where it
// did, the leads it may duplicate, the stages it passed, and its timeline with the
// form to log a call, an email, a meeting or a note.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useLiveRefresh } from "../api/useLiveRefresh";
import { useViewer } from "../shell/viewer";
import { Failed, Loading } from "../ui/states";
import { Duplicates } from "./Duplicates";
import { LeadFields } from "./LeadFields";
import { LogActivity } from "./LogActivity";
import { RoutingDecision } from "./RoutingDecision";
import { ScoreBreakdown } from "./ScoreBreakdown";
import { StageHistory } from "./StageHistory";
import { LEAD_TIMELINE, Timeline } from "./Timeline";
import { LEAD_DETAILS, useLead } from "./lead";
import "./leads.css";
import { Status } from "../ui/Status";

export function LeadPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const found = useLead(id);
  const [notice, setNotice] = useState("");
  const lead = found.data?.lead;
  // What others do to the lead shows as they do it: every kind of activity is in
  // its timeline.
  useLiveRefresh({
    kinds: [],
    leadId: id,
    besides: useViewer().user.id,
    documents: [LEAD_DETAILS, LEAD_TIMELINE],
  });

  useEffect(() => {
    // A lead merged into another answers as that one: show it under its own address.
    if (lead && lead.id !== id)
      navigate(`/leads/${encodeURIComponent(lead.id)}`, { replace: true });
  }, [lead, id, navigate]);

  if (found.isPending) return <Loading />;
  if (found.isError) return <Failed error={found.error} retry={() => void found.refetch()} />;
  if (!lead) {
    return (
      <>
        <h1>{t("app.notFound")}</h1>
        <Link to="/leads">{t("lead.back")}</Link>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to="/leads">{t("lead.back")}</Link>
      </p>
      <h1>{lead.name}</h1>
      <p>{[lead.company, lead.stage.name, lead.owner?.name].filter(Boolean).join(" · ")}</p>
      <Status message={notice} />
      <div className="lead-panels">
        <LeadFields lead={lead} onSaved={setNotice} />
        <section aria-labelledby="lead-timeline-title">
          <h2 id="lead-timeline-title">{t("lead.timeline.title")}</h2>
          <LogActivity leadId={lead.id} onLogged={setNotice} />
          <Timeline leadId={lead.id} />
        </section>
        <ScoreBreakdown lead={lead} />
        <RoutingDecision lead={lead} />
        <Duplicates lead={lead} onMerged={setNotice} />
        <StageHistory lead={lead} />
      </div>
    </>
  );
}
