import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";
import type { WebhookEndpoint } from "./endpoint";
import { EndpointStatus } from "./EndpointStatus";

/** Where the endpoint is, whether it is on (and why not), and who made it when. */
export function EndpointSummary({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  return (
    <dl className="integrations-details">
      <dt>{t("webhooks.url")}</dt>
      <dd>{endpoint.url}</dd>
      {endpoint.description && (
        <>
          <dt>{t("webhooks.description")}</dt>
          <dd>{endpoint.description}</dd>
        </>
      )}
      <dt>{t("webhooks.status")}</dt>
      <dd>
        <EndpointStatus endpoint={endpoint} />
      </dd>
      <dt>{t("webhooks.created")}</dt>
      <dd>
        {endpoint.createdBy
          ? t("webhooks.createdBy", {
              date: date(endpoint.createdAt),
              name: endpoint.createdBy.name,
            })
          : t("webhooks.createdByNoOne", { date: date(endpoint.createdAt) })}
      </dd>
      {endpoint.secretRotatedAt && (
        <>
          <dt>{t("webhooks.secretRotatedAt")}</dt>
          <dd>{dateTime(endpoint.secretRotatedAt)}</dd>
        </>
      )}
    </dl>
  );
}
