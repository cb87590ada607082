import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format";
import type { Lead } from "./lead";

/** Why the lead went to whom it did: the rule that matched, and who was skipped. */
export function RoutingDecision({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const decision = lead.routingDecision;
  return (
    <section aria-labelledby="lead-routing-title">
      <h2 id="lead-routing-title">{t("lead.routing.title")}</h2>
      {!decision ? (
        <p>{t("lead.routing.none")}</p>
      ) : (
        <>
          <p>
            {decision.outcome === "ASSIGNED"
              ? t("lead.routing.assignedTo", { name: decision.owner?.name ?? "?" })
              : t("lead.routing.queued", { team: decision.team?.name ?? "?" })}
            {" · "}
            <time dateTime={decision.decidedAt}>{dateTime(decision.decidedAt)}</time>
          </p>
          <p>
            {decision.ruleName
              ? t("lead.routing.byRule", { rule: decision.ruleName, count: decision.rulesPassed })
              : t("lead.routing.byFallback")}
          </p>
          <ul>
            {decision.steps.flatMap((step) =>
              step.skipped.map((skip, index) => (
                <li key={`${skip.user?.id ?? "gone"}-${index}`}>
                  {t("lead.routing.skipped", {
                    name: skip.user?.name ?? "?",
                    reason: t(`lead.routing.reasons.${skip.reason}`),
                  })}
                </li>
              )),
            )}
          </ul>
          {decision.respondBy && (
            <p>{t("lead.routing.respondBy", { time: dateTime(decision.respondBy) })}</p>
          )}
        </>
      )}
    </section>
  );
}
