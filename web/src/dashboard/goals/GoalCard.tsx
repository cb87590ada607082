// One goal: what it measures, over which days, for whom, and how it stands; with
// changing and deleting it for those who set goals.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { useRowFaults } from "../../ui/rowFaults";
import { useDashboardFormat } from "../format";
import { GoalForm } from "./GoalForm";
import { GoalProgress } from "./GoalProgress";
import { DELETE_GOAL, GOALS, type Goal } from "./goals";

interface Props {
  goal: Goal;
  /** Whether the viewer sets goals. */
  sets: boolean;
  onChanged: (notice: string) => void;
}

export function GoalCard({ goal, sets, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const queryClient = useQueryClient();
  const remove = useApiMutation(DELETE_GOAL);
  const rows = useRowFaults();
  const [editing, setEditing] = useState(false);
  const faultId = useId();
  const fault = rows.faults[goal.id];

  async function deleteGoal() {
    if (!window.confirm(t("dashboard.goals.confirmDelete", { name: goal.name }))) return;
    const deleted = await rows.attempt(goal.id, async () => {
      const input = { goalId: goal.id };
      return (await remove.mutateAsync({ input })).deleteGoal.errors;
    });
    if (deleted) onChanged(t("dashboard.goals.deleted", { name: goal.name }));
    await queryClient.invalidateQueries({ queryKey: [operationName(GOALS)] });
  }

  if (editing) {
    return (
      <li className="dashboard-goal">
        <GoalForm
          goal={goal}
          onDone={(notice) => {
            setEditing(false);
            if (notice) onChanged(notice);
          }}
        />
      </li>
    );
  }
  return (
    <li className="dashboard-goal">
      <h3>{goal.name}</h3>
      <p className="hint">
        {t(`dashboard.metrics.${goal.metric}`)} · {format.days(goal.firstDay, goal.lastDay)}
      </p>
      <p className="hint">
        {t("dashboard.goals.owners", { teams: format.list(goal.owners.map((team) => team.name)) })}
      </p>
      <GoalProgress goal={goal} />
      {sets && (
        <div className="dashboard-actions">
          <button
            type="button"
            className="secondary"
            aria-label={t("dashboard.goals.editWhich", { name: goal.name })}
            onClick={() => setEditing(true)}
          >
            {t("dashboard.goals.edit")}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={t("dashboard.goals.deleteWhich", { name: goal.name })}
            aria-describedby={fault ? faultId : undefined}
            onClick={() => void deleteGoal()}
          >
            {t("dashboard.goals.delete")}
          </button>
        </div>
      )}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </li>
  );
}
