import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMayChange } from "./permissions";

// Every settings page; the integrations' only to those who manage them.
const PAGES = [
  { path: "/settings/sources", name: "sources" },
  { path: "/settings/stages", name: "stages" },
  { path: "/settings/scoring", name: "scoring" },
  { path: "/settings/fields", name: "fields" },
] as const;

const INTEGRATIONS = [
  { path: "/settings/api-clients", name: "apiClients" },
  { path: "/settings/webhooks", name: "webhooks" },
] as const;

export function SettingsLinks() {
  const { t } = useTranslation();
  const titleId = useId();
  const managesIntegrations = useMayChange("integrations");
  const pages = [...PAGES, ...(managesIntegrations ? INTEGRATIONS : [])];
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
