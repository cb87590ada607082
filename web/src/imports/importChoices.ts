// What a draft's settings choose among: the sources a list's leads may come from
// (not referrals, which name the customer who gave each) and the custom fields a
// column may fill. A page of each: a company has far fewer.
import { graphql } from "../gql";
import type { ImportChoicesQuery } from "../gql/graphql";

export const IMPORT_CHOICES = graphql(`
  query ImportChoices {
    tenant {
      sources(first: 200) {
        edges {
          node {
            id
            name
            kind
          }
        }
      }
      customFields(first: 200) {
        edges {
          node {
            id
            key
            label
          }
        }
      }
    }
  }
`);

export interface Choices {
  sources: { id: string; name: string }[];
  customFields: { key: string; label: string }[];
}

export function choicesOf({ tenant }: ImportChoicesQuery): Choices {
  return {
    sources: tenant.sources.edges
      .map((edge) => edge.node)
      .filter((source) => source.kind !== "REFERRAL"),
    customFields: tenant.customFields.edges.map((edge) => edge.node),
  };
}
