// The company's teams with their rosters: listed on the teams page, and offered
// wherever a rule or the fallback names a team.
import { useApiPages, useEveryPage, useRefresh } from "../../api/hooks";
import { graphql } from "../../gql";
import type { RoutingTeamsQuery } from "../../gql/graphql";
import { COMPANY_TEAMS } from "../../api/choices";

export const TEAMS = graphql(`
  query RoutingTeams($after: String) {
    tenant {
      teams(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            kind
            roster {
              user {
                id
                name
              }
              active
              manages
              capacity
              weight
            }
          }
        }
      }
    }
  }
`);

export type Team = RoutingTeamsQuery["tenant"]["teams"]["edges"][number]["node"];
export type RosterMember = Team["roster"][number];

export function useTeams() {
  return useApiPages(TEAMS, {}, (result) => result.tenant.teams);
}

/** Every team, to choose one among them. */
export function useEveryTeam() {
  return useEveryPage(useTeams());
}

/** After a change to teams: the routing pages' teams, and the company's teams
 * every page chooses from. */
export function useRefreshTeams() {
  const refresh = useRefresh();
  return () => refresh(TEAMS, COMPANY_TEAMS);
}
