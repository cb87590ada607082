import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { Role } from "../gql/graphql";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { SelectField } from "../ui/SelectField";
import { INVITATIONS } from "./Invitations";
import { ROLES } from "./roles";

const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function InviteForm({ onInvited }: { onInvited: (notice: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const invite = useApiMutation(INVITE);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("SALES_REP");
  const titleId = useId();
  const form = useForm(async () => {
    const { inviteMember } = await invite.mutateAsync({ input: { email, role } });
    if (inviteMember.invitation) {
      onInvited(t("people.invited", { email: inviteMember.invitation.email }));
      setEmail("");
      await refresh(INVITATIONS);
    }
    return inviteMember.errors;
  });
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("people.invite")}</h2>
      <Form
        form={form}
        label={t("people.invite")}
        submit={t("people.inviteSubmit")}
        busy={t("people.inviting")}
      >
        <Field
          label={t("people.inviteEmail")}
          type="email"
          required
          value={email}
          fault={form.faults.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          label={t("people.inviteRole")}
          value={role}
          options={ROLES.map((code) => ({ value: code, label: t(`roles.${code}`) }))}
          fault={form.faults.role}
          onChange={(value) => setRole(value as Role)}
        />
      </Form>
    </section>
  );
}
