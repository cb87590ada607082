// Where leads go: a team (its member chosen by a strategy), one member, or a
// queue (a team's, or the unassigned one). ``children`` follow inside the group.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RoutingTargetKind } from "../../gql/graphql";
import { SelectField } from "../../ui/SelectField";
import { useMembers } from "../../api/choices";
import { useEveryTeam } from "../teams/teams";
import type { TargetDraft } from "./ruleDraft";

const KINDS: readonly RoutingTargetKind[] = ["TEAM", "USER", "QUEUE"];

interface Props {
  legend: string;
  target: TargetDraft;
  /** Faults by the target's fields: kind, teamId, userId. */
  faults: Partial<Record<keyof TargetDraft, string>>;
  onChange: (target: TargetDraft) => void;
  children?: ReactNode;
}

export function TargetFields({ legend, target, faults, onChange, children }: Props) {
  const { t } = useTranslation();
  const teams = useEveryTeam().nodes ?? [];
  const members = useMembers().nodes ?? [];
  const choose = { value: "", label: t("routing.target.choose") };
  return (
    <fieldset className="routing-fieldset">
      <legend>{legend}</legend>
      <SelectField
        label={t("routing.target.kind")}
        value={target.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`routing.target.kinds.${kind}`) }))}
        fault={faults.kind}
        onChange={(kind) => onChange({ ...target, kind: kind as RoutingTargetKind })}
      />
      {target.kind === "TEAM" && (
        <SelectField
          label={t("routing.target.team")}
          value={target.teamId}
          options={[choose, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
          fault={faults.teamId}
          onChange={(teamId) => onChange({ ...target, teamId })}
        />
      )}
      {target.kind === "USER" && (
        <SelectField
          label={t("routing.target.member")}
          value={target.userId}
          options={[choose, ...members.map(({ user }) => ({ value: user.id, label: user.name }))]}
          fault={faults.userId}
          onChange={(userId) => onChange({ ...target, userId })}
        />
      )}
      {target.kind === "QUEUE" && (
        <SelectField
          label={t("routing.target.queue")}
          value={target.teamId}
          options={[
            { value: "", label: t("routing.target.unassigned") },
            ...teams.map((team) => ({
              value: team.id,
              label: t("routing.target.teamQueue", { team: team.name }),
            })),
          ]}
          fault={faults.teamId}
          onChange={(teamId) => onChange({ ...target, teamId })}
        />
      )}
      {children}
    </fieldset>
  );
}
