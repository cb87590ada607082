import { graphql } from "../../gql";
import type { SettingsSourcesQuery, SourceKind } from "../../gql/graphql";

export const SOURCES = graphql(`
  query SettingsSources($after: String) {
    tenant {
      sources(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            kind
            campaign
            eventDate
            cost
          }
        }
      }
    }
  }
`);

export type Source = SettingsSourcesQuery["tenant"]["sources"]["edges"][number]["node"];

/** Every kind of source, as DOMAIN.md lists them. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  "REFERRAL",
  "ADVERTISING",
  "PURCHASED_LIST",
  "EMAIL_CAMPAIGN",
  "WEBINAR",
  "SEMINAR",
  "TRADE_FAIR",
  "PEER_MEETING",
  "SPONSORED_EVENT",
  "INBOUND_CONTENT",
  "SOCIAL_MEDIA",
  "NETWORKING",
  "LOCAL_ADVERTISING",
  "WEB_FORM",
  "LIVE_CHAT",
  "RECYCLED",
];
