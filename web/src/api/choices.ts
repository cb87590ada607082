// The company's teams, members, sources and funnel stages: what the filters and
// forms of every part of the app offer to choose from, each list
// fetched whole (the first page is often all there is) and shared by every page
// that shows it. A page that changes one refreshes it beside its own (useRefresh),
// or, for stages, sources and fields, which many pages read, every answer
// (useRefreshChoices).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { graphql } from "../gql";
import { useApiPages, useEveryPage } from "./hooks";

export const COMPANY_TEAMS = graphql(`
  query CompanyTeams($after: String) {
    tenant {
      teams(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

export const COMPANY_MEMBERS = graphql(`
  query CompanyMembers($after: String) {
    tenant {
      members(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const COMPANY_SOURCES = graphql(`
  query CompanySources($after: String) {
    tenant {
      sources(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            cost
          }
        }
      }
    }
  }
`);

export const COMPANY_STAGES = graphql(`
  query CompanyStages($after: String) {
    tenant {
      funnelStages(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            kind
          }
        }
      }
    }
  }
`);

export function useTeams() {
  return useEveryPage(useApiPages(COMPANY_TEAMS, {}, (result) => result.tenant.teams));
}

export function useMembers() {
  return useEveryPage(useApiPages(COMPANY_MEMBERS, {}, (result) => result.tenant.members));
}

export function useSources() {
  return useEveryPage(useApiPages(COMPANY_SOURCES, {}, (result) => result.tenant.sources));
}

/** In the funnel's order. */
export function useStages() {
  return useEveryPage(useApiPages(COMPANY_STAGES, {}, (result) => result.tenant.funnelStages));
}

/** After a change to what pages choose from or show by name (stages, sources,
 * custom fields): many pages read them (the board, routing's conditions, imports'
 * targets, the leads list), so every answer is marked stale; those on screen are
 * asked again now, the rest when next shown. Such changes are rare. */
export function useRefreshChoices(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(), [queryClient]);
}
