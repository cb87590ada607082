import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { InvitationsQuery } from "../gql/graphql";
import { useFormat } from "../ui/format";
import { MorePages } from "../ui/MorePages";
import { useRowFaults } from "../ui/rowFaults";
import { TableScroll } from "../ui/TableScroll";
import { Failed, Loading } from "../ui/states";
import { useFocusLater } from "../ui/useFocusLater";

export const INVITATIONS = graphql(`
  query Invitations($after: String) {
    tenant {
      invitations(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            email
            role
            status
            createdAt
            expiresAt
          }
        }
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const TITLE_ID = "invitations-title";

type Invitation = InvitationsQuery["tenant"]["invitations"]["edges"][number]["node"];

export function Invitations({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const refresh = useRefresh();
  const invitations = useApiPages(INVITATIONS, {}, (result) => result.tenant.invitations);
  const revoke = useApiMutation(REVOKE);
  const rows = useRowFaults();
  const focusLater = useFocusLater();

  async function revokeInvitation(invitation: Invitation) {
    if (!window.confirm(t("people.confirmRevoke", { email: invitation.email }))) return;
    const revoked = await rows.attempt(invitation.id, async () => {
      const input = { invitationId: invitation.id };
      return (await revoke.mutateAsync({ input })).revokeInvitation.errors;
    });
    if (revoked) {
      onChanged(t("people.revoked", { email: invitation.email }));
      focusLater(TITLE_ID); // its Withdraw button is gone
    }
    await refresh(INVITATIONS);
  }

  if (invitations.isPending) return <Loading />;
  if (invitations.isError) {
    return <Failed error={invitations.error} retry={() => void invitations.refetch()} />;
  }
  return (
    <section>
      <h2 id={TITLE_ID}>{t("people.invitations")}</h2>
      {invitations.nodes?.length === 0 ? (
        <p>{t("people.noInvitations")}</p>
      ) : (
        <TableScroll labelledBy={TITLE_ID}>
          <table aria-labelledby={TITLE_ID}>
            <thead>
              <tr>
                <th scope="col">{t("people.email")}</th>
                <th scope="col">{t("people.role")}</th>
                <th scope="col">{t("people.status")}</th>
                <th scope="col">{t("people.expires")}</th>
                <th scope="col">{t("people.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.nodes?.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>{t(`roles.${invitation.role}`)}</td>
                  <td>{t(`invitationStatus.${invitation.status}`)}</td>
                  <td>{date(invitation.expiresAt)}</td>
                  <td>
                    {invitation.status === "PENDING" && (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t("people.revokeFor", { email: invitation.email })}
                        onClick={() => void revokeInvitation(invitation)}
                      >
                        {t("people.revoke")}
                      </button>
                    )}
                    {rows.faults[invitation.id] && (
                      <p className="fault">{rows.faults[invitation.id]}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <MorePages pages={invitations} />
    </section>
  );
}
