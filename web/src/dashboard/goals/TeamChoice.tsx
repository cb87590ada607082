import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../ui/CheckboxField";
import { useTeams } from "../../api/choices";

interface Props {
  chosen: string[];
  fault?: string;
  onChange: (teamIds: string[]) => void;
}

/** The teams that own a goal: marketing's and sales' together. */
export function TeamChoice({ chosen, fault, onChange }: Props) {
  const { t } = useTranslation();
  const teams = useTeams();
  const faultId = useId();
  const toggle = (teamId: string, on: boolean) =>
    onChange(on ? [...chosen, teamId] : chosen.filter((id) => id !== teamId));
  return (
    <>
      <fieldset className="dashboard-teams" aria-describedby={fault ? faultId : undefined}>
        <legend>{t("dashboard.goals.teams")}</legend>
        {teams.nodes?.length === 0 && <p className="hint">{t("dashboard.goals.noTeams")}</p>}
        {teams.nodes?.map((team) => (
          <CheckboxField
            key={team.id}
            label={team.name}
            checked={chosen.includes(team.id)}
            onChange={(event) => toggle(team.id, event.target.checked)}
          />
        ))}
      </fieldset>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
