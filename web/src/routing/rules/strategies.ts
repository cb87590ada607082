import type { TFunction } from "i18next";
import type { RoutingStrategy } from "../../gql/graphql";
import type { Option } from "../../ui/SelectField";

const STRATEGIES: readonly RoutingStrategy[] = [
  "ROUND_ROBIN",
  "WEIGHTED_ROUND_ROBIN",
  "LEAST_LOADED",
];

/** How a team's member is chosen, as choices. */
export function strategyOptions(t: TFunction): Option[] {
  return STRATEGIES.map((strategy) => ({
    value: strategy,
    label: t(`routing.strategies.${strategy}`),
  }));
}
