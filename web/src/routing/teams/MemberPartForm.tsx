// A member's part in a team's routing: whether they take leads, whether they
// manage the team, how many open leads they take at most, and their weight.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { UpdateTeamMemberInput } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { wholeNumber } from "../drafts";
import { notWholeNumbers, unshownAsForm } from "../faults";
import { type RosterMember, type Team, useRefreshTeams } from "./teams";
import { inOwnWords } from "../../api/faults";

const UPDATE_MEMBER = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
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

const SHOWN = new Set(["active", "manages", "capacity", "weight"]);

interface Props {
  team: Team;
  member: RosterMember;
  onSaved: (notice: string) => void;
}

export function MemberPartForm({ team, member, onSaved }: Props) {
  const { t } = useTranslation();
  const refreshTeams = useRefreshTeams();
  const update = useApiMutation(UPDATE_MEMBER);
  const [active, setActive] = useState(member.active);
  const [manages, setManages] = useState(member.manages);
  const [capacity, setCapacity] = useState(member.capacity?.toString() ?? "");
  const [weight, setWeight] = useState(member.weight.toString());

  const form = useForm(async () => {
    const numbers = { capacity: wholeNumber(capacity), weight: wholeNumber(weight) };
    const notWhole = notWholeNumbers(t, numbers);
    if (notWhole.length > 0) return notWhole;
    // Only what changed: naming a manager again is refused once their role no
    // longer lets them manage.
    const input: UpdateTeamMemberInput = { teamId: team.id, userId: member.user.id };
    if (active !== member.active) input.active = active;
    if (manages !== member.manages) input.manages = manages;
    if (numbers.capacity !== member.capacity) input.capacity = numbers.capacity;
    if (numbers.weight !== member.weight) input.weight = numbers.weight;
    const { updateTeamMember } = await update.mutateAsync({ input });
    if (updateTeamMember.team) {
      onSaved(t("routing.member.saved", { name: member.user.name, team: team.name }));
      await refreshTeams();
    }
    const errors = inOwnWords(t, "routing.faults", updateTeamMember.errors, {
      manages: t("routing.member.managesInvalid"),
      capacity: t("routing.member.capacityInvalid"),
      weight: t("routing.member.weightInvalid"),
    });
    return unshownAsForm(errors, (field) => SHOWN.has(field));
  });

  return (
    <Form form={form} submit={t("routing.save")} busy={t("routing.saving")}>
      <CheckboxField
        label={t("routing.member.active")}
        checked={active}
        fault={form.faults.active}
        onChange={(event) => setActive(event.target.checked)}
      />
      <CheckboxField
        label={t("routing.member.manages")}
        checked={manages}
        fault={form.faults.manages}
        onChange={(event) => setManages(event.target.checked)}
      />
      <Field
        label={t("routing.roster.capacity")}
        type="number"
        inputMode="numeric"
        min={0}
        max={100000}
        hint={t("routing.member.capacityHint")}
        value={capacity}
        fault={form.faults.capacity}
        onChange={(event) => setCapacity(event.target.value)}
      />
      <Field
        label={t("routing.roster.weight")}
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        required
        hint={t("routing.member.weightHint")}
        value={weight}
        fault={form.faults.weight}
        onChange={(event) => setWeight(event.target.value)}
      />
    </Form>
  );
}
