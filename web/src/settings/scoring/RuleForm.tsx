import { useState } from "react";
import { useTranslation } from "react-i18next";
import { asFormFaults, inOwnWords, type PayloadError } from "../../api/faults";
import type { ScoringRuleInput, ScoringRuleKind } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import type { CustomField } from "../fields/fields";
import { readDecimal, readWholeNumber } from "../../ui/numbers";
import { takesNumber } from "./conditions";
import { NEW_DRAFT, draftOf, fitOf, type Draft } from "./draft";
import { EngagementFields } from "./EngagementFields";
import { FitFields } from "./FitFields";
import type { Rule } from "./scoring";

const KINDS: readonly ScoringRuleKind[] = ["FIT", "ENGAGEMENT"];

interface Props {
  /** The rule edited; none for a new one. */
  rule?: Rule;
  /** The form's accessible name. */
  label: string;
  customFields: readonly CustomField[];
  /** Sends the rule; the payload's errors, none if it went through. */
  save: (input: ScoringRuleInput) => Promise<readonly PayloadError[]>;
}

/** A rule's name, points, and either the lead field it looks at (fit) or the
 * activity it counts (engagement). */
export function RuleForm({ rule, label, customFields, save }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => (rule ? draftOf(rule) : NEW_DRAFT));
  const change = (changes: Partial<Draft>) => setDraft((before) => ({ ...before, ...changes }));
  const form = useForm(async () => {
    const points = readWholeNumber(draft.points);
    const halfLifeDays = readWholeNumber(draft.halfLifeDays);
    const condition =
      draft.kind === "FIT"
        ? { fit: fitOf(draft) }
        : halfLifeDays !== null && {
            engagement: { activityKind: draft.activityKind, halfLifeDays },
          };
    // What the API could not be asked with, said beside its field.
    const faults: PayloadError[] = [];
    const refuse = (field: string, message: string) =>
      faults.push({ field, code: "INVALID", message });
    if (points === null) refuse("points", t("settings.scoring.pointsInvalid"));
    if (!condition) refuse("engagement.halfLifeDays", t("settings.scoring.halfLifeInvalid"));
    if (draft.kind === "FIT" && takesNumber(draft.operator) && !readDecimal(draft.number)) {
      refuse("fit.number", t("settings.scoring.numberInvalid"));
    }
    if (points === null || !condition || faults.length > 0) return faults;
    const errors = await save({ name: draft.name, points, ...condition });
    if (!rule && errors.length === 0) setDraft(NEW_DRAFT);
    return inOwnWords(t, "settings.refusals", asFormFaults(errors, "fit", "ruleId"));
  });
  return (
    <Form
      form={form}
      label={label}
      submit={rule ? t("settings.save") : t("settings.scoring.add")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.scoring.name")}
        required
        value={draft.name}
        fault={form.faults.name}
        onChange={(event) => change({ name: event.target.value })}
      />
      <Field
        label={t("settings.scoring.points")}
        hint={t("settings.scoring.pointsHint")}
        inputMode="numeric"
        required
        value={draft.points}
        fault={form.faults.points}
        onChange={(event) => change({ points: event.target.value })}
      />
      <SelectField
        label={t("settings.scoring.kind")}
        value={draft.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`settings.scoring.kinds.${kind}`) }))}
        onChange={(kind) => change({ kind: kind as ScoringRuleKind })}
      />
      {draft.kind === "FIT" ? (
        <FitFields
          draft={draft}
          customFields={customFields}
          faults={form.faults}
          onChange={change}
        />
      ) : (
        <EngagementFields draft={draft} faults={form.faults} onChange={change} />
      )}
    </Form>
  );
}
