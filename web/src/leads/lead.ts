// One lead, with everything its page shows but the timeline (which pages).
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";
import type { LeadDetailsQuery } from "../gql/graphql";

export const LEAD_DETAILS = graphql(`
  query LeadDetails($id: ID!) {
    lead(id: $id) {
      id
      name
      email
      phone
      title
      company
      website
      country
      industry
      expectedValue
      score
      temperature
      tags
      createdAt
      stage {
        id
        name
      }
      owner {
        id
        name
      }
      source {
        id
        name
      }
      scoreBreakdown {
        ruleId
        rule
        points
      }
      routingDecision {
        outcome
        decidedAt
        ruleName
        rulesPassed
        respondBy
        owner {
          id
          name
        }
        team {
          id
          name
        }
        steps {
          skipped {
            reason
            user {
              id
              name
            }
          }
        }
      }
      duplicateCandidates {
        reasons
        lead {
          id
          name
          email
          phone
          company
        }
      }
      stageHistory {
        changedAt
        fromStage {
          id
          name
        }
        toStage {
          id
          name
        }
      }
    }
  }
`);

export type Lead = NonNullable<LeadDetailsQuery["lead"]>;

export function useLead(id: string) {
  return useApiQuery(LEAD_DETAILS, { id });
}
