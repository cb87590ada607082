import { useState } from "react";
import { useTranslation } from "react-i18next";
import { inOwnWords, type PayloadError } from "../../api/faults";
import type { StageKind } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { readNumber } from "../../ui/numbers";
import { STAGE_KINDS, type Stage } from "./stages";

export interface StageValues {
  name: string;
  kind: StageKind;
  /** From 0 to 1, as the API takes it. */
  winProbability: number;
  routesLeads: boolean;
}

interface Props {
  /** The stage edited; none for a new one. */
  stage?: Stage;
  /** The form's accessible name. */
  label: string;
  /** Sends the stage; the payload's errors, none if it went through. */
  save: (values: StageValues) => Promise<readonly PayloadError[]>;
}

/** A stage's name, kind, win probability (typed as a percentage) and whether
 * reaching it routes leads. */
export function StageForm({ stage, label, save }: Props) {
  const { t, i18n } = useTranslation();
  const percentage = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 1,
    useGrouping: false,
  });
  const [name, setName] = useState(stage?.name ?? "");
  const [kind, setKind] = useState<StageKind>(stage?.kind ?? "OPEN");
  const [percent, setPercent] = useState(
    stage ? percentage.format(stage.winProbability * 100) : "",
  );
  const [routesLeads, setRoutesLeads] = useState(stage?.routesLeads ?? false);
  const form = useForm(async () => {
    const number = readNumber(percent);
    if (number === null || number < 0 || number > 100) {
      const message = t("settings.stages.percentInvalid");
      return [{ field: "winProbability", code: "INVALID", message }];
    }
    const values = { name, kind, winProbability: number / 100, routesLeads };
    const errors = inOwnWords(t, "settings.refusals", await save(values));
    if (!stage && errors.length === 0) {
      setName("");
      setPercent("");
      setRoutesLeads(false);
    }
    return errors;
  });
  return (
    <Form
      form={form}
      label={label}
      submit={stage ? t("settings.save") : t("settings.stages.add")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.stages.name")}
        required
        value={name}
        fault={form.faults.name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t("settings.stages.kind")}
        value={kind}
        options={STAGE_KINDS.map((code) => ({
          value: code,
          label: t(`settings.stageKinds.${code}`),
        }))}
        fault={form.faults.kind}
        onChange={(value) => setKind(value as StageKind)}
      />
      <Field
        label={t("settings.stages.percent")}
        hint={t("settings.stages.percentHint")}
        inputMode="decimal"
        required
        value={percent}
        fault={form.faults.winProbability}
        onChange={(event) => setPercent(event.target.value)}
      />
      <CheckboxField
        label={t("settings.stages.routesLeads")}
        checked={routesLeads}
        fault={form.faults.routesLeads}
        onChange={(event) => setRoutesLeads(event.target.checked)}
      />
    </Form>
  );
}
