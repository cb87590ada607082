import { graphql } from "../../gql";
import type { FieldType, SettingsCustomFieldsQuery } from "../../gql/graphql";

export const CUSTOM_FIELDS = graphql(`
  query SettingsCustomFields($after: String) {
    tenant {
      customFields(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            key
            label
            type
            choices
            required
          }
        }
      }
    }
  }
`);

export type CustomField =
  SettingsCustomFieldsQuery["tenant"]["customFields"]["edges"][number]["node"];

export const FIELD_TYPES: readonly FieldType[] = ["TEXT", "NUMBER", "DATE", "BOOLEAN", "CHOICE"];
