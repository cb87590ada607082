// The routing pages' own menu, below each one's heading.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useMay } from "../shell/permissions";

export function RoutingNav() {
  const { t } = useTranslation();
  const manages = useMay("CanManageRouting");
  return (
    <nav className="routing-nav" aria-label={t("routing.nav")}>
      <NavLink to="/routing" end>
        {t("routing.overview")}
      </NavLink>
      <NavLink to="/routing/teams">{t("routing.teams.title")}</NavLink>
      <NavLink to="/routing/rules">{t("routing.rules.title")}</NavLink>
      {manages && <NavLink to="/routing/dry-run">{t("routing.dryRun.title")}</NavLink>}
      <NavLink to="/routing/availability">{t("routing.availability.title")}</NavLink>
    </nav>
  );
}
