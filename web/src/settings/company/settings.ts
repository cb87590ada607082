import { graphql } from "../../gql";

export const TENANT_SETTINGS = graphql(`
  query TenantSettings {
    tenant {
      id
      name
      defaultRegion
      timeZone
      currency
      repsSeeAllLeads
    }
  }
`);
