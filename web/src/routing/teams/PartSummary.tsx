import { useTranslation } from "react-i18next";
import type { RosterMember } from "./teams";

/** A member's part in a team's routing, to read. */
export function PartSummary({ member }: { member: RosterMember }) {
  const { t } = useTranslation();
  return (
    <>
      <dl>
        <dt>{t("routing.roster.active")}</dt>
        <dd>{t(member.active ? "routing.yes" : "routing.no")}</dd>
        <dt>{t("routing.roster.manages")}</dt>
        <dd>{t(member.manages ? "routing.yes" : "routing.no")}</dd>
        <dt>{t("routing.roster.capacity")}</dt>
        <dd>{member.capacity ?? t("routing.roster.noLimit")}</dd>
        <dt>{t("routing.roster.weight")}</dt>
        <dd>{member.weight}</dd>
      </dl>
      <p className="hint">{t("routing.member.managersChange")}</p>
    </>
  );
}
