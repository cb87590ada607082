// The tenant's routing rules in the order they are tried, and its fallback.
import { graphql } from "../../gql";
import type { RoutingRulesQuery } from "../../gql/graphql";

export const RULES = graphql(`
  query RoutingRules {
    tenant {
      routingRules {
        id
        name
        position
        match
        conditions {
          field
          operator
          values
          number
          upTo
          customFieldKey
        }
        target {
          kind
          team {
            id
            name
          }
          user {
            id
            name
          }
        }
        strategy
        sticky
        withinWorkingHours
        overflow {
          kind
          team {
            id
            name
          }
          user {
            id
            name
          }
        }
        slaMinutes
        slaAction
      }
    }
  }
`);

export type Rule = RoutingRulesQuery["tenant"]["routingRules"][number];

export const FALLBACK = graphql(`
  query RoutingFallback {
    tenant {
      routingFallback {
        target {
          kind
          team {
            id
            name
          }
          user {
            id
            name
          }
        }
        strategy
      }
    }
  }
`);
