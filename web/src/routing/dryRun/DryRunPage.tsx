// The dry run: a lead's fields, and who routing would give it to now, and why.
// Only those who manage routing may ask (the API's rule).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Failed, Loading } from "../../ui/states";
import { useLookups } from "../lookups";
import { RoutingNav } from "../RoutingNav";
import { useDecisionWords } from "./decisionWords";
import { DryRunForm } from "./DryRunForm";
import { Explanation } from "./Explanation";
import type { Answer } from "./preview";
import { useMay } from "../../shell/permissions";
import { Status } from "../../ui/Status";
import "../routing.css";

export function DryRunPage() {
  const { t } = useTranslation();
  const manages = useMay("PreviewsRouting");
  return (
    <>
      <h1>{t("routing.dryRun.title")}</h1>
      <RoutingNav />
      <p>{t("routing.dryRun.about")}</p>
      {manages ? <DryRun /> : <p>{t("routing.dryRun.managersOnly")}</p>}
    </>
  );
}

function DryRun() {
  const { lookups, isPending, error, retry } = useLookups();
  const words = useDecisionWords(lookups);
  const [answer, setAnswer] = useState<Answer | null>(null);
  if (isPending) return <Loading />;
  if (error) return <Failed error={error} retry={retry} />;
  return (
    <>
      <DryRunForm lookups={lookups} onAnswer={setAnswer} />
      <Status message={answer ? words.outcome(answer.decision) : ""} className="notice" />
      {answer && <Explanation answer={answer} lookups={lookups} />}
    </>
  );
}
