// Routing's start: what each of its pages is for, and the way to each.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RoutingNav } from "./RoutingNav";
import { useMay } from "../shell/permissions";
import "./routing.css";

export function RoutingPage() {
  const { t } = useTranslation();
  const manages = useMay("CanManageRouting");
  const pages = [
    { to: "/routing/teams", title: t("routing.teams.title"), about: t("routing.teams.about") },
    { to: "/routing/rules", title: t("routing.rules.title"), about: t("routing.rules.about") },
    ...(manages
      ? [
          {
            to: "/routing/dry-run",
            title: t("routing.dryRun.title"),
            about: t("routing.dryRun.about"),
          },
        ]
      : []),
    {
      to: "/routing/availability",
      title: t("routing.availability.title"),
      about: t("routing.availability.about"),
    },
  ];
  return (
    <>
      <h1>{t("routing.title")}</h1>
      <RoutingNav />
      <p>{t("routing.intro")}</p>
      {!manages && <p>{t("routing.readOnly")}</p>}
      <ul className="routing-pages">
        {pages.map((page) => (
          <li key={page.to}>
            <Link to={page.to}>{page.title}</Link>
            <p>{page.about}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
