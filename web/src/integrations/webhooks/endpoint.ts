// One endpoint, as its page shows it.
import { useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import type { WebhookEndpointQuery } from "../../gql/graphql";

export const WEBHOOK_ENDPOINT = graphql(`
  query WebhookEndpoint($id: ID!) {
    node(id: $id) {
      __typename
      ... on WebhookEndpoint {
        id
        url
        description
        eventTypes
        enabled
        disabledAt
        disabledReason
        createdAt
        secretRotatedAt
        createdBy {
          id
          name
        }
      }
    }
  }
`);

export type WebhookEndpoint = Extract<
  NonNullable<WebhookEndpointQuery["node"]>,
  { __typename: "WebhookEndpoint" }
>;

/** The endpoint; its ``endpoint`` is null when there is none by that id (or it is
 * not one to see). */
export function useEndpoint(id: string) {
  const found = useApiQuery(WEBHOOK_ENDPOINT, { id });
  const node = found.data?.node;
  return { ...found, endpoint: node?.__typename === "WebhookEndpoint" ? node : null };
}
