// The teams routing hands leads to, each with its members and their part; managers
// make, change and delete teams and say who is on them.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RoutingNav } from "../RoutingNav";
import { CreateTeamForm } from "./CreateTeamForm";
import { TeamList } from "./TeamList";
import { useMay } from "../../shell/permissions";
import { Status } from "../../ui/Status";
import "../routing.css";

export function TeamsPage() {
  const { t } = useTranslation();
  const manages = useMay("CanManageTeams");
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("routing.teams.title")}</h1>
      <RoutingNav />
      <p>{t("routing.teams.about")}</p>
      <Status message={notice} className="notice" />
      {manages && <CreateTeamForm onCreated={setNotice} />}
      <TeamList manages={manages} onChanged={setNotice} />
    </>
  );
}
