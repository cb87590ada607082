// The company's API clients: partners' apps let in through OAuth 2. Owners and admins
// register one, hand its maker the client id, secret and consent page, give it a
// new secret, or revoke it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ManagersOnly } from "../ManagersOnly";
import { OneTimeSecret, type IssuedSecret } from "../OneTimeSecret";
import "../integrations.css";
import { ApiClientList } from "./ApiClientList";
import { PartnerSetup } from "./PartnerSetup";
import { RegisterApiClientForm } from "./RegisterApiClientForm";

export function ApiClientsPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("apiClients.title")}</h1>
      <p>{t("apiClients.intro")}</p>
      <ManagersOnly refusal={t("apiClients.managersOnly")}>
        <ApiClients />
      </ManagersOnly>
    </>
  );
}

function ApiClients() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  const [secret, setSecret] = useState<IssuedSecret | null>(null);
  return (
    <>
      <p role="status" className="notice">
        {notice}
      </p>
      {secret && (
        <OneTimeSecret
          title={t("apiClients.secretOf", { name: secret.of })}
          label={t("apiClients.clientSecret")}
          secret={secret.value}
          onStored={() => setSecret(null)}
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
