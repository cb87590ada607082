// Logging what was done with a lead: a call (with its outcome and length), an
// email, a meeting or a note.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { ActivityKind, CallOutcome } from "../gql/graphql";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { readDecimal } from "../ui/numbers";
import { SelectField } from "../ui/SelectField";
import { TextAreaField } from "../ui/TextAreaField";
import { LEAD_DETAILS } from "./lead";
import { LEAD_TIMELINE } from "./Timeline";

const LOG_ACTIVITY = graphql(`
  mutation LogLeadActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
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

const KINDS = ["CALL", "EMAIL", "MEETING", "NOTE"] as const;
const OUTCOMES: readonly CallOutcome[] = [
  "CONNECTED",
  "NO_ANSWER",
  "VOICEMAIL",
  "BUSY",
  "WRONG_NUMBER",
];
const NOT_SAID = "";

export function LogActivity({
  leadId,
  onLogged,
}: {
  leadId: string;
  onLogged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const logActivity = useApiMutation(LOG_ACTIVITY);
  const [kind, setKind] = useState<(typeof KINDS)[number]>("CALL");
  const [body, setBody] = useState("");
  const [outcome, setOutcome] = useState<CallOutcome | typeof NOT_SAID>(NOT_SAID);
  const [minutes, setMinutes] = useState("");
  const isCall = kind === "CALL";
  const form = useForm(async () => {
    const typedMinutes = isCall && minutes.trim() ? readDecimal(minutes) : null;
    if (isCall && minutes.trim() && typedMinutes === null) {
      return [
        { field: "durationSeconds", code: "INVALID", message: t("lead.log.minutesNotNumber") },
      ];
    }
    const { logActivity: answer } = await logActivity.mutateAsync({
      input: {
        leadId,
        kind: kind as ActivityKind,
        body,
        outcome: isCall && outcome ? outcome : null,
        durationSeconds: typedMinutes === null ? null : Math.round(Number(typedMinutes) * 60),
      },
    });
    if (answer.activity) {
      onLogged(t("lead.log.logged", { kind: t(`lead.log.kinds.${kind}`) }));
      setBody("");
      setOutcome(NOT_SAID);
      setMinutes("");
      await refresh(LEAD_TIMELINE, LEAD_DETAILS); // an activity may move the score
    }
    return answer.errors;
  });
  return (
    <Form
      form={form}
      label={t("lead.log.title")}
      submit={t("lead.log.submit")}
      busy={t("lead.log.busy")}
    >
      <SelectField
        label={t("lead.log.kind")}
        value={kind}
        options={KINDS.map((value) => ({ value, label: t(`lead.log.kinds.${value}`) }))}
        onChange={(value) => setKind(value as (typeof KINDS)[number])}
      />
      <TextAreaField
        label={t("lead.log.body")}
        value={body}
        fault={form.faults.body}
        onChange={(event) => setBody(event.target.value)}
      />
      {isCall && (
        <>
          <SelectField
            label={t("lead.log.outcome")}
            value={outcome}
            fault={form.faults.outcome}
            options={[
              { value: NOT_SAID, label: t("lead.log.noOutcome") },
              ...OUTCOMES.map((value) => ({ value, label: t(`lead.log.outcomes.${value}`) })),
            ]}
            onChange={(value) => setOutcome(value as CallOutcome | typeof NOT_SAID)}
          />
          <Field
            label={t("lead.log.minutes")}
            inputMode="decimal"
            value={minutes}
            fault={form.faults.durationSeconds}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </>
      )}
    </Form>
  );
}
