// The leads of a view, a page of 100 at a time as the table scrolls: the server
// filters, orders and counts, so the list is as fast at 100,000 leads as at 100.
import { useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import type { LeadsView } from "./view";

export const LEADS_LIST = graphql(`
  query LeadsList(
    $filter: LeadFilterInput
    $orderBy: LeadOrder!
    $descending: Boolean!
    $after: String
  ) {
    tenant {
      leads(
        first: 100
        after: $after
        filter: $filter
        orderBy: $orderBy
        descending: $descending
      ) {
        totalCount
        totalCountIsCapped
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            email
            phone
            company
            score
            temperature
            expectedValue
            createdAt
            tags
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
          }
        }
      }
    }
  }
`);

export function useLeadsList(view: LeadsView) {
  const pages = useApiPages(LEADS_LIST, view, (result) => result.tenant.leads, {
    keepShowing: true,
  });
  const first = pages.data?.pages[0]?.tenant.leads;
  return {
    ...pages,
    leads: pages.nodes ?? [],
    total: first ? { count: first.totalCount, capped: first.totalCountIsCapped } : null,
  };
}

export type ListedLead = ReturnType<typeof useLeadsList>["leads"][number];
