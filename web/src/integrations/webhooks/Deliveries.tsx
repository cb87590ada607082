import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import type { WebhookDeliveriesQuery } from "../../gql/graphql";
import { MorePages } from "../../ui/MorePages";
import { useRowFaults } from "../../ui/rowFaults";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { useFormat } from "../../ui/format";
import { useRefresh } from "../../api/hooks";

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!, $after: String) {
    node(id: $endpointId) {
      __typename
      ... on WebhookEndpoint {
        id
        deliveries(first: 20, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              eventType
              status
              attempts
              lastStatusCode
              lastError
              nextAttemptAt
              createdAt
            }
          }
        }
      }
    }
  }
`);

const REDELIVER = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      webhookDelivery {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Log = Extract<NonNullable<WebhookDeliveriesQuery["node"]>, { __typename: "WebhookEndpoint" }>;
type Delivery = Log["deliveries"]["edges"][number]["node"];

// The log of an endpoint deleted meanwhile.
const NO_DELIVERIES: Log["deliveries"] = { pageInfo: { hasNextPage: false }, edges: [] };

interface Props {
  endpointId: string;
  onChanged: (notice: string) => void;
}

/** The endpoint's delivery log, newest first: how each event went, and sending one
 * again. Attempts go on in the background, so the log can be asked for afresh. */
export function Deliveries({ endpointId, onChanged }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const refresh = useRefresh();
  const deliveries = useApiPages(WEBHOOK_DELIVERIES, { endpointId }, ({ node }) =>
    node?.__typename === "WebhookEndpoint" ? node.deliveries : NO_DELIVERIES,
  );
  const redeliver = useApiMutation(REDELIVER);
  const rows = useRowFaults();

  async function sendAgain(delivery: Delivery) {
    const sent = await rows.attempt(delivery.id, async () => {
      const input = { webhookDeliveryId: delivery.id };
      return (await redeliver.mutateAsync({ input })).redeliverWebhook.errors;
    });
    if (sent) onChanged(t("webhooks.redelivered", { event: delivery.eventType }));
    await refresh(WEBHOOK_DELIVERIES);
  }

  if (deliveries.isPending) return <Loading />;
  if (deliveries.isError) {
    return <Failed error={deliveries.error} retry={() => void deliveries.refetch()} />;
  }
  return (
    <section>
      <h2 id="webhook-deliveries-title">{t("webhooks.deliveries")}</h2>
      <button
        type="button"
        className="secondary"
        disabled={deliveries.isRefetching}
        onClick={() => void deliveries.refetch()}
      >
        {deliveries.isRefetching ? t("app.loading") : t("webhooks.refreshLog")}
      </button>
      {deliveries.nodes?.length === 0 ? (
        <p>{t("webhooks.noDeliveries")}</p>
      ) : (
        <TableScroll labelledBy="webhook-deliveries-title">
          <table aria-labelledby="webhook-deliveries-title">
            <thead>
              <tr>
                <th scope="col">{t("webhooks.event")}</th>
                <th scope="col">{t("webhooks.status")}</th>
                <th scope="col">{t("webhooks.attempts")}</th>
                <th scope="col">{t("webhooks.lastAnswer")}</th>
                <th scope="col">{t("webhooks.nextAttempt")}</th>
                <th scope="col">{t("webhooks.created")}</th>
                <th scope="col">{t("webhooks.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.nodes?.map((delivery) => {
                const fault = rows.faults[delivery.id];
                const faultId = `delivery-fault-${delivery.id}`;
                const created = dateTime(delivery.createdAt);
                return (
                  <tr key={delivery.id}>
                    <th scope="row">
                      <code>{delivery.eventType}</code>
                    </th>
                    <td>{t(`webhooks.deliveryStatus.${delivery.status}`)}</td>
                    <td>{delivery.attempts}</td>
                    <td>
                      {delivery.lastStatusCode !== null &&
                        t("webhooks.httpStatus", { code: delivery.lastStatusCode })}
                      {delivery.lastError && <p className="hint">{delivery.lastError}</p>}
                    </td>
                    <td>{delivery.nextAttemptAt && dateTime(delivery.nextAttemptAt)}</td>
                    <td>{created}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t("webhooks.redeliverFor", {
                          event: delivery.eventType,
                          when: created,
                        })}
                        aria-describedby={fault ? faultId : undefined}
                        onClick={() => void sendAgain(delivery)}
                      >
                        {t("webhooks.redeliver")}
                      </button>
                      {fault && (
                        <p id={faultId} className="fault">
                          {fault}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={deliveries} />
    </section>
  );
}
