import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../CopyField";
import { METADATA_PATH } from "./consent";

/** What a partner's developer needs beside their client id: where Leadhub's OAuth
 * endpoints are, and how the consent page fits in. */
export function PartnerSetup() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("apiClients.setup")}</h2>
      <p>{t("apiClients.setupGrants")}</p>
      <p>{t("apiClients.setupConsent")}</p>
      <CopyField
        label={t("apiClients.metadataUrl")}
        hint={t("apiClients.metadataHint")}
        value={`${window.location.origin}${METADATA_PATH}`}
      />
    </section>
  );
}
