import { graphql } from "../../gql";
import type { SettingsFunnelStagesQuery, StageKind } from "../../gql/graphql";

// A funnel holds 63 stages at most, so one page of 100 is the whole funnel, as
// reordering needs: it names every stage.
export const FUNNEL_STAGES = graphql(`
  query SettingsFunnelStages {
    tenant {
      funnelStages(first: 100) {
        edges {
          node {
            id
            name
            position
            kind
            winProbability
            milestone
            routesLeads
          }
        }
      }
    }
  }
`);

export type Stage = SettingsFunnelStagesQuery["tenant"]["funnelStages"]["edges"][number]["node"];

export const STAGE_KINDS: readonly StageKind[] = ["OPEN", "WON", "LOST"];

/** The stage ids in the order the funnel would have with ``stage`` one place
 * earlier (``by`` -1) or later (1). */
export function movedOrder(stages: readonly Stage[], stage: Stage, by: -1 | 1): string[] {
  const ids = stages.map(({ id }) => id);
  const from = ids.indexOf(stage.id);
  const to = from + by;
  [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
  return ids;
}
