import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { FieldType } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { lines } from "../../ui/text";
import { useRefresh } from "../../api/hooks";
import { explained } from "../refusals";
import { CUSTOM_FIELDS, FIELD_TYPES } from "./fields";

const DEFINE_FIELD = graphql(`
  mutation DefineCustomField($input: DefineCustomFieldInput!) {
    defineCustomField(input: $input) {
      field {
        id
        label
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A new field of leads: its key, label, type, choices (for a choice) and whether
 * every lead must have a value in it. */
export function CustomFieldForm({ onAdded }: { onAdded: (notice: string) => void }) {
  const { t } = useTranslation();
  const define = useApiMutation(DEFINE_FIELD);
  const refresh = useRefresh();
  const [key, setKey] = useState("");
  const [label, setLabel] = useState("");
  const [type, setType] = useState<FieldType>("TEXT");
  const [choices, setChoices] = useState("");
  const [required, setRequired] = useState(false);
  const form = useForm(async () => {
    const input = {
      key,
      label,
      type,
      choices: type === "CHOICE" ? lines(choices) : [],
      required,
    };
    const { defineCustomField: answer } = await define.mutateAsync({ input });
    if (answer.field) {
      onAdded(t("settings.fields.added", { label: answer.field.label }));
      setKey("");
      setLabel("");
      setChoices("");
      setRequired(false);
      await refresh(CUSTOM_FIELDS);
    }
    return explained(t, answer.errors);
  });
  return (
    <Form
      form={form}
      label={t("settings.fields.new")}
      submit={t("settings.fields.add")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.fields.label")}
        required
        value={label}
        fault={form.faults.label}
        onChange={(event) => setLabel(event.target.value)}
      />
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
        checked={required}
        fault={form.faults.required}
        onChange={(event) => setRequired(event.target.checked)}
      />
    </Form>
  );
}
