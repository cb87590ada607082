// One webhook endpoint: whether it is on and why not, changing it, a test message,
// a new signing secret (shown this once), deleting it, and its delivery log.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Failed, Loading } from "../../ui/states";
import { OneTimeSecret, useIssuedSecret } from "../OneTimeSecret";
import { Deliveries } from "./Deliveries";
import { useEndpoint } from "./endpoint";
import { EndpointActions } from "./EndpointActions";
import { EndpointSettingsForm } from "./EndpointSettingsForm";
import { EndpointSummary } from "./EndpointSummary";
import { WEBHOOKS_PATH } from "./paths";
import { Allowed } from "../../shell/Allowed";
import { Status } from "../../ui/Status";
import "../integrations.css";

const TITLE_ID = "webhook-endpoint-title";

export function EndpointPage() {
  const { t } = useTranslation();
  const { endpointId = "" } = useParams();
  return (
    <>
      <p>
        <Link to={WEBHOOKS_PATH}>{t("webhooks.back")}</Link>
      </p>
      <h1 id={TITLE_ID}>{t("webhooks.endpointTitle")}</h1>
      <Allowed capability="ManagesWebhooks" refusal={t("webhooks.managersOnly")}>
        <Endpoint id={endpointId} />
      </Allowed>
    </>
  );
}

function Endpoint({ id }: { id: string }) {
  const { t } = useTranslation();
  const found = useEndpoint(id);
  const [notice, setNotice] = useState("");
  const { secret, show: setSecret, stored } = useIssuedSecret(TITLE_ID);

  if (found.isPending) return <Loading />;
  if (found.isError) return <Failed error={found.error} retry={() => void found.refetch()} />;
  const { endpoint } = found;
  if (!endpoint) return <p role="alert">{t("webhooks.notFound")}</p>;
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
      <EndpointSummary endpoint={endpoint} />
      <EndpointSettingsForm endpoint={endpoint} onSaved={setNotice} />
      <EndpointActions endpoint={endpoint} onChanged={setNotice} onSecret={setSecret} />
      <Deliveries endpointId={endpoint.id} onChanged={setNotice} />
    </>
  );
}
