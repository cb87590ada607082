// What the board reads: the funnel's stages, and each stage's leads.
import { graphql } from "../gql";
import type { BoardLeadsQuery, BoardStagesQuery } from "../gql/graphql";

export const BOARD_STAGES = graphql(`
  query BoardStages {
    tenant {
      id
      currency
      repsSeeAllLeads
      # A funnel has 63 stages at most: one page holds them all.
      funnelStages(first: 100) {
        edges {
          node {
            id
            name
            kind
            milestone
            winProbability
          }
        }
      }
    }
  }
`);

/** One stage's leads, the highest score first. */
export const BOARD_LEADS = graphql(`
  query BoardLeads($filter: LeadFilterInput!, $after: String) {
    tenant {
      leads(first: 20, after: $after, filter: $filter, orderBy: SCORE, descending: true) {
        totalCount
        totalCountIsCapped
        expectedValueTotal
        expectedValueTotalIsCapped
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            company
            expectedValue
            score
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type Stage = BoardStagesQuery["tenant"]["funnelStages"]["edges"][number]["node"];
export type BoardLead = BoardLeadsQuery["tenant"]["leads"]["edges"][number]["node"];
/** What the API counts and sums of a column's leads, every page of them. */
export type ColumnSums = Omit<BoardLeadsQuery["tenant"]["leads"], "edges" | "pageInfo">;
