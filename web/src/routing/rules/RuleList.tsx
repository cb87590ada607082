// The rules, first tried first, each in words; managers move and delete them.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { operationName } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import { useRowFaults } from "../../ui/rowFaults";
import { Failed, Loading } from "../../ui/states";
import type { Lookups } from "../lookups";
import { useSentences } from "../sentences";
import { RULES, type Rule } from "./rules";
import { inOwnWords } from "../../api/faults";

const REORDER = graphql(`
  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {
    reorderRoutingRules(input: $input) {
      rules {
        id
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

const DELETE_RULE = graphql(`
  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
    deleteRoutingRule(input: $input) {
      deletedRuleId
      errors {
        field
        code
        message
      }
    }
  }
`);

const headingId = (rule: Rule) => `routing-rule-${rule.id}`;

interface Props {
  lookups: Lookups;
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function RuleList({ lookups, manages, onChanged }: Props) {
  const { t } = useTranslation();
  const sentences = useSentences(lookups);
  const queryClient = useQueryClient();
  const rules = useApiQuery(RULES, {});
  const reorder = useApiMutation(REORDER);
  const remove = useApiMutation(DELETE_RULE);
  const rows = useRowFaults();

  async function move(rule: Rule, by: -1 | 1) {
    const ids = (rules.data?.tenant.routingRules ?? []).map((each) => each.id);
    const from = ids.indexOf(rule.id);
    ids.splice(from, 1);
    ids.splice(from + by, 0, rule.id);
    const moved = await rows.attempt(rule.id, async () => {
      const input = { routingRuleIds: ids };
      return inOwnWords(
        t,
        "routing.faults",
        (await reorder.mutateAsync({ input })).reorderRoutingRules.errors,
      );
    });
    await queryClient.invalidateQueries({ queryKey: [operationName(RULES)] });
    if (!moved) return;
    onChanged(t("routing.rules.moved", { name: rule.name, position: from + by + 1 }));
    // The rule's buttons moved with it: keep the person's place on it.
    document.getElementById(headingId(rule))?.focus();
  }

  async function deleteRule(rule: Rule) {
    if (!window.confirm(t("routing.rules.confirmDelete", { name: rule.name }))) return;
    const deleted = await rows.attempt(rule.id, async () => {
      const input = { routingRuleId: rule.id };
      return inOwnWords(
        t,
        "routing.faults",
        (await remove.mutateAsync({ input })).deleteRoutingRule.errors,
      );
    });
    if (deleted) onChanged(t("routing.rules.deleted", { name: rule.name }));
    await queryClient.invalidateQueries({ queryKey: [operationName(RULES)] });
  }

  if (rules.isPending) return <Loading />;
  if (rules.isError) return <Failed error={rules.error} retry={() => void rules.refetch()} />;
  const all = rules.data.tenant.routingRules;
  if (all.length === 0) return <p>{t("routing.rules.none")}</p>;
  return (
    <ol className="routing-cards" aria-label={t("routing.rules.list")}>
      {all.map((rule, index) => (
        <li key={rule.id}>
          <h2 id={headingId(rule)} tabIndex={-1}>
            {t("routing.rules.heading", { position: rule.position, name: rule.name })}
          </h2>
          <p>{sentences.rule(rule)}</p>
          <ul className="routing-details">
            {sentences.details(rule).map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
          {manages && (
            <div className="routing-actions">
              <Link to={`/routing/rules/${encodeURIComponent(rule.id)}`}>
                {t("routing.rules.editWhich", { name: rule.name })}
              </Link>
              <button
                type="button"
                className="secondary"
                disabled={index === 0}
                aria-label={t("routing.rules.moveUpWhich", { name: rule.name })}
                onClick={() => void move(rule, -1)}
              >
                {t("routing.rules.moveUp")}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={index === all.length - 1}
                aria-label={t("routing.rules.moveDownWhich", { name: rule.name })}
                onClick={() => void move(rule, 1)}
              >
                {t("routing.rules.moveDown")}
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={t("routing.rules.deleteWhich", { name: rule.name })}
                onClick={() => void deleteRule(rule)}
              >
                {t("routing.delete")}
              </button>
            </div>
          )}
          {rows.faults[rule.id] && <p className="fault">{rows.faults[rule.id]}</p>}
        </li>
      ))}
    </ol>
  );
}
