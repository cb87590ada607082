import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import { useFormat } from "../../ui/format";
import { MorePages } from "../../ui/MorePages";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import { EndpointStatus } from "./EndpointStatus";
import { EVENT_NAMES } from "./events";
import { endpointPath } from "./paths";

export const WEBHOOK_ENDPOINTS = graphql(`
  query WebhookEndpoints($after: String) {
    tenant {
      webhookEndpoints(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            url
            description
            eventTypes
            enabled
            disabledAt
            disabledReason
            createdAt
          }
        }
      }
    }
  }
`);

/** The company's endpoints, each linked to the page that manages it. */
export function EndpointList() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const endpoints = useApiPages(WEBHOOK_ENDPOINTS, {}, (result) => result.tenant.webhookEndpoints);

  if (endpoints.isPending) return <Loading />;
  if (endpoints.isError) {
    return <Failed error={endpoints.error} retry={() => void endpoints.refetch()} />;
  }
  return (
    <section>
      <h2 id="webhook-endpoints-title">{t("webhooks.list")}</h2>
      {endpoints.nodes?.length === 0 ? (
        <p>{t("webhooks.none")}</p>
      ) : (
        <TableScroll labelledBy="webhook-endpoints-title">
          <table aria-labelledby="webhook-endpoints-title">
            <thead>
              <tr>
                <th scope="col">{t("webhooks.endpoint")}</th>
                <th scope="col">{t("webhooks.eventsLegend")}</th>
                <th scope="col">{t("webhooks.status")}</th>
                <th scope="col">{t("webhooks.created")}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.nodes?.map((endpoint) => (
                <tr key={endpoint.id}>
                  <th scope="row" className="integrations-url">
                    <Link to={endpointPath(endpoint.id)}>{endpoint.url}</Link>
                    {endpoint.description && <p className="hint">{endpoint.description}</p>}
                  </th>
                  <td>{endpoint.eventTypes.map((type) => EVENT_NAMES[type]).join(", ")}</td>
                  <td>
                    <EndpointStatus endpoint={endpoint} />
                  </td>
                  <td>{date(endpoint.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={endpoints} />
    </section>
  );
}
