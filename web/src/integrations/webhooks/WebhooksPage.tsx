// The company's webhooks: the addresses Leadhub sends its events to, signed. Owners
// and admins add one (its signing secret shown this once) and open each to manage it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { OneTimeSecret, useIssuedSecret } from "../OneTimeSecret";
import { EndpointList } from "./EndpointList";
import { NewEndpointForm } from "./NewEndpointForm";
import { Allowed } from "../../shell/Allowed";
import { Status } from "../../ui/Status";
import "../integrations.css";

/** What a page that sent the person here had to say (an endpoint's page, once it
 * deleted the endpoint). */
export interface WebhooksArrival {
  notice?: string;
}

export function WebhooksPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("webhooks.title")}</h1>
      <p>{t("webhooks.intro")}</p>
      <Allowed capability="ManagesWebhooks" refusal={t("webhooks.managersOnly")}>
        <Webhooks />
      </Allowed>
    </>
  );
}

function Webhooks() {
  const { t } = useTranslation();
  const arrival = useLocation().state as WebhooksArrival | null;
  const [notice, setNotice] = useState(arrival?.notice ?? "");
  const { secret, show: setSecret, stored } = useIssuedSecret("webhook-endpoints-title");
  return (
    <>
      <Status message={notice} className="notice" />
      {secret && (
        <OneTimeSecret
          title={t("webhooks.secretOf", { url: secret.of })}
          label={t("webhooks.signingSecret")}
          secret={secret.value}
          onStored={stored}
        />
      )}
      <EndpointList />
      <NewEndpointForm
        onCreated={(created, issued) => {
          setNotice(created);
          setSecret(issued);
        }}
      />
    </>
  );
}
