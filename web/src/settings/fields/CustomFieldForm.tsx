import { useState } from "react";
import { useTranslation } from "react-i18next";
import { inOwnWords, type PayloadError } from "../../api/faults";
import type { FieldType } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { lines } from "../../ui/text";
import { FIELD_TYPES, type CustomField } from "./fields";

export interface FieldValues {
  key: string;
  label: string;
  type: FieldType;
  /** A choice field's; none for another type. */
  choices: string[];
  required: boolean;
}

interface Props {
  /** The field edited; none for a new one. */
  field?: CustomField;
  /** The form's accessible name. */
  label: string;
  /** Sends the field; the payload's errors, none if it went through. */
  save: (values: FieldValues) => Promise<readonly PayloadError[]>;
}

/** A field of leads: its label, key and type (chosen once: leads and scoring rules
 * name them), its choices (for a choice) and whether every lead must have a value
 * in it. */
export function CustomFieldForm({ field, label: formLabel, save }: Props) {
  const { t } = useTranslation();
  const [key, setKey] = useState(field?.key ?? "");
  const [label, setLabel] = useState(field?.label ?? "");
  const [type, setType] = useState<FieldType>(field?.type ?? "TEXT");
  const [choices, setChoices] = useState(field?.choices.join("\n") ?? "");
  const [required, setRequired] = useState(field?.required ?? false);
  const form = useForm(async () => {
    const values = {
      key,
      label,
      type,
      choices: type === "CHOICE" ? lines(choices) : [],
      required,
    };
    const errors = inOwnWords(t, "settings.refusals", await save(values));
    if (!field && errors.length === 0) {
      setKey("");
      setLabel("");
      setChoices("");
      setRequired(false);
    }
    return errors;
  });
  return (
    <Form
      form={form}
      label={formLabel}
      submit={field ? t("settings.save") : t("settings.fields.add")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.fields.label")}
        required
        value={label}
        fault={form.faults.label}
        onChange={(event) => setLabel(event.target.value)}
      />
      {field ? (
        <p className="hint">
          {t("settings.fields.keeps", {
            key: field.key,
            type: t(`settings.fieldTypes.${field.type}`),
          })}
        </p>
      ) : (
        <>
          <Field
            label={t("settings.fields.key")}
            hint={t("settings.fields.keyHint")}
            required
            spellCheck={false}
            autoCapitalize="none"
            value={key}
            fault={form.faults.key}
            onChange={(event) => setKey(event.target.value)}
          />
          <SelectField
            label={t("settings.fields.type")}
            value={type}
            options={FIELD_TYPES.map((code) => ({
              value: code,
              label: t(`settings.fieldTypes.${code}`),
            }))}
            fault={form.faults.type}
            onChange={(value) => setType(value as FieldType)}
          />
        </>
      )}
      {type === "CHOICE" && (
        <TextAreaField
          label={t("settings.fields.choicesALine")}
          value={choices}
          fault={form.faults.choices}
          onChange={(event) => setChoices(event.target.value)}
        />
      )}
      <CheckboxField
        label={t("settings.fields.requiredBox")}
        hint={field && !field.required ? t("settings.fields.requiredLater") : undefined}
        checked={required}
        fault={form.faults.required}
        onChange={(event) => setRequired(event.target.checked)}
      />
    </Form>
  );
}
