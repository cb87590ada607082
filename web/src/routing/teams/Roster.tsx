// A team's members and their part in its routing; managers remove them, and open a
// member's page to change their part (a member opens their own for their hours).
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { useViewer } from "../../shell/viewer";
import { useRowFaults } from "../../ui/rowFaults";
import { TableScroll } from "../../ui/TableScroll";
import { type RosterMember, type Team, useRefreshTeams } from "./teams";
import { inOwnWords } from "../../api/faults";

const REMOVE_MEMBER = graphql(`
  mutation RemoveTeamMember($input: TeamMemberInput!) {
    removeTeamMember(input: $input) {
      team {
        id
      }
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
  /** The id of the team's heading, which names the table. */
  titleId: string;
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function Roster({ team, titleId, manages, onChanged }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const refreshTeams = useRefreshTeams();
  const remove = useApiMutation(REMOVE_MEMBER);
  const rows = useRowFaults();

  async function removeMember(member: RosterMember) {
    const names = { name: member.user.name, team: team.name };
    if (!window.confirm(t("routing.roster.confirmRemove", names))) return;
    const removed = await rows.attempt(member.user.id, async () => {
      const input = { teamId: team.id, userId: member.user.id };
      return inOwnWords(
        t,
        "routing.faults",
        (await remove.mutateAsync({ input })).removeTeamMember.errors,
      );
    });
    if (removed) onChanged(t("routing.roster.removed", names));
    await refreshTeams();
  }

  if (team.roster.length === 0) return <p>{t("routing.roster.empty")}</p>;
  return (
    <TableScroll labelledBy={titleId}>
      <table aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t("routing.roster.name")}</th>
            <th scope="col">{t("routing.roster.active")}</th>
            <th scope="col">{t("routing.roster.manages")}</th>
            <th scope="col">{t("routing.roster.capacity")}</th>
            <th scope="col">{t("routing.roster.weight")}</th>
            <th scope="col">{t("routing.roster.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {team.roster.map((member) => {
            const isYou = member.user.id === viewer.user.id;
            const fault = rows.faults[member.user.id];
            return (
              <tr key={member.user.id}>
                <th scope="row">
                  {member.user.name}
                  {isYou && ` (${t("routing.you")})`}
                </th>
                <td>{t(member.active ? "routing.yes" : "routing.no")}</td>
                <td>{t(member.manages ? "routing.yes" : "routing.no")}</td>
                <td>{member.capacity ?? t("routing.roster.noLimit")}</td>
                <td>{member.weight}</td>
                <td>
                  <div className="routing-actions">
                    {(manages || isYou) && (
                      <Link
                        to={`/routing/teams/${encodeURIComponent(team.id)}/members/${encodeURIComponent(member.user.id)}`}
                        aria-label={
                          manages
                            ? t("routing.roster.openWho", { name: member.user.name })
                            : undefined
                        }
                      >
                        {t(manages ? "routing.roster.open" : "routing.roster.openOwn")}
                      </Link>
                    )}
                    {manages && (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t("routing.roster.removeWho", { name: member.user.name })}
                        onClick={() => void removeMember(member)}
                      >
                        {t("routing.roster.remove")}
                      </button>
                    )}
                  </div>
                  {fault && <p className="fault">{fault}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
