// /settings: every settings page, and the company's own settings.
import { useTranslation } from "react-i18next";
import { CompanySettings } from "./company/CompanySettings";
import { SettingsLinks } from "./SettingsLinks";

export function SettingsIndex() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("settings.title")}</h1>
      <SettingsLinks />
      <CompanySettings />
    </>
  );
}
