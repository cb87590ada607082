// The person's own account: their name, and the language the app speaks to them
// (kept in their profile, so it follows them to every browser).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { Language as ApiLanguage } from "../gql/graphql";
import { LANGUAGES, type Language } from "../i18n/language";
import { useLanguage } from "../i18n/useLanguage";
import { ME } from "../shell/me";
import { useViewer } from "../shell/viewer";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { SelectField } from "../ui/SelectField";
import { Status } from "../ui/Status";
import { COMPANY_MEMBERS } from "../api/choices";

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      me {
        language
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const BROWSER = "";

export function Profile() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const refresh = useRefresh();
  const { choose } = useLanguage();
  const updateProfile = useApiMutation(UPDATE_PROFILE);
  const [name, setName] = useState(viewer.user.name);
  const [language, setLanguage] = useState<Language | typeof BROWSER>(viewer.language ?? BROWSER);
  const [saved, setSaved] = useState(false);
  const form = useForm(async () => {
    setSaved(false);
    const chosen = language || null;
    const { updateProfile: answer } = await updateProfile.mutateAsync({
      input: { name, language: chosen ? (chosen.toUpperCase() as ApiLanguage) : null },
    });
    if (answer.me) {
      choose(chosen);
      await refresh(ME, COMPANY_MEMBERS); // every page offers the members by name
      setSaved(true);
    }
    return answer.errors;
  });

  return (
    <>
      <h1>{t("profile.title")}</h1>
      <Form form={form} submit={t("profile.submit")} busy={t("profile.busy")}>
        <Field
          label={t("profile.name")}
          autoComplete="name"
          required
          value={name}
          fault={form.faults.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t("profile.language")}
          value={language}
          options={[
            { value: BROWSER, label: t("profile.browserLanguage") },
            ...LANGUAGES.map((code) => ({
              value: code,
              label: t(`app.languages.${code}`),
              lang: code,
            })),
          ]}
          fault={form.faults.language}
          onChange={(value) => setLanguage(value as Language | typeof BROWSER)}
        />
      </Form>
      <Status message={saved ? t("profile.saved") : ""} />
    </>
  );
}
