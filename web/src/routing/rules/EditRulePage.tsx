// One rule, changed; back to the list once it is saved.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { operationName } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import { Failed, Loading } from "../../ui/states";
import { RuleFormPage } from "./RuleFormPage";
import { ruleDraft } from "./ruleDraft";
import { RULES } from "./rules";
import type { RulesNotice } from "./RulesPage";

const UPDATE_RULE = graphql(`
  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {
    updateRoutingRule(input: $input) {
      rule {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function EditRulePage() {
  const { t } = useTranslation();
  const { ruleId } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const update = useApiMutation(UPDATE_RULE);
  const rules = useApiQuery(RULES, {});

  if (rules.isPending) return <Loading />;
  if (rules.isError) return <Failed error={rules.error} retry={() => void rules.refetch()} />;
  const rule = rules.data.tenant.routingRules.find((each) => each.id === ruleId);
  if (!rule) {
    return (
      <>
        <h1>{t("routing.rules.notFound")}</h1>
        <Link to="/routing/rules">{t("routing.rules.back")}</Link>
      </>
    );
  }
  return (
    <RuleFormPage
      title={t("routing.rules.editWhich", { name: rule.name })}
      initial={ruleDraft(rule)}
      submit={t("routing.save")}
      save={async (changes) => {
        const input = { routingRuleId: rule.id, rule: changes };
        const { updateRoutingRule } = await update.mutateAsync({ input });
        const saved = updateRoutingRule.rule;
        if (saved) {
          await queryClient.invalidateQueries({ queryKey: [operationName(RULES)] });
          const state: RulesNotice = { notice: t("routing.rules.saved", { name: saved.name }) };
          await navigate("/routing/rules", { state });
        }
        return updateRoutingRule.errors;
      }}
    />
  );
}
