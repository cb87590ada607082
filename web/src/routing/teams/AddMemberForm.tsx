import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { Failed } from "../../ui/states";
import { useMembers } from "../../api/choices";
import { type Team, useRefreshTeams } from "./teams";
import { inOwnWords } from "../../api/faults";

const ADD_MEMBER = graphql(`
  mutation AddTeamMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) {
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

const NOBODY = "";

/** Puts one of the company's members, not on the team yet, on it. */
export function AddMemberForm({
  team,
  onAdded,
}: {
  team: Team;
  onAdded: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const refreshTeams = useRefreshTeams();
  const members = useMembers();
  const add = useApiMutation(ADD_MEMBER);
  const [userId, setUserId] = useState(NOBODY);
  const onTeam = new Set(team.roster.map((member) => member.user.id));
  const candidates = (members.nodes ?? []).filter((member) => !onTeam.has(member.user.id));
  const form = useForm(async () => {
    const chosen = candidates.find((member) => member.user.id === userId);
    if (!chosen) {
      return [{ field: "userId", code: "INVALID", message: t("routing.roster.chooseSomeone") }];
    }
    const { addTeamMember } = await add.mutateAsync({ input: { teamId: team.id, userId } });
    if (addTeamMember.team) {
      onAdded(t("routing.roster.added", { name: chosen.user.name, team: team.name }));
      setUserId(NOBODY);
      await refreshTeams();
    }
    return inOwnWords(t, "routing.faults", addTeamMember.errors);
  });
  if (members.isError) return <Failed error={members.error} retry={() => void members.refetch()} />;
  return (
    <Form
      form={form}
      label={t("routing.roster.addTo", { team: team.name })}
      submit={t("routing.roster.add")}
      busy={t("routing.saving")}
    >
      <SelectField
        label={t("routing.roster.addWho", { team: team.name })}
        value={userId}
        options={[
          { value: NOBODY, label: t("routing.roster.choose") },
          ...candidates.map((member) => ({ value: member.user.id, label: member.user.name })),
        ]}
        fault={form.faults.userId}
        onChange={setUserId}
      />
    </Form>
  );
}
