// Goals: targets marketing and sales share, measured by the KPI engine. Their
// documents, and what each metric's figures are.
import { graphql } from "../../gql";
import type { DashboardGoalsQuery, GoalMetric } from "../../gql/graphql";
import type { Unit } from "../figures";

export const GOALS = graphql(`
  query DashboardGoals($after: String) {
    goals(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          metric
          target
          period
          firstDay
          lastDay
          stage {
            id
          }
          fromStage {
            id
          }
          source {
            id
          }
          owners {
            id
            name
          }
          progress {
            value
            expectedByNow
            forecast
            status
          }
        }
      }
    }
  }
`);

export const CREATE_GOAL = graphql(`
  mutation CreateGoal($input: GoalInput!) {
    createGoal(input: $input) {
      goal {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UPDATE_GOAL = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const DELETE_GOAL = graphql(`
  mutation DeleteGoal($input: DeleteGoalInput!) {
    deleteGoal(input: $input) {
      deletedGoalId
      errors {
        field
        code
        message
      }
    }
  }
`);

export type Goal = DashboardGoalsQuery["goals"]["edges"][number]["node"];

/** Every metric, in the order of the lead's way through the funnel. */
export const METRICS: readonly GoalMetric[] = [
  "LEAD_VOLUME",
  "STAGE_REACHED",
  "STAGE_CONVERSION",
  "LEAD_TO_CUSTOMER",
  "RESPONSE_MINUTES",
  "SHARE_OVER_SLA",
  "PIPELINE_VALUE",
  "WINS",
  "WIN_RATE",
  "SALES_VOLUME",
  "AVERAGE_TICKET",
  "SALES_CYCLE_DAYS",
  "CUSTOMER_RETENTION",
  "SOURCE_RETURN",
];

const UNITS: Record<GoalMetric, Unit> = {
  LEAD_VOLUME: "count",
  STAGE_REACHED: "count",
  WINS: "count",
  STAGE_CONVERSION: "share",
  LEAD_TO_CUSTOMER: "share",
  WIN_RATE: "share",
  SHARE_OVER_SLA: "share",
  CUSTOMER_RETENTION: "share",
  SALES_VOLUME: "amount",
  AVERAGE_TICKET: "amount",
  PIPELINE_VALUE: "amount",
  SALES_CYCLE_DAYS: "days",
  RESPONSE_MINUTES: "minutes",
  SOURCE_RETURN: "return",
};

export function unitOf(metric: GoalMetric): Unit {
  return UNITS[metric];
}

// As the platform judges them (analytics/progress.py): what adds up over the
// period has a pace; the rest are levels, to be at the target all along.
const ADDS_UP: ReadonlySet<GoalMetric> = new Set<GoalMetric>([
  "LEAD_VOLUME",
  "STAGE_REACHED",
  "SALES_VOLUME",
  "WINS",
  "PIPELINE_VALUE",
]);
const LOWER_IS_BETTER: ReadonlySet<GoalMetric> = new Set<GoalMetric>([
  "SALES_CYCLE_DAYS",
  "RESPONSE_MINUTES",
  "SHARE_OVER_SLA",
]);

export function addsUp(metric: GoalMetric): boolean {
  return ADDS_UP.has(metric);
}

/** Whether the target is a ceiling. */
export function lowerIsBetter(metric: GoalMetric): boolean {
  return LOWER_IS_BETTER.has(metric);
}

/** How far along the goal is, from 0 to 1: a ceiling's is 1 while it is kept. */
export function fractionDone(metric: GoalMetric, target: number, value: number | null): number {
  if (value === null) return 0;
  if (lowerIsBetter(metric)) return value <= target ? 1 : target / value;
  return Math.min(value / target, 1);
}
