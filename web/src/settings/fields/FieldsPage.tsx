// /settings/fields: the fields the company adds to its leads. Owners and admins
// define and remove them; others see them.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMayChange } from "../permissions";
import { SettingsLayout } from "../SettingsLayout";
import { CustomFieldForm } from "./CustomFieldForm";
import { CustomFieldsTable } from "./CustomFieldsTable";

export function FieldsPage() {
  const { t } = useTranslation();
  const mayChange = useMayChange("fields");
  const [notice, setNotice] = useState("");
  return (
    <SettingsLayout title={t("settings.fields.title")} part="fields" notice={notice}>
      <section>
        <h2 id="fields-title">{t("settings.fields.list")}</h2>
        <CustomFieldsTable onChanged={setNotice} />
      </section>
      {mayChange && (
        <section aria-labelledby="add-field-title">
          <h2 id="add-field-title">{t("settings.fields.new")}</h2>
          <CustomFieldForm onAdded={setNotice} />
        </section>
      )}
    </SettingsLayout>
  );
}
