// Why the lead would go where it would: the rule, each of its conditions and
// whether the lead met it, and each target tried, with who was skipped and why.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";
import type { Lookups } from "../lookups";
import { useDecisionWords } from "./decisionWords";
import type { Answer } from "./preview";

export function Explanation({ answer, lookups }: { answer: Answer; lookups: Lookups }) {
  const { t } = useTranslation();
  const words = useDecisionWords(lookups);
  const { dateTime } = useFormat();
  const { decision } = answer;
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="routing-explanation">
      <h2 id={titleId}>{t("routing.decision.why")}</h2>
      {words.rule(decision).map((said) => (
        <p key={said}>{said}</p>
      ))}
      {decision.conditions.length > 0 && (
        <>
          <h3>{t(`routing.decision.conditions.${decision.match ?? "ALL"}`)}</h3>
          <ul>
            {decision.conditions.map(({ condition, holds }, index) => (
              <li key={index}>
                <span aria-hidden="true">{holds ? "✓ " : "✗ "}</span>
                {t(holds ? "routing.decision.held" : "routing.decision.notHeld", {
                  condition: words.condition(condition),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("routing.decision.steps")}</h3>
      <ol>
        {decision.steps.map((step, index) => (
          <li key={index}>{words.step(step).join(" ")}</li>
        ))}
      </ol>
      {decision.respondBy && (
        <p>
          {t("routing.decision.respondBy", {
            time: dateTime(decision.respondBy, answer.timeZone),
            zone: answer.timeZone,
          })}
        </p>
      )}
    </section>
  );
}
