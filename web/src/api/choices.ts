// The company's teams, members, sources and funnel stages: what the filters and
// forms of every part of the app offer to choose from, each list
// fetched whole (the first page is often all there is) and shared by every page
// that shows it.
import { graphql } from "../gql";
import { useApiPages, useEveryPage } from "./hooks";

const TEAMS = graphql(`
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

const MEMBERS = graphql(`
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

const SOURCES = graphql(`
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

const STAGES = graphql(`
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
  return useEveryPage(useApiPages(TEAMS, {}, (result) => result.tenant.teams));
}

export function useMembers() {
  return useEveryPage(useApiPages(MEMBERS, {}, (result) => result.tenant.members));
}

export function useSources() {
  return useEveryPage(useApiPages(SOURCES, {}, (result) => result.tenant.sources));
}

/** In the funnel's order. */
export function useStages() {
  return useEveryPage(useApiPages(STAGES, {}, (result) => result.tenant.funnelStages));
}
