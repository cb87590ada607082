// The company's teams, members, sources and funnel stages: what the filters and
// the goals offer to choose from. The first page is often all there is.
import { graphql } from "../gql";
import { useApiPages, useEveryPage } from "../api/hooks";

const TEAMS = graphql(`
  query DashboardTeams($after: String) {
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
  query DashboardMembers($after: String) {
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
  query DashboardSources($after: String) {
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
  query DashboardStages($after: String) {
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
