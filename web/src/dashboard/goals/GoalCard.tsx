// One goal: what it measures, over which days, for whom, and how it stands; with
// changing and deleting it for those who set goals.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { useRowFaults } from "../../ui/rowFaults";
import { useDashboardFormat } from "../format";
import { useFocusLater } from "../../ui/useFocusLater";
import { GoalForm } from "./GoalForm";
import { GoalProgress } from "./GoalProgress";
import { DELETE_GOAL, GOALS, type Goal } from "./goals";

interface Props {
  goal: Goal;
  /** Whether the viewer sets goals. */
  sets: boolean;
  onChanged: (notice: string) => void;
  /** Called once the goal is deleted, its card about to go. */
  onDeleted: () => void;
}

export function GoalCard({ goal, sets, onChanged, onDeleted }: Props) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const queryClient = useQueryClient();
  const remove = useApiMutation(DELETE_GOAL);
  const rows = useRowFaults();
  const [editing, setEditing] = useState(false);
  const faultId = useId();
  const fault = rows.faults[goal.id];
  // A form closed gives focus to the goal's heading, where it was opened.
  const headingId = useId();
  const focusLater = useFocusLater();

  async function deleteGoal() {
    if (!window.confirm(t("dashboard.goals.confirmDelete", { name: goal.name }))) return;
    const deleted = await rows.attempt(goal.id, async () => {
      const input = { goalId: goal.id };
      return (await remove.mutateAsync({ input })).deleteGoal.errors;
    });
    if (deleted) {
      onChanged(t("dashboard.goals.deleted", { name: goal.name }));
      onDeleted();
    }
    await queryClient.invalidateQueries({ queryKey: [operationName(GOALS)] });
  }

  if (editing) {
    return (
      <li className="dashboard-goal">
        <GoalForm
          goal={goal}
          onDone={(notice) => {
            setEditing(false);
            focusLater(headingId);
            if (notice) onChanged(notice);
          }}
        />
      </li>
    );
  }
  return (
    <li className="dashboard-goal">
      <h3 id={headingId}>{goal.name}</h3>
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
