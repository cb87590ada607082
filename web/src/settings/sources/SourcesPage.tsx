// /settings/sources: where the company's leads come from. Owners, admins and
// marketing add, change and delete sources; others see them.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { SourceInput } from "../../gql/graphql";
import { SettingsLayout } from "../SettingsLayout";
import { SourceForm } from "./SourceForm";
import { SourcesTable } from "./SourcesTable";
import { useMay } from "../../shell/permissions";
import { useRefreshChoices } from "../../api/choices";

const CREATE_SOURCE = graphql(`
  mutation CreateSource($input: SourceInput!) {
    createSource(input: $input) {
      source {
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

export function SourcesPage() {
  const { t } = useTranslation();
  const mayChange = useMay("CanManageSources");
  const create = useApiMutation(CREATE_SOURCE);
  const refreshChoices = useRefreshChoices();
  const [notice, setNotice] = useState("");

  async function add(input: SourceInput) {
    const { createSource } = await create.mutateAsync({ input });
    if (createSource.source) {
      setNotice(t("settings.sources.added", { name: input.name }));
      await refreshChoices();
    }
    return createSource.errors;
  }

  return (
    <SettingsLayout
      title={t("settings.sources.title")}
      part="sources"
      mayChange={mayChange}
      notice={notice}
    >
      <section>
        <h2 id="sources-title">{t("settings.sources.list")}</h2>
        <SourcesTable onChanged={setNotice} />
      </section>
      {mayChange && (
        <section aria-labelledby="add-source-title">
          <h2 id="add-source-title">{t("settings.sources.new")}</h2>
          <SourceForm label={t("settings.sources.new")} save={add} />
        </section>
      )}
    </SettingsLayout>
  );
}
