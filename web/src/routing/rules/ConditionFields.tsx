// One condition of a rule: the lead field it asks about, how it compares, and
// what with.
import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import type { ConditionOperator, LeadField } from "../../gql/graphql";
import { SelectField } from "../../ui/SelectField";
import { FIELDS, OPERATORS, valuesOf } from "../conditions";
import type { Lookups } from "../lookups";
import { useSentences } from "../sentences";
import { ConditionValues } from "./ConditionValues";
import { forField, type ConditionDraft } from "./ruleDraft";

// A custom field is chosen by its key, among the lead's own fields.
const CUSTOM = "CUSTOM:";

interface Props {
  /** From 1, as a person counts. */
  number: number;
  condition: ConditionDraft;
  lookups: Lookups;
  /** Faults by the condition's parts: field, operator, values, number, upTo. */
  faults: Faults;
  onChange: (condition: ConditionDraft) => void;
  onRemove: () => void;
}

export function ConditionFields({ number, condition, lookups, faults, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const sentences = useSentences(lookups);
  const custom = lookups.customFields.find((field) => field.key === condition.customFieldKey);
  const { kind } = valuesOf(condition.field, custom);
  const chosen =
    condition.field === "CUSTOM" ? CUSTOM + (condition.customFieldKey ?? "") : condition.field;

  function chooseField(value: string) {
    const key = value.startsWith(CUSTOM) ? value.slice(CUSTOM.length) : null;
    const field = lookups.customFields.find((each) => each.key === key);
    onChange(forField(condition, key === null ? (value as LeadField) : "CUSTOM", field));
  }

  return (
    <fieldset className="routing-fieldset">
      <legend>{t("routing.condition.legend", { number })}</legend>
      <SelectField
        label={t("routing.condition.field")}
        value={chosen}
        options={[
          ...FIELDS.map((field) => ({
            value: field,
            label: sentences.capitalized(sentences.field({ field })),
          })),
          ...lookups.customFields.map((field) => ({
            value: CUSTOM + field.key,
            label: field.label,
          })),
        ]}
        fault={faults.field ?? faults.customFieldKey}
        onChange={chooseField}
      />
      <SelectField
        label={t("routing.condition.operator")}
        value={condition.operator}
        options={OPERATORS[kind].map((operator) => ({
          value: operator,
          label: t(`routing.condition.operators.${operator}`),
        }))}
        fault={faults.operator}
        onChange={(operator) => onChange({ ...condition, operator: operator as ConditionOperator })}
      />
      <ConditionValues
        condition={condition}
        custom={custom}
        lookups={lookups}
        faults={faults}
        onChange={onChange}
      />
      <button
        type="button"
        className="secondary"
        aria-label={t("routing.condition.removeWhich", { number })}
        onClick={onRemove}
      >
        {t("routing.remove")}
      </button>
    </fieldset>
  );
}
