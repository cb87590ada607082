// /settings/stages: the funnel a lead goes through. Owners, admins and sales
// managers add, change, order and delete its stages; others see them.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { SettingsLayout } from "../SettingsLayout";
import { StageForm, type StageValues } from "./StageForm";
import { StagesTable } from "./StagesTable";
import { useMay } from "../../shell/permissions";
import { useRefreshChoices } from "../../api/choices";

const CREATE_STAGE = graphql(`
  mutation CreateFunnelStage($input: CreateFunnelStageInput!) {
    createFunnelStage(input: $input) {
      stage {
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

export function StagesPage() {
  const { t } = useTranslation();
  const mayChange = useMay("CanManageFunnel");
  const create = useApiMutation(CREATE_STAGE);
  const refreshChoices = useRefreshChoices();
  const [notice, setNotice] = useState("");

  async function add(stage: StageValues) {
    const { createFunnelStage } = await create.mutateAsync({ input: stage });
    if (createFunnelStage.stage) {
      setNotice(t("settings.stages.added", { name: stage.name }));
      await refreshChoices();
    }
    return createFunnelStage.errors;
  }

  return (
    <SettingsLayout
      title={t("settings.stages.title")}
      part="stages"
      mayChange={mayChange}
      notice={notice}
    >
      <p>{t("settings.stages.about")}</p>
      <section>
        <h2 id="stages-title">{t("settings.stages.list")}</h2>
        <StagesTable onChanged={setNotice} />
      </section>
      {mayChange && (
        <section aria-labelledby="add-stage-title">
          <h2 id="add-stage-title">{t("settings.stages.new")}</h2>
          <StageForm label={t("settings.stages.new")} save={add} />
        </section>
      )}
    </SettingsLayout>
  );
}
