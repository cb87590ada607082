import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { TeamKind } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { teamKindOptions } from "./kinds";
import { type Team, useRefreshTeams } from "./teams";
import { inOwnWords } from "../../api/faults";

const UPDATE_TEAM = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        id
        name
        kind
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A team's name and kind, changed together. */
export function TeamDetailsForm({
  team,
  onSaved,
}: {
  team: Team;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const refreshTeams = useRefreshTeams();
  const update = useApiMutation(UPDATE_TEAM);
  const [name, setName] = useState(team.name);
  const [kind, setKind] = useState<TeamKind>(team.kind);
  const form = useForm(async () => {
    const { updateTeam } = await update.mutateAsync({ input: { teamId: team.id, name, kind } });
    if (updateTeam.team) {
      await refreshTeams();
      onSaved(t("routing.teams.saved", { name: updateTeam.team.name }));
    }
    return inOwnWords(t, "routing.faults", updateTeam.errors, {
      name: t("routing.teams.nameInvalid"),
    });
  });
  return (
    <Form
      form={form}
      label={t("routing.teams.editWhich", { name: team.name })}
      submit={t("routing.save")}
      busy={t("routing.saving")}
    >
      <Field
        label={t("routing.teams.name")}
        required
        value={name}
        fault={form.faults.name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t("routing.teams.kind")}
        value={kind}
        options={teamKindOptions(t)}
        fault={form.faults.kind}
        onChange={(value) => setKind(value as TeamKind)}
      />
    </Form>
  );
}
