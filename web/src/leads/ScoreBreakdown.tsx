import { useTranslation } from "react-i18next";
import type { Lead } from "./lead";

/** Why the lead has its score: each rule that gave it points. */
export function ScoreBreakdown({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="lead-score-title">
      <h2 id="lead-score-title">{t("lead.score.title")}</h2>
      <p>{t("lead.score.total", { score: lead.score })}</p>
      {lead.scoreBreakdown.length === 0 ? (
        <p>{t("lead.score.none")}</p>
      ) : (
        <table aria-labelledby="lead-score-title">
          <thead>
            <tr>
              <th scope="col">{t("lead.score.rule")}</th>
              <th scope="col">{t("lead.score.points")}</th>
            </tr>
          </thead>
          <tbody>
            {lead.scoreBreakdown.map((contribution) => (
              <tr key={contribution.ruleId}>
                <th scope="row">{contribution.rule}</th>
                <td>{contribution.points > 0 ? `+${contribution.points}` : contribution.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
