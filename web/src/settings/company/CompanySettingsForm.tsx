import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { TenantSettingsQuery } from "../../gql/graphql";
import { ME } from "../../shell/me";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { useRefresh } from "../../api/hooks";
import { useChoices } from "./choices";
import { TENANT_SETTINGS } from "./settings";
import { Status } from "../../ui/Status";

const UPDATE_TENANT_SETTINGS = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      tenant {
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

// The region's option for none (numbers then need their country code).
const NO_REGION = "";

type Settings = TenantSettingsQuery["tenant"];

export function CompanySettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const choices = useChoices();
  // The company's name and currency show in the frame and on other pages.
  const refresh = useRefresh();
  const update = useApiMutation(UPDATE_TENANT_SETTINGS);
  const [name, setName] = useState(settings.name);
  const [region, setRegion] = useState(settings.defaultRegion ?? NO_REGION);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [currency, setCurrency] = useState(settings.currency);
  const [repsSeeAllLeads, setRepsSeeAllLeads] = useState(settings.repsSeeAllLeads);
  const [saved, setSaved] = useState(false);
  const form = useForm(async () => {
    setSaved(false);
    const input = { name, defaultRegion: region || null, timeZone, currency, repsSeeAllLeads };
    const { updateTenantSettings: answer } = await update.mutateAsync({ input });
    if (answer.tenant) {
      setSaved(true);
      await refresh(TENANT_SETTINGS, ME);
    }
    return answer.errors;
  });
  return (
    <>
      <Form
        form={form}
        label={t("settings.company.title")}
        submit={t("settings.save")}
        busy={t("settings.saving")}
      >
        <Field
          label={t("settings.company.name")}
          autoComplete="organization"
          required
          value={name}
          fault={form.faults.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t("settings.company.region")}
          value={region}
          options={[
            { value: NO_REGION, label: t("settings.company.noRegion") },
            ...choices.countries(settings.defaultRegion),
          ]}
          fault={form.faults.defaultRegion}
          onChange={setRegion}
        />
        <SelectField
          label={t("settings.company.timeZone")}
          value={timeZone}
          options={choices.timeZones(settings.timeZone)}
          fault={form.faults.timeZone}
          onChange={setTimeZone}
        />
        <SelectField
          label={t("settings.company.currency")}
          value={currency}
          options={choices.currencies(settings.currency)}
          fault={form.faults.currency}
          onChange={setCurrency}
        />
        <CheckboxField
          label={t("settings.company.repsSeeAllLeads")}
          checked={repsSeeAllLeads}
          fault={form.faults.repsSeeAllLeads}
          onChange={(event) => setRepsSeeAllLeads(event.target.checked)}
        />
      </Form>
      <Status message={saved ? t("settings.saved") : ""} className="notice" />
    </>
  );
}
