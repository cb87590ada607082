// What the leads pages offer to choose from: the funnel's stages, the sources and
// the members, each asked once and shared by every page that shows it.
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";

const STAGES = graphql(`
  query LeadStages {
    tenant {
      funnelStages(first: 100) {
        edges {
          node {
            id
            name
            kind
            position
          }
        }
      }
    }
  }
`);

const SOURCES = graphql(`
  query LeadSources {
    tenant {
      sources(first: 200) {
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
  query LeadOwners {
    tenant {
      members(first: 200) {
        edges {
          node {
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

export function useStages() {
  const stages = useApiQuery(STAGES, {});
  return stages.data?.tenant.funnelStages.edges.map((edge) => edge.node) ?? [];
}

export function useSources() {
  const sources = useApiQuery(SOURCES, {});
  return sources.data?.tenant.sources.edges.map((edge) => edge.node) ?? [];
}

/** The members, by name: who a lead can be given to. */
export function useOwners() {
  const members = useApiQuery(MEMBERS, {});
  const users = members.data?.tenant.members.edges.map((edge) => edge.node.user) ?? [];
  return [...users].sort((a, b) => a.name.localeCompare(b.name));
}
