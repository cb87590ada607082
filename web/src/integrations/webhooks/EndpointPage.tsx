// One webhook endpoint: whether it is on and why not, changing it, a test message,
// a new signing secret (shown this once), deleting it, and its delivery log.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Failed, Loading } from "../../ui/states";
import { ManagersOnly } from "../ManagersOnly";
import { OneTimeSecret, type IssuedSecret } from "../OneTimeSecret";
import "../integrations.css";
import { Deliveries } from "./Deliveries";
import { useEndpoint } from "./endpoint";
import { EndpointActions } from "./EndpointActions";
import { EndpointSettingsForm } from "./EndpointSettingsForm";
import { EndpointSummary } from "./EndpointSummary";
import { WEBHOOKS_PATH } from "./paths";

export function EndpointPage() {
  const { t } = useTranslation();
  const { endpointId = "" } = useParams();
  return (
    <>
      <p>
        <Link to={WEBHOOKS_PATH}>{t("webhooks.back")}</Link>
      </p>
      <h1>{t("webhooks.endpointTitle")}</h1>
      <ManagersOnly refusal={t("webhooks.managersOnly")}>
        <Endpoint id={endpointId} />
      </ManagersOnly>
    </>
  );
}

function Endpoint({ id }: { id: string }) {
  const { t } = useTranslation();
  const found = useEndpoint(id);
  const [notice, setNotice] = useState("");
  const [secret, setSecret] = useState<IssuedSecret | null>(null);

  if (found.isPending) return <Loading />;
  if (found.isError) return <Failed error={found.error} retry={() => void found.refetch()} />;
  const { endpoint } = found;
  if (!endpoint) return <p role="alert">{t("webhooks.notFound")}</p>;
  return (
    <>
      <p role="status" className="notice">
        {notice}
      </p>
      {secret && (
        <OneTimeSecret
          title={t("webhooks.secretOf", { url: secret.of })}
          label={t("webhooks.signingSecret")}
          secret={secret.value}
          onStored={() => setSecret(null)}
        />
      )}
      <EndpointSummary endpoint={endpoint} />
      <EndpointSettingsForm endpoint={endpoint} onSaved={setNotice} />
      <EndpointActions endpoint={endpoint} onChanged={setNotice} onSecret={setSecret} />
      <Deliveries endpointId={endpoint.id} onChanged={setNotice} />
    </>
  );
}
