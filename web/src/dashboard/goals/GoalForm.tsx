// Setting a goal, or changing one: what it measures, its target, its period and
// the teams that own it.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import type { GoalPeriod } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { useDashboardFormat } from "../format";
import { useSettings } from "../settings";
import { byField, draftOf, inputOf, type Draft } from "./draft";
import { GoalMeasures } from "./GoalMeasures";
import { CREATE_GOAL, GOALS, METRICS, UPDATE_GOAL, unitOf, type Goal } from "./goals";
import { TeamChoice } from "./TeamChoice";

const PERIODS: readonly GoalPeriod[] = ["MONTH", "QUARTER", "CUSTOM"];

interface Props {
  /** The goal to change; none for a new one. */
  goal?: Goal;
  /** Called once it is saved (with the notice to show), or given up. */
  onDone: (notice?: string) => void;
}

export function GoalForm({ goal, onDone }: Props) {
  const { t } = useTranslation();
  const { today, currency } = useSettings();
  const { plain } = useDashboardFormat();
  const queryClient = useQueryClient();
  const create = useApiMutation(CREATE_GOAL);
  const update = useApiMutation(UPDATE_GOAL);
  const [draft, setDraft] = useState<Draft>(() => draftOf(goal, today, plain));
  const change = (changes: Partial<Draft>) => setDraft((earlier) => ({ ...earlier, ...changes }));

  const form = useForm(async () => {
    const input = inputOf(draft, {
      targetNotNumber: t("dashboard.goals.targetNotNumber"),
      noDay: t("dashboard.goals.noDay"),
    });
    if (Array.isArray(input)) return input;
    const { goal: saved, errors } = goal
      ? (await update.mutateAsync({ input: { goalId: goal.id, ...input } })).updateGoal
      : (await create.mutateAsync({ input })).createGoal;
    if (saved) {
      await queryClient.invalidateQueries({ queryKey: [operationName(GOALS)] });
      onDone(t(goal ? "dashboard.goals.saved" : "dashboard.goals.created", { name: saved.name }));
    }
    return byField(errors);
  });

  const unit = unitOf(draft.metric);
  return (
    <div className="dashboard-goal-form">
      <Form
        form={form}
        label={
          goal ? t("dashboard.goals.editWhich", { name: goal.name }) : t("dashboard.goals.new")
        }
        submit={goal ? t("dashboard.goals.save") : t("dashboard.goals.create")}
        busy={t("dashboard.goals.saving")}
      >
        <Field
          label={t("dashboard.goals.name")}
          required
          autoFocus
          value={draft.name}
          fault={form.faults.name}
          onChange={(event) => change({ name: event.target.value })}
        />
        <SelectField
          label={t("dashboard.goals.metric")}
          value={draft.metric}
          options={METRICS.map((metric) => ({
            value: metric,
            label: t(`dashboard.metrics.${metric}`),
          }))}
          fault={form.faults.metric}
          onChange={(metric) => change({ metric: metric as Draft["metric"] })}
        />
        <GoalMeasures draft={draft} faults={form.faults} onChange={change} />
        <Field
          label={t("dashboard.goals.target")}
          hint={t(`dashboard.targetHints.${unit}`, { currency })}
          inputMode="decimal"
          required
          value={draft.target}
          fault={form.faults.target}
          onChange={(event) => change({ target: event.target.value })}
        />
        <SelectField
          label={t("dashboard.goals.period")}
          value={draft.period}
          options={PERIODS.map((period) => ({
            value: period,
            label: t(`dashboard.goalPeriods.${period}`),
          }))}
          fault={form.faults.period}
          onChange={(period) => change({ period: period as GoalPeriod })}
        />
        <Field
          label={t(draft.period === "CUSTOM" ? "dashboard.goals.firstDay" : "dashboard.goals.aDay")}
          hint={draft.period === "CUSTOM" ? undefined : t(`dashboard.goals.covers.${draft.period}`)}
          type="date"
          required
          value={draft.firstDay}
          fault={form.faults.firstDay}
          onChange={(event) => change({ firstDay: event.target.value })}
        />
        {draft.period === "CUSTOM" && (
          <Field
            label={t("dashboard.goals.lastDay")}
            type="date"
            required
            value={draft.lastDay}
            fault={form.faults.lastDay}
            onChange={(event) => change({ lastDay: event.target.value })}
          />
        )}
        <TeamChoice
          chosen={draft.teamIds}
          fault={form.faults.teamIds}
          onChange={(teamIds) => change({ teamIds })}
        />
      </Form>
      <button type="button" className="secondary" onClick={() => onDone()}>
        {t("dashboard.goals.cancel")}
      </button>
    </div>
  );
}
