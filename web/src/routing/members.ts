// The company's members, to put on a team or to send leads to.
import { useApiPages, useEveryPage } from "../api/hooks";
import { graphql } from "../gql";

const MEMBERS = graphql(`
  query RoutingMembers($after: String) {
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

/** Every member, page after page. */
export function useMembers() {
  return useEveryPage(useApiPages(MEMBERS, {}, (result) => result.tenant.members));
}
