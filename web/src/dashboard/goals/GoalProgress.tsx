// How a goal stands: a bar of how far along it is, the figures in words, and its
// pace (the status and, for what adds up, how far ahead or behind it is). The
// words carry it all; the bar only shows it.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFigures } from "../figures";
import { addsUp, fractionDone, lowerIsBetter, unitOf, type Goal } from "./goals";

export function GoalProgress({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const figureOf = useFigures();
  const figuresId = useId();
  const unit = unitOf(goal.metric);
  const { value, expectedByNow, status } = goal.progress;
  const target = Number(goal.target);
  const now = value == null ? null : Number(value);
  const done = fractionDone(goal.metric, target, now);
  const figures = t(
    lowerIsBetter(goal.metric) ? "dashboard.goals.ofCeiling" : "dashboard.goals.of",
    {
      value: figureOf(unit, now),
      target: figureOf(unit, target),
    },
  );
  const gap = (now ?? 0) - Number(expectedByNow);
  const judged = status === "ON_PACE" || status === "BEHIND";
  const pace =
    judged && addsUp(goal.metric)
      ? t(gap >= 0 ? "dashboard.goals.ahead" : "dashboard.goals.behind", {
          gap: figureOf(unit, Math.abs(gap)),
          expected: figureOf(unit, expectedByNow),
        })
      : null;
  return (
    <>
      <progress
        className="dashboard-progress"
        max={1}
        value={done}
        aria-label={t("dashboard.goals.progressOf", { name: goal.name })}
        aria-describedby={figuresId}
      />
      <p id={figuresId}>{figures}</p>
      <p>
        <strong>{t(`dashboard.goalStatus.${status}`)}</strong>
        {pace && ` · ${pace}`}
      </p>
    </>
  );
}
