// One member of a team: their part in its routing (managers change it) and their
// availability (managers change anyone's, a member their own).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useViewer } from "../../shell/viewer";
import { Failed, Loading } from "../../ui/states";
import { AvailabilityEditor } from "../availability/AvailabilityEditor";
import { MemberPartForm } from "./MemberPartForm";
import { PartSummary } from "./PartSummary";
import { useEveryTeam } from "./teams";
import { may } from "../../shell/permissions";
import { Status } from "../../ui/Status";
import "../routing.css";

export function MemberPage() {
  const { t } = useTranslation();
  const { teamId, userId } = useParams();
  const viewer = useViewer();
  const manages = may(viewer, "CanManageTeams");
  const teams = useEveryTeam();
  const [notice, setNotice] = useState("");
  const team = teams.nodes?.find((each) => each.id === teamId);
  const member = team?.roster.find((each) => each.user.id === userId);
  const back = <Link to="/routing/teams">{t("routing.member.back")}</Link>;

  if (teams.isError) return <Failed error={teams.error} retry={() => void teams.refetch()} />;
  if (!team && (teams.isPending || teams.hasNextPage)) return <Loading />;
  if (!team || !member) {
    return (
      <>
        <h1>{t("routing.member.notFound")}</h1>
        {back}
      </>
    );
  }
  const isYou = member.user.id === viewer.user.id;
  const names = { name: member.user.name, team: team.name };
  return (
    <>
      <h1>{t("routing.member.title", names)}</h1>
      {back}
      <Status message={notice} className="notice" />
      <section aria-labelledby="routing-member-part">
        <h2 id="routing-member-part">{t("routing.member.part")}</h2>
        {manages ? (
          <MemberPartForm team={team} member={member} onSaved={setNotice} />
        ) : (
          <PartSummary member={member} />
        )}
      </section>
      <section aria-labelledby="routing-member-availability">
        <h2 id="routing-member-availability">{t("routing.member.availability")}</h2>
        {manages || isYou ? (
          <AvailabilityEditor
            userId={isYou ? undefined : member.user.id}
            savedNotice={
              isYou
                ? t("routing.availability.savedOwn")
                : t("routing.availability.saved", { name: member.user.name })
            }
            onSaved={setNotice}
          />
        ) : (
          <p>{t("routing.availability.othersHidden")}</p>
        )}
      </section>
    </>
  );
}
