// /settings/fields: the fields the company adds to its leads. Owners and admins
// define, change and remove them; others see them.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { useRefreshChoices } from "../../api/choices";
import { graphql } from "../../gql";
import { useMay } from "../../shell/permissions";
import { SettingsLayout } from "../SettingsLayout";
import { CustomFieldForm, type FieldValues } from "./CustomFieldForm";
import { CustomFieldsTable } from "./CustomFieldsTable";

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

export function FieldsPage() {
  const { t } = useTranslation();
  const mayChange = useMay("CanConfigureLeads");
  const [notice, setNotice] = useState("");
  const define = useApiMutation(DEFINE_FIELD);
  const refreshChoices = useRefreshChoices();

  async function add(input: FieldValues) {
    const { defineCustomField: answer } = await define.mutateAsync({ input });
    if (answer.field) {
      setNotice(t("settings.fields.added", { label: answer.field.label }));
      await refreshChoices();
    }
    return answer.errors;
  }

  return (
    <SettingsLayout
      title={t("settings.fields.title")}
      part="fields"
      mayChange={mayChange}
      notice={notice}
    >
      <section>
        <h2 id="fields-title">{t("settings.fields.list")}</h2>
        <CustomFieldsTable onChanged={setNotice} />
      </section>
      {mayChange && (
        <section aria-labelledby="add-field-title">
          <h2 id="add-field-title">{t("settings.fields.new")}</h2>
          <CustomFieldForm label={t("settings.fields.new")} save={add} />
        </section>
      )}
    </SettingsLayout>
  );
}
