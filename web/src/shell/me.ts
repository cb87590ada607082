// Who is logged in: their name, language and every company they belong to.
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";

export const ME = graphql(`
  query Me {
    me {
      user {
        id
        name
        email
      }
      language
      memberships {
        id
        role
        tenant {
          id
          name
          currency
          timeZone
        }
      }
    }
  }
`);

export function useMe() {
  return useApiQuery(ME, {}, { inTenant: false });
}
