import { useTranslation } from "react-i18next";
import type { TenantSettingsQuery } from "../../gql/graphql";
import { useChoices } from "./choices";

type Settings = TenantSettingsQuery["tenant"];

/** The company's settings, to read. */
export function CompanySummary({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { country, currency } = useChoices();
  const rows = [
    [t("settings.company.name"), settings.name],
    [
      t("settings.company.region"),
      settings.defaultRegion ? country(settings.defaultRegion) : t("settings.company.noRegion"),
    ],
    [t("settings.company.timeZone"), settings.timeZone],
    [t("settings.company.currency"), currency(settings.currency)],
    [
      t("settings.company.repsSeeAllLeads"),
      settings.repsSeeAllLeads ? t("settings.yes") : t("settings.no"),
    ],
  ];
  return (
    <dl>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
