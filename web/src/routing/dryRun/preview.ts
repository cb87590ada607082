// Who routing would give a lead with these fields to now, and why.
import { graphql } from "../../gql";
import type { RoutingPreviewQuery } from "../../gql/graphql";

export const PREVIEW = graphql(`
  query RoutingPreview($input: CreateLeadInput!, $score: Int!) {
    tenant {
      timeZone
      routingPreview(input: $input, score: $score) {
        decision {
          outcome
          ruleName
          rule {
            id
            position
          }
          match
          conditions {
            holds
            condition {
              field
              operator
              values
              number
              upTo
              customFieldKey
            }
          }
          rulesPassed
          steps {
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
            available
            gone
            escalated
            chosen {
              id
              name
            }
            stickyOwner {
              id
              name
            }
            skipped {
              reason
              user {
                id
                name
              }
            }
          }
          respondBy
          owner {
            id
            name
          }
          team {
            id
            name
          }
        }
        errors {
          field
          code
          message
        }
      }
    }
  }
`);

export type Decision = NonNullable<RoutingPreviewQuery["tenant"]["routingPreview"]["decision"]>;
export type Step = Decision["steps"][number];

/** A decision, and the time zone its times are told in. */
export interface Answer {
  decision: Decision;
  timeZone: string;
}
