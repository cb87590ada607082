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
import { COMPANY_MEMBERS } from "../api/choices";
import { useFocusLater } from "../ui/useFocusLater";
import { RoleChoice } from "./RoleChoice";

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

const TITLE_ID = "members-title";

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
  const focusLater = useFocusLater();

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
    if (removed) {
      onChanged(t("people.removed", { name: member.user.name }));
      focusLater(TITLE_ID); // the row and its buttons are gone
    }
    // Your own role changes what the app offers you; every page offers the members.
    await refresh(MEMBERS, ME, COMPANY_MEMBERS);
  }

  if (members.isPending) return <Loading />;
  if (members.isError) return <Failed error={members.error} retry={() => void members.refetch()} />;
  return (
    <section>
      <h2 id={TITLE_ID}>{t("people.members")}</h2>
      <TableScroll labelledBy={TITLE_ID}>
        <table aria-labelledby={TITLE_ID}>
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
                      <RoleChoice
                        key={member.role}
                        name={member.user.name}
                        role={member.role}
                        fault={fault}
                        faultId={faultId}
                        onApply={(role) => void changeRoleOf(member, role)}
                      />
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
