import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { MembersQuery, Role } from "../gql/graphql";
import { ME } from "../shell/me";
import { useViewer } from "../shell/viewer";
import { useFormat } from "../ui/format";
import { MorePages } from "../ui/MorePages";
import { useRowFaults } from "../ui/rowFaults";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";
import { ROLES } from "./roles";

export const MEMBERS = graphql(`
  query Members($after: String) {
    tenant {
      members(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            createdAt
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);

const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      errors {
        field
        code
        message
      }
    }
  }
`);

type Member = MembersQuery["tenant"]["members"]["edges"][number]["node"];

interface Props {
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function Members({ manages, onChanged }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const viewer = useViewer();
  const refresh = useRefresh();
  const members = useApiPages(MEMBERS, {}, (result) => result.tenant.members);
  const changeRole = useApiMutation(CHANGE_ROLE);
  const remove = useApiMutation(REMOVE);
  const rows = useRowFaults();

  async function changeRoleOf(member: Member, role: Role) {
    const changed = await rows.attempt(member.id, async () => {
      const input = { membershipId: member.id, role };
      return (await changeRole.mutateAsync({ input })).changeMemberRole.errors;
    });
    if (changed) {
      onChanged(t("people.roleChanged", { name: member.user.name, role: t(`roles.${role}`) }));
    }
    await refresh(MEMBERS, ME); // your own role changes what the app offers you
  }

  async function removeMember(member: Member) {
    const company = viewer.current.tenant.name;
    if (!window.confirm(t("people.confirmRemove", { name: member.user.name, company }))) return;
    const removed = await rows.attempt(member.id, async () => {
      const input = { membershipId: member.id };
      return (await remove.mutateAsync({ input })).removeMember.errors;
    });
    if (removed) onChanged(t("people.removed", { name: member.user.name }));
    await refresh(MEMBERS, ME); // your own role changes what the app offers you
  }

  if (members.isPending) return <Loading />;
  if (members.isError) return <Failed error={members.error} retry={() => void members.refetch()} />;
  return (
    <section>
      <h2 id="members-title">{t("people.members")}</h2>
      <TableScroll labelledBy="members-title">
        <table aria-labelledby="members-title">
          <thead>
            <tr>
              <th scope="col">{t("people.name")}</th>
              <th scope="col">{t("people.email")}</th>
              <th scope="col">{t("people.role")}</th>
              <th scope="col">{t("people.since")}</th>
              {manages && <th scope="col">{t("people.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.nodes?.map((member) => {
              const isYou = member.user.id === viewer.user.id;
              const faultId = `member-fault-${member.id}`;
              const fault = rows.faults[member.id];
              return (
                <tr key={member.id}>
                  <th scope="row">
                    {member.user.name}
                    {isYou && ` (${t("people.you")})`}
                  </th>
                  <td>{member.user.email}</td>
                  <td>
                    {manages ? (
                      <select
                        aria-label={t("people.roleOf", { name: member.user.name })}
                        aria-invalid={Boolean(fault)}
                        aria-describedby={fault ? faultId : undefined}
                        value={member.role}
                        onChange={(event) => void changeRoleOf(member, event.target.value as Role)}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                    {fault && (
                      <p id={faultId} className="fault">
                        {fault}
                      </p>
                    )}
                  </td>
                  <td>{date(member.createdAt)}</td>
                  {manages && (
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t("people.removeWho", { name: member.user.name })}
                        onClick={() => void removeMember(member)}
                      >
                        {t("people.remove")}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <MorePages pages={members} />
    </section>
  );
}
