// The company's own settings: its name, where phone numbers are read, the time
// zone its days are counted in, its currency, and whether sales reps see every
// lead. Owners and admins change them; others see them.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../api/hooks";
import { Failed, Loading } from "../../ui/states";
import { CompanySettingsForm } from "./CompanySettingsForm";
import { CompanySummary } from "./CompanySummary";
import { TENANT_SETTINGS } from "./settings";
import { useMay } from "../../shell/permissions";

export function CompanySettings() {
  const { t } = useTranslation();
  const mayChange = useMay("CanManageMembers");
  const settings = useApiQuery(TENANT_SETTINGS, {});
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("settings.company.title")}</h2>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <Failed error={settings.error} retry={() => void settings.refetch()} />
      ) : mayChange ? (
        <CompanySettingsForm settings={settings.data.tenant} />
      ) : (
        <>
          <p className="hint">{t("settings.readOnly.company")}</p>
          <CompanySummary settings={settings.data.tenant} />
        </>
      )}
    </section>
  );
}
