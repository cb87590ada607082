// The company's API clients: partners' apps let in through OAuth 2. Owners and admins
// register one, hand its maker the client id, secret and consent page, give it a
// new secret, or revoke it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OneTimeSecret, useIssuedSecret } from "../OneTimeSecret";
import { ApiClientList } from "./ApiClientList";
import { PartnerSetup } from "./PartnerSetup";
import { RegisterApiClientForm } from "./RegisterApiClientForm";
import { Allowed } from "../../shell/Allowed";
import { Status } from "../../ui/Status";
import "../integrations.css";

export function ApiClientsPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("apiClients.title")}</h1>
      <p>{t("apiClients.intro")}</p>
      <Allowed capability="CanManageApiClients" refusal={t("apiClients.managersOnly")}>
        <ApiClients />
      </Allowed>
    </>
  );
}

function ApiClients() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  const { secret, show: setSecret, stored } = useIssuedSecret("api-clients-title");
  return (
    <>
      <Status message={notice} className="notice" />
      {secret && (
        <OneTimeSecret
          title={t("apiClients.secretOf", { name: secret.of })}
          label={t("apiClients.clientSecret")}
          secret={secret.value}
          onStored={stored}
        />
      )}
      <ApiClientList onChanged={setNotice} onSecret={setSecret} />
      <RegisterApiClientForm
        onRegistered={(registered, issued) => {
          setNotice(registered);
          if (issued) setSecret(issued);
        }}
      />
      <PartnerSetup />
    </>
  );
}
