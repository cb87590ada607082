// How far an import has come: a progress bar, and its counts in words.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ImportProgress } from "../gql/graphql";
import { useFormat } from "../ui/format";

const COUNTS = ["created", "updated", "skipped", "failed"] as const;
const MINUTE = 60;

type Progress = Pick<ImportProgress, "totalRows" | "read" | "percent" | "secondsLeft"> &
  Pick<ImportProgress, (typeof COUNTS)[number]>;

export function ProgressReport({ progress, running }: { progress: Progress; running: boolean }) {
  const { t } = useTranslation();
  const { number, percent } = useFormat();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t("imports.run.progress")}</label>
      <progress
        id={id}
        className="imports-progress"
        max={progress.totalRows || 1}
        value={progress.read}
      >
        {percent(progress.percent / 100)}
      </progress>
      <p>
        {t("imports.run.read", {
          read: number(progress.read),
          total: number(progress.totalRows),
          percent: percent(progress.percent / 100),
        })}
        {running && <TimeLeft seconds={progress.secondsLeft} />}
      </p>
      <dl className="imports-counts">
        {COUNTS.map((count) => (
          <div key={count}>
            <dt>{t(`imports.counts.${count}`)}</dt>
            <dd>{number(progress[count])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function TimeLeft({ seconds }: { seconds?: number | null }) {
  const { t } = useTranslation();
  if (seconds === null || seconds === undefined) return ` ${t("imports.run.estimating")}`;
  if (seconds < MINUTE) return ` ${t("imports.run.underAMinute")}`;
  return ` ${t("imports.run.minutesLeft", { count: Math.ceil(seconds / MINUTE) })}`;
}
