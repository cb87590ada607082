// Rules, conditions and targets said in words: "Leads where country is Norway and
// score is at least 50 go to Team Nord, round robin."
import { useTranslation } from "react-i18next";
import type {
  ConditionMatch,
  ConditionOperator,
  LeadField,
  RoutingStrategy,
  RoutingTargetKind,
  SlaAction,
} from "../gql/graphql";
import { useFormat } from "../ui/format";
import { isChoice, isChoiceField } from "./conditions";
import type { Lookups } from "./lookups";

export interface ConditionLike {
  field: LeadField;
  operator: ConditionOperator;
  values: readonly string[];
  number?: string | null;
  upTo?: string | null;
  customFieldKey?: string | null;
}

export interface TargetLike {
  kind: RoutingTargetKind;
  /** Null once the team is gone, or for the tenant's unassigned queue. */
  team?: { name: string } | null;
  /** Null once they left. */
  user?: { name: string } | null;
}

interface RuleLike {
  match: ConditionMatch;
  conditions: readonly ConditionLike[];
  target: TargetLike;
  strategy: RoutingStrategy;
  sticky: boolean;
  withinWorkingHours: boolean;
  overflow: TargetLike;
  slaMinutes?: number | null;
  slaAction: SlaAction;
}

type TagOperator = "IS_ONE_OF" | "IS_NOT_ONE_OF" | "CONTAINS" | "IS_SET" | "IS_NOT_SET";
const isTagOperator = (operator: ConditionOperator): operator is TagOperator =>
  !["AT_LEAST", "AT_MOST", "BETWEEN"].includes(operator);

export function useSentences(lookups: Lookups) {
  const { t } = useTranslation();
  const { locale, all, anyOf, country, number, minutes } = useFormat();
  const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

  function customField(key: string | null | undefined) {
    return lookups.customFields.find((field) => field.key === key);
  }

  /** The field's name, as a sentence says it. */
  function field(condition: Pick<ConditionLike, "field" | "customFieldKey">): string {
    if (condition.field !== "CUSTOM") return t(`routing.fields.${condition.field}`);
    return customField(condition.customFieldKey)?.label ?? condition.customFieldKey ?? "";
  }

  /** One value a condition compares with, as a person reads it. */
  function value(condition: ConditionLike, given: string): string {
    const { field: name } = condition;
    const upper = given.toUpperCase();
    if (name === "COUNTRY") return country(given);
    if (name === "STAGE") {
      const stage = lookups.stages.find((each) => each.id === given);
      return stage?.name ?? t("routing.sentences.unknownStage");
    }
    if (name === "SOURCE") {
      const source = lookups.sources.find((each) => each.id === given);
      return source?.name ?? t("routing.sentences.unknownSource");
    }
    if (isChoiceField(name) && isChoice(name, upper)) {
      return t(`routing.choices.${upper}`).toLocaleLowerCase(locale);
    }
    if (name === "CUSTOM" && customField(condition.customFieldKey)?.type === "BOOLEAN") {
      return t(given.toLowerCase() === "true" ? "routing.yes" : "routing.no");
    }
    return t("routing.sentences.quoted", { text: given });
  }

  function condition(said: ConditionLike): string {
    const words = {
      field: field(said),
      values: anyOf(said.values.map((given) => value(said, given))),
      number: said.number ? number(Number(said.number)) : "",
      upTo: said.upTo ? number(Number(said.upTo)) : "",
    };
    if (said.field === "TAGS" && isTagOperator(said.operator)) {
      return t(`routing.sentences.tags.${said.operator}`, words);
    }
    return t(`routing.sentences.operators.${said.operator}`, words);
  }

  function target(to: TargetLike): string {
    switch (to.kind) {
      case "TEAM":
        return to.team?.name ?? t("routing.sentences.goneTeam");
      case "USER":
        return to.user?.name ?? t("routing.sentences.goneMember");
      case "QUEUE":
        return to.team
          ? t("routing.sentences.teamQueue", { team: to.team.name })
          : t("routing.sentences.unassignedQueue");
    }
  }

  const strategy = (chosen: RoutingStrategy) => t(`routing.sentences.strategies.${chosen}`);

  /** Where leads go: a team by its strategy, a member, or a queue. */
  function destination(to: TargetLike, by: RoutingStrategy): string {
    if (to.kind !== "TEAM") return target(to);
    return t("routing.sentences.teamBy", { team: target(to), strategy: strategy(by) });
  }

  /** The rule in one sentence: which leads go where. */
  function rule(said: RuleLike): string {
    const which = { target: destination(said.target, said.strategy) };
    if (said.conditions.length === 0) return t("routing.sentences.ruleForEvery", which);
    return capitalized(
      t("routing.sentences.rule", {
        ...which,
        conditions: (said.match === "ANY" ? anyOf : all)(said.conditions.map(condition)),
      }),
    );
  }

  /** The rest of the rule, each part a short sentence. */
  function details(said: RuleLike): string[] {
    const parts: string[] = [];
    if (said.sticky) parts.push(t("routing.sentences.sticky"));
    if (said.withinWorkingHours) parts.push(t("routing.sentences.withinWorkingHours"));
    parts.push(t("routing.sentences.overflow", { target: target(said.overflow) }));
    if (said.slaMinutes) {
      parts.push(
        t(`routing.sentences.sla.${said.slaAction}`, {
          duration: minutes(said.slaMinutes),
        }),
      );
    }
    return parts;
  }

  return { field, condition, target, destination, rule, details, capitalized };
}
