// The routing rules in the order they are tried, each said in words, and where a
// lead no rule takes goes. Managers add, change, reorder and delete rules.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { Failed, Loading } from "../../ui/states";
import { useLookups } from "../lookups";
import { RoutingNav } from "../RoutingNav";
import { Fallback } from "./Fallback";
import { RuleList } from "./RuleList";
import { useMay } from "../../shell/permissions";
import { Status } from "../../ui/Status";
import "../routing.css";

/** What a rule's page tells the list when it sends the person back to it. */
export interface RulesNotice {
  notice: string;
}

export function RulesPage() {
  const { t } = useTranslation();
  const manages = useMay("CanManageRouting");
  const { lookups, isPending, error, retry } = useLookups();
  const [notice, setNotice] = useState("");
  const sentBack = (useLocation().state as RulesNotice | null)?.notice;
  // Said once the page is shown, so the status is read out as it changes.
  useEffect(() => {
    if (sentBack) setNotice(sentBack);
  }, [sentBack]);

  return (
    <>
      <h1>{t("routing.rules.title")}</h1>
      <RoutingNav />
      <p>{t("routing.rules.about")}</p>
      <Status message={notice} className="notice" />
      {manages && (
        <p>
          <Link to="/routing/rules/new">{t("routing.rules.new")}</Link>
        </p>
      )}
      {isPending ? (
        <Loading />
      ) : error ? (
        <Failed error={error} retry={retry} />
      ) : (
        <>
          <RuleList lookups={lookups} manages={manages} onChanged={setNotice} />
          <Fallback lookups={lookups} manages={manages} onChanged={setNotice} />
        </>
      )}
    </>
  );
}
