// Adding one lead by hand; it is scored and routed as it is saved, and its page
// opens, where possible duplicates show.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { SelectField } from "../ui/SelectField";
import { useSources } from "./lookups";
import { LEADS_LIST } from "./useLeadsList";

const CREATE_LEAD = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
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

const FIELDS = ["name", "email", "phone", "company", "title"] as const;
const TYPES: Partial<Record<(typeof FIELDS)[number], string>> = { email: "email", phone: "tel" };
const NONE = "";

export function NewLead() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const sources = useSources();
  const createLead = useApiMutation(CREATE_LEAD);
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    name: "",
    email: "",
    phone: "",
    company: "",
    title: "",
  });
  const [sourceId, setSourceId] = useState(NONE);
  const form = useForm(async () => {
    const given = Object.fromEntries(
      FIELDS.map((field) => [field, values[field].trim() || null]),
    ) as Record<(typeof FIELDS)[number], string | null>;
    const { createLead: answer } = await createLead.mutateAsync({
      input: { lead: { ...given, name: values.name, sourceId: sourceId || null } },
    });
    if (answer.lead) {
      await refresh(LEADS_LIST);
      navigate(`/leads/${encodeURIComponent(answer.lead.id)}`);
    }
    return answer.errors;
  });
  return (
    <>
      <h1>{t("lead.new.title")}</h1>
      <Form form={form} submit={t("lead.new.submit")} busy={t("lead.saving")}>
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={t(`lead.field.${field}`)}
            type={TYPES[field] ?? "text"}
            required={field === "name"}
            value={values[field]}
            fault={form.faults[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        ))}
        <SelectField
          label={t("lead.field.source")}
          value={sourceId}
          fault={form.faults.sourceId}
          options={[
            { value: NONE, label: t("lead.empty") },
            ...sources.map((source) => ({ value: source.id, label: source.name })),
          ]}
          onChange={setSourceId}
        />
      </Form>
    </>
  );
}
