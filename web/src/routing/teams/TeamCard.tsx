// One team: its name and kind, its members, and for managers what changes them.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { useRowFaults } from "../../ui/rowFaults";
import { AddMemberForm } from "./AddMemberForm";
import { Roster } from "./Roster";
import { TeamDetailsForm } from "./TeamDetailsForm";
import { type Team, useRefreshTeams } from "./teams";
import { inOwnWords } from "../../api/faults";

const DELETE_TEAM = graphql(`
  mutation DeleteTeam($input: DeleteTeamInput!) {
    deleteTeam(input: $input) {
      deletedTeamId
      errors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  team: Team;
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function TeamCard({ team, manages, onChanged }: Props) {
  const { t } = useTranslation();
  const refreshTeams = useRefreshTeams();
  const remove = useApiMutation(DELETE_TEAM);
  const deleting = useRowFaults();
  const [editing, setEditing] = useState(false);
  const titleId = useId();
  const faultId = useId();
  const fault = deleting.faults[team.id];

  async function deleteTeam() {
    if (!window.confirm(t("routing.teams.confirmDelete", { name: team.name }))) return;
    const deleted = await deleting.attempt(team.id, async () => {
      const { deleteTeam } = await remove.mutateAsync({ input: { teamId: team.id } });
      return inOwnWords(t, "routing.faults", deleteTeam.errors);
    });
    if (deleted) onChanged(t("routing.teams.deleted", { name: team.name }));
    await refreshTeams();
  }

  return (
    <>
      <h3 id={titleId}>{team.name}</h3>
      <p className="routing-details">{t(`routing.teamKinds.${team.kind}`)}</p>
      {manages && (
        <div className="routing-actions">
          <button
            type="button"
            className="secondary"
            aria-expanded={editing}
            aria-label={t("routing.teams.editWhich", { name: team.name })}
            onClick={() => setEditing(!editing)}
          >
            {t("routing.teams.edit")}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={t("routing.teams.deleteWhich", { name: team.name })}
            aria-describedby={fault ? faultId : undefined}
            onClick={() => void deleteTeam()}
          >
            {t("routing.delete")}
          </button>
        </div>
      )}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
      {editing && (
        <TeamDetailsForm
          team={team}
          onSaved={(notice) => {
            setEditing(false);
            onChanged(notice);
          }}
        />
      )}
      <Roster team={team} titleId={titleId} manages={manages} onChanged={onChanged} />
      {manages && <AddMemberForm team={team} onAdded={onChanged} />}
    </>
  );
}
