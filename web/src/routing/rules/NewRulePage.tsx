// A new rule, tried after the others; back to the list once it is made.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { RuleFormPage } from "./RuleFormPage";
import { ruleDraft } from "./ruleDraft";
import { RULES } from "./rules";
import type { RulesNotice } from "./RulesPage";

const CREATE_RULE = graphql(`
  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) {
      rule {
        id
        name
        position
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function NewRulePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useApiMutation(CREATE_RULE);
  return (
    <RuleFormPage
      title={t("routing.rules.new")}
      initial={ruleDraft()}
      submit={t("routing.rules.create")}
      save={async (rule) => {
        const { createRoutingRule } = await create.mutateAsync({ input: { rule } });
        const made = createRoutingRule.rule;
        if (made) {
          await queryClient.invalidateQueries({ queryKey: [operationName(RULES)] });
          const state: RulesNotice = {
            notice: t("routing.rules.created", { name: made.name, position: made.position }),
          };
          await navigate("/routing/rules", { state });
        }
        return createRoutingRule.errors;
      }}
    />
  );
}
