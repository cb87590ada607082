import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import type { ScoringField } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { ChoicesField } from "../ChoicesField";
import type { CustomField } from "../fields/fields";
import { useChoiceLabel } from "./choiceLabels";
import {
  SCORING_FIELDS,
  operatorsOf,
  subjectOf,
  takesNumber,
  takesValues,
  type FitOperator,
} from "./conditions";
import type { Draft } from "./draft";

interface Props {
  draft: Draft;
  customFields: readonly CustomField[];
  faults: Faults;
  onChange: (changes: Partial<Draft>) => void;
}

/** A fit rule's condition: the field it looks at, how it compares, and with what. */
export function FitFields({ draft, customFields, faults, onChange }: Props) {
  const { t } = useTranslation();
  const choiceLabel = useChoiceLabel();
  const customOf = (key: string) => customFields.find((field) => field.key === key);
  const custom = customOf(draft.customFieldKey);
  const subject = subjectOf(draft.field, custom);
  const fields = SCORING_FIELDS.filter((field) => field !== "CUSTOM" || customFields.length > 0);

  // Another field may not take the comparison chosen, and never the values.
  function lookAt(field: ScoringField, customFieldKey: string) {
    const operators = operatorsOf(subjectOf(field, customOf(customFieldKey)));
    const operator = operators.includes(draft.operator) ? draft.operator : operators[0];
    onChange({ field, customFieldKey, operator, values: [] });
  }

  return (
    <>
      <SelectField
        label={t("settings.scoring.field")}
        value={draft.field}
        options={fields.map((field) => ({
          value: field,
          label: t(`settings.scoringFields.${field}`),
        }))}
        fault={faults["fit.field"]}
        onChange={(field) =>
          lookAt(field as ScoringField, field === "CUSTOM" ? (customFields[0]?.key ?? "") : "")
        }
      />
      {draft.field === "CUSTOM" && (
        <SelectField
          label={t("settings.scoring.customField")}
          value={draft.customFieldKey}
          options={customFields.map(({ key, label }) => ({ value: key, label }))}
          fault={faults["fit.customFieldKey"]}
          onChange={(key) => lookAt("CUSTOM", key)}
        />
      )}
      <SelectField
        label={t("settings.scoring.operator")}
        value={draft.operator}
        options={operatorsOf(subject).map((operator) => ({
          value: operator,
          label: t(`settings.scoring.operators.${operator}`),
        }))}
        fault={faults["fit.operator"]}
        onChange={(operator) => onChange({ operator: operator as FitOperator })}
      />
      {takesValues(draft.operator) &&
        (subject.kind === "CHOICE" ? (
          <ChoicesField
            legend={t("settings.scoring.values")}
            options={subject.choices.map((choice) => ({
              value: choice,
              label: choiceLabel(draft.field, choice, custom),
            }))}
            chosen={draft.values}
            fault={faults["fit.values"]}
            onChange={(values) => onChange({ values })}
          />
        ) : (
          <TextAreaField
            label={t("settings.scoring.valuesALine")}
            value={draft.values.join("\n")}
            fault={faults["fit.values"]}
            onChange={(event) => onChange({ values: event.target.value.split("\n") })}
          />
        ))}
      {takesNumber(draft.operator) && (
        <Field
          label={t("settings.scoring.number")}
          inputMode="decimal"
          required
          value={draft.number}
          fault={faults["fit.number"]}
          onChange={(event) => onChange({ number: event.target.value })}
        />
      )}
    </>
  );
}
