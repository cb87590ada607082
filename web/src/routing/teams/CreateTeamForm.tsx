import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { TeamKind } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { teamKindOptions } from "./kinds";
import { inOwnWords } from "../../api/faults";
import { useRefreshTeams } from "./teams";

const CREATE_TEAM = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function CreateTeamForm({ onCreated }: { onCreated: (notice: string) => void }) {
  const { t } = useTranslation();
  const refreshTeams = useRefreshTeams();
  const create = useApiMutation(CREATE_TEAM);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<TeamKind>("SALES");
  const titleId = useId();
  const form = useForm(async () => {
    const { createTeam } = await create.mutateAsync({ input: { name, kind } });
    if (createTeam.team) {
      onCreated(t("routing.teams.created", { name: createTeam.team.name }));
      setName("");
      await refreshTeams();
    }
    return inOwnWords(t, "routing.faults", createTeam.errors, {
      name: t("routing.teams.nameInvalid"),
    });
  });
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("routing.teams.create")}</h2>
      <Form
        form={form}
        label={t("routing.teams.create")}
        submit={t("routing.teams.createSubmit")}
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
    </section>
  );
}
