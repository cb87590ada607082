import type { TFunction } from "i18next";
import type { TeamKind } from "../../gql/graphql";
import type { Option } from "../../ui/SelectField";

/** Sales teams take the leads routing hands out; marketing teams nurture them. */
const TEAM_KINDS: readonly TeamKind[] = ["SALES", "MARKETING"];

export function teamKindOptions(t: TFunction): Option[] {
  return TEAM_KINDS.map((kind) => ({ value: kind, label: t(`routing.teamKinds.${kind}`) }));
}
