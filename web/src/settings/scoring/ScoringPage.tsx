// /settings/scoring: how leads are scored, rule by rule, and the score that makes
// a suspect a marketing qualified lead. Owners, admins and marketing change them;
// others see them, each rule said in words.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import type { ScoringRuleInput } from "../../gql/graphql";
import { CUSTOM_FIELDS } from "../fields/fields";
import { useRefresh } from "../../api/hooks";
import { SettingsLayout } from "../SettingsLayout";
import { MqlThreshold } from "./MqlThreshold";
import { RuleForm } from "./RuleForm";
import { RulesTable } from "./RulesTable";
import { SCORING_RULES } from "./scoring";
import { useMay } from "../../shell/permissions";

const CREATE_RULE = graphql(`
  mutation CreateScoringRule($input: ScoringRuleInput!) {
    createScoringRule(input: $input) {
      rule {
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

export function ScoringPage() {
  const { t } = useTranslation();
  const mayChange = useMay("CanManageScoring");
  // The rules name custom fields by key: their labels say them, their types what
  // a rule may ask. A company with more than a page of them is not expected.
  const fields = useApiPages(CUSTOM_FIELDS, {}, (result) => result.tenant.customFields);
  const customFields = fields.nodes ?? [];
  const create = useApiMutation(CREATE_RULE);
  const refresh = useRefresh();
  const [notice, setNotice] = useState("");

  async function add(input: ScoringRuleInput) {
    const { createScoringRule } = await create.mutateAsync({ input });
    if (createScoringRule.rule) {
      setNotice(t("settings.scoring.added", { name: input.name }));
      await refresh(SCORING_RULES);
    }
    return createScoringRule.errors;
  }

  return (
    <SettingsLayout
      title={t("settings.scoring.title")}
      part="scoring"
      mayChange={mayChange}
      notice={notice}
    >
      <p>{t("settings.scoring.about")}</p>
      <MqlThreshold onChanged={setNotice} />
      <section>
        <h2 id="rules-title">{t("settings.scoring.list")}</h2>
        <RulesTable customFields={customFields} onChanged={setNotice} />
      </section>
      {mayChange && (
        <section aria-labelledby="add-rule-title">
          <h2 id="add-rule-title">{t("settings.scoring.new")}</h2>
          <RuleForm label={t("settings.scoring.new")} customFields={customFields} save={add} />
        </section>
      )}
    </SettingsLayout>
  );
}
