import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format";
import type { Lead } from "./lead";

/** Every stage the lead entered, the latest first. */
export function StageHistory({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <section aria-labelledby="lead-history-title">
      <h2 id="lead-history-title">{t("lead.history.title")}</h2>
      <ol reversed>
        {[...lead.stageHistory].reverse().map((change) => (
          <li key={change.changedAt + change.toStage.id}>
            <time dateTime={change.changedAt}>{dateTime(change.changedAt)}</time>:{" "}
            {change.fromStage
              ? t("lead.history.moved", { from: change.fromStage.name, to: change.toStage.name })
              : t("lead.history.created", { stage: change.toStage.name })}
          </li>
        ))}
      </ol>
    </section>
  );
}
