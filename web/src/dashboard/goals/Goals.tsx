// The company's goals, latest first, each with its progress and pace; those who
// may set goals add, change and delete them here.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiPages } from "../../api/hooks";
import { useMay } from "../../shell/permissions";
import { MorePages } from "../../ui/MorePages";
import { useFocusLater } from "../../ui/useFocusLater";
import { Failed, Loading } from "../../ui/states";
import { GoalCard } from "./GoalCard";
import { GoalForm } from "./GoalForm";
import { GOALS } from "./goals";

export function Goals({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const sets = useMay("CanManageGoals");
  const goals = useApiPages(GOALS, {}, (result) => result.goals);
  const [adding, setAdding] = useState(false);
  const titleId = useId();
  const newId = useId();
  // A closed form gives focus back to the button that opened it; a goal deleted,
  // to the goals' heading.
  const focusLater = useFocusLater();

  function body() {
    if (goals.isPending) return <Loading />;
    if (goals.isError) return <Failed error={goals.error} retry={() => void goals.refetch()} />;
    if (goals.nodes?.length === 0) return <p>{t("dashboard.goals.empty")}</p>;
    return (
      <ul className="dashboard-goals">
        {goals.nodes?.map((goal) => (
          <GoalCard
            key={goal.id}
            goal={goal}
            sets={sets}
            onChanged={onChanged}
            onDeleted={() => focusLater(titleId)}
          />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("dashboard.goals.title")}</h2>
      {sets &&
        (adding ? (
          <GoalForm
            onDone={(notice) => {
              setAdding(false);
              focusLater(newId);
              if (notice) onChanged(notice);
            }}
          />
        ) : (
          <button type="button" id={newId} onClick={() => setAdding(true)}>
            {t("dashboard.goals.new")}
          </button>
        ))}
      {body()}
      <MorePages pages={goals} />
    </section>
  );
}
