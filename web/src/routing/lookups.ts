// What a rule's conditions name by id or key: funnel stages, sources and custom
// fields, for choosing them and for saying a rule in words.
import { useSources } from "../api/choices";
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";
import type { RoutingFieldChoicesQuery } from "../gql/graphql";

const FIELD_CHOICES = graphql(`
  query RoutingFieldChoices {
    tenant {
      funnelStages(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
      customFields(first: 200) {
        edges {
          node {
            key
            label
            type
            choices
          }
        }
      }
    }
  }
`);

export type CustomField =
  RoutingFieldChoicesQuery["tenant"]["customFields"]["edges"][number]["node"];

export interface Named {
  id: string;
  name: string;
}

export interface Lookups {
  stages: Named[];
  sources: Named[];
  customFields: CustomField[];
}

/** The stages (a funnel has at most 63), the custom fields and every source. */
export function useLookups() {
  const choices = useApiQuery(FIELD_CHOICES, {});
  const sources = useSources();
  const tenant = choices.data?.tenant;
  const lookups: Lookups = {
    stages: tenant?.funnelStages.edges.map((edge) => edge.node) ?? [],
    customFields: tenant?.customFields.edges.map((edge) => edge.node) ?? [],
    sources: sources.nodes ?? [],
  };
  return {
    lookups,
    isPending: choices.isPending || sources.isPending,
    error: choices.error ?? sources.error,
    retry: () => void Promise.all([choices.refetch(), sources.refetch()]),
  };
}
