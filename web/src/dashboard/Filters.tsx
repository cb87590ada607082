// The period and whose leads the dashboard counts. Each choice applies at once
// and is kept in the address (view.ts).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { describe } from "../api/faults";
import { Field } from "../ui/Field";
import { SelectField, type Option } from "../ui/SelectField";
import { useMembers, useSources, useTeams } from "../api/choices";
import { PERIOD_CHOICES, calendarPeriod, type PeriodChoice } from "./period";
import { useSettings } from "./settings";
import type { DashboardView, PeriodFaults } from "./view";

interface Props {
  view: DashboardView;
  faults: PeriodFaults;
  onChange: (changes: Partial<DashboardView>) => void;
}

export function Filters({ view, faults, onChange }: Props) {
  const { t } = useTranslation();
  const { today } = useSettings();
  const teams = useTeams();
  const members = useMembers();
  const sources = useSources();

  function choosePeriod(period: PeriodChoice) {
    if (period !== "custom" || view.period === "custom") return onChange({ period });
    // A custom period starts as the one shown, to be narrowed or widened from there.
    const shown = calendarPeriod(view.period, today);
    onChange({ period, from: view.from || shown.firstDay, to: view.to || shown.lastDay });
  }

  const everyone = (label: string): Option => ({ value: "", label });
  const people = (members.nodes ?? [])
    .map(({ user }) => ({ value: user.id, label: user.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form
      className="dashboard-filters"
      aria-label={t("dashboard.filters.title")}
      onSubmit={(event) => event.preventDefault()}
    >
      <Choice>
        <SelectField
          label={t("dashboard.filters.period")}
          value={view.period}
          options={PERIOD_CHOICES.map((choice) => ({
            value: choice,
            label: t(`dashboard.periods.${choice}`),
          }))}
          onChange={(value) => choosePeriod(value as PeriodChoice)}
        />
      </Choice>
      {view.period === "custom" && (
        <>
          <Choice>
            <Field
              label={t("dashboard.filters.from")}
              type="date"
              value={view.from}
              fault={faults.from && t(`dashboard.periodFaults.${faults.from}`)}
              onChange={(event) => onChange({ from: event.target.value })}
            />
          </Choice>
          <Choice>
            <Field
              label={t("dashboard.filters.to")}
              type="date"
              value={view.to}
              fault={faults.to && t(`dashboard.periodFaults.${faults.to}`)}
              onChange={(event) => onChange({ to: event.target.value })}
            />
          </Choice>
        </>
      )}
      <Choice>
        <SelectField
          label={t("dashboard.filters.team")}
          value={view.teamId}
          options={[
            everyone(t("dashboard.filters.allTeams")),
            ...(teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name })),
          ]}
          fault={teams.isError ? describe(t, teams.error) : undefined}
          onChange={(teamId) => onChange({ teamId })}
        />
      </Choice>
      <Choice>
        <SelectField
          label={t("dashboard.filters.user")}
          value={view.userId}
          options={[everyone(t("dashboard.filters.allUsers")), ...people]}
          fault={members.isError ? describe(t, members.error) : undefined}
          onChange={(userId) => onChange({ userId })}
        />
      </Choice>
      <Choice>
        <SelectField
          label={t("dashboard.filters.source")}
          value={view.sourceId}
          options={[
            everyone(t("dashboard.filters.allSources")),
            ...(sources.nodes ?? []).map((source) => ({ value: source.id, label: source.name })),
          ]}
          fault={sources.isError ? describe(t, sources.error) : undefined}
          onChange={(sourceId) => onChange({ sourceId })}
        />
      </Choice>
    </form>
  );
}

/** One filter: its label above its control. */
function Choice({ children }: { children: ReactNode }) {
  return <div className="dashboard-filter">{children}</div>;
}
