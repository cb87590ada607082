// A routing decision said in words: who would get the lead, through which rule,
// which of its conditions held, and what happened at each target tried.
import { useTranslation } from "react-i18next";
import type { Lookups } from "../lookups";
import { useSentences, type ConditionLike } from "../sentences";
import type { Decision, Step } from "./preview";

export function useDecisionWords(lookups: Lookups) {
  const { t } = useTranslation();
  const sentences = useSentences(lookups);

  /** Who would get it, or which queue would hold it. */
  function outcome({ outcome: what, owner, team }: Decision): string {
    if (what === "ASSIGNED" && owner) {
      return team
        ? t("routing.decision.assignedThrough", { owner: owner.name, team: team.name })
        : t("routing.decision.assigned", { owner: owner.name });
    }
    const queue = team
      ? t("routing.sentences.teamQueue", { team: team.name })
      : t("routing.sentences.unassignedQueue");
    return t("routing.decision.queued", { queue });
  }

  /** Which rule decided, and how many before it did not match. */
  function rule({ ruleName, rule: matched, rulesPassed }: Decision): string[] {
    const said = [
      ruleName
        ? t("routing.decision.rule", { name: ruleName, position: matched?.position ?? "" })
        : t("routing.decision.fallback"),
    ];
    if (ruleName && rulesPassed > 0)
      said.push(t("routing.decision.rulesPassed", { count: rulesPassed }));
    return said;
  }

  /** What happened at one target, a sentence a part. */
  function step(tried: Step): string[] {
    const target = tried.strategy
      ? sentences.destination(tried.target, tried.strategy)
      : sentences.target(tried.target);
    const said = [t("routing.decision.tried", { target })];
    if (tried.gone) said.push(t("routing.decision.gone"));
    if (tried.escalated) said.push(t("routing.decision.escalated"));
    if (tried.stickyOwner)
      said.push(t("routing.decision.stickyOwner", { name: tried.stickyOwner.name }));
    for (const skipped of tried.skipped) {
      said.push(
        t("routing.decision.skipped", {
          name: skipped.user?.name ?? t("routing.sentences.goneMember"),
          reason: t(`routing.decision.reasons.${skipped.reason}`),
        }),
      );
    }
    if (!tried.gone) {
      said.push(
        tried.available === 0
          ? t("routing.decision.nobodyAvailable")
          : t("routing.decision.available", { count: tried.available }),
      );
    }
    if (tried.chosen) said.push(t("routing.decision.chosen", { name: tried.chosen.name }));
    return said;
  }

  const condition = (said: ConditionLike) => sentences.capitalized(sentences.condition(said));

  return { outcome, rule, step, condition };
}
