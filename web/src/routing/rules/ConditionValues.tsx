// What a condition compares with: values typed or picked, or a number or two.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import type { Option } from "../../ui/SelectField";
import {
  isChoice,
  isChoiceField,
  isPicked,
  takesNumber,
  takesValues,
  valuesOf,
} from "../conditions";
import type { CustomField, Lookups } from "../lookups";
import type { ConditionDraft } from "./ruleDraft";

interface Props {
  condition: ConditionDraft;
  custom?: CustomField;
  lookups: Lookups;
  faults: Faults;
  onChange: (condition: ConditionDraft) => void;
}

export function ConditionValues({ condition, custom, lookups, faults, onChange }: Props) {
  const { t } = useTranslation();
  const { operator } = condition;
  const values = valuesOf(condition.field, custom);

  /** The values to pick among, each with its words. */
  function pickable(): Option[] {
    if (condition.field === "STAGE") {
      return lookups.stages.map((stage) => ({ value: stage.id, label: stage.name }));
    }
    if (condition.field === "SOURCE") {
      return lookups.sources.map((source) => ({ value: source.id, label: source.name }));
    }
    return (values.choices ?? []).map((choice) => ({ value: choice, label: choiceWords(choice) }));
  }

  function choiceWords(choice: string): string {
    if (isChoiceField(condition.field) && isChoice(condition.field, choice)) {
      return t(`routing.choices.${choice}`);
    }
    if (custom?.type === "BOOLEAN") return t(choice === "true" ? "routing.yes" : "routing.no");
    return choice;
  }

  if (takesNumber(operator)) {
    const between = operator === "BETWEEN";
    return (
      <>
        <Field
          label={t(between ? "routing.condition.from" : "routing.condition.number")}
          type="number"
          inputMode="decimal"
          step="0.01"
          required
          value={condition.number}
          fault={faults.number}
          onChange={(event) => onChange({ ...condition, number: event.target.value })}
        />
        {between && (
          <Field
            label={t("routing.condition.upTo")}
            type="number"
            inputMode="decimal"
            step="0.01"
            required
            value={condition.upTo}
            fault={faults.upTo}
            onChange={(event) => onChange({ ...condition, upTo: event.target.value })}
          />
        )}
      </>
    );
  }
  if (!takesValues(operator)) return null;
  if (isPicked(values.kind)) {
    return (
      <PickedValues
        options={pickable()}
        picked={condition.picked}
        fault={faults.values}
        onChange={(picked) => onChange({ ...condition, picked })}
      />
    );
  }
  return (
    <Field
      label={t("routing.condition.values")}
      required
      hint={t(
        condition.field === "COUNTRY"
          ? "routing.condition.countryHint"
          : "routing.condition.valuesHint",
      )}
      value={condition.typed}
      fault={faults.values}
      onChange={(event) => onChange({ ...condition, typed: event.target.value })}
    />
  );
}

interface PickedProps {
  options: readonly Option[];
  picked: readonly string[];
  fault?: string;
  onChange: (picked: string[]) => void;
}

/** Values ticked from a list: choices, stages or sources. */
function PickedValues({ options, picked, fault, onChange }: PickedProps) {
  const { t } = useTranslation();
  const faultId = useId();
  return (
    <fieldset className="routing-fieldset" aria-describedby={fault ? faultId : undefined}>
      <legend>{t("routing.condition.values")}</legend>
      {options.length === 0 && <p className="hint">{t("routing.condition.nothingToPick")}</p>}
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={picked.includes(option.value)}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? [...picked, option.value]
                : picked.filter((value) => value !== option.value),
            )
          }
        />
      ))}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </fieldset>
  );
}
