import { graphql } from "../../gql";
import type { SettingsScoringRulesQuery } from "../../gql/graphql";

// A company has 100 scoring rules at most: one page holds them all.
export const SCORING_RULES = graphql(`
  query SettingsScoringRules {
    tenant {
      scoringRules(first: 100) {
        edges {
          node {
            id
            name
            kind
            points
            fit {
              field
              operator
              values
              number
              customFieldKey
            }
            engagement {
              activityKind
              halfLifeDays
            }
          }
        }
      }
    }
  }
`);

export type Rule = SettingsScoringRulesQuery["tenant"]["scoringRules"]["edges"][number]["node"];
