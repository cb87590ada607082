import { useTranslation } from "react-i18next";
import { CopyField } from "../CopyField";
import type { ApiClient } from "./ApiClientList";
import { consentUrl } from "./consent";

/** The consent page's address for this client, ready to hand to its maker; or why
 * it has none. */
export function ConsentLink({ client }: { client: ApiClient }) {
  const { t } = useTranslation();
  const url = consentUrl(window.location.origin, client);
  if (!url) return <p className="hint">{t("apiClients.noConsentPage")}</p>;
  return (
    <CopyField label={t("apiClients.consentUrl")} hint={t("apiClients.consentHint")} value={url} />
  );
}
