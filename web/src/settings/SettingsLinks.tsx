import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { may } from "../shell/permissions";
import { useViewer } from "../shell/viewer";

// Every settings page; the integrations' only to those who may manage them.
const PAGES = [
  { path: "/settings/sources", name: "sources" },
  { path: "/settings/stages", name: "stages" },
  { path: "/settings/scoring", name: "scoring" },
  { path: "/settings/fields", name: "fields" },
] as const;

const INTEGRATIONS = [
  { path: "/settings/api-clients", name: "apiClients", capability: "CanManageApiClients" },
  { path: "/settings/webhooks", name: "webhooks", capability: "ManagesWebhooks" },
] as const;

export function SettingsLinks() {
  const { t } = useTranslation();
  const titleId = useId();
  const viewer = useViewer();
  const integrations = INTEGRATIONS.filter(({ capability }) => may(viewer, capability));
  const pages = [...PAGES, ...integrations];
  return (
    <nav aria-labelledby={titleId}>
      <h2 id={titleId}>{t("settings.pages")}</h2>
      <ul>
        {pages.map(({ path, name }) => (
          <li key={path}>
            <Link to={path}>{t(`settings.links.${name}.title`)}</Link>
            <p className="hint">{t(`settings.links.${name}.about`)}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
