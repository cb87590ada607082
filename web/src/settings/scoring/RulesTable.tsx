import { useTranslation } from "react-i18next";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import type { ScoringRuleInput } from "../../gql/graphql";
import { TableScroll } from "../../ui/TableScroll";
import { Failed, Loading } from "../../ui/states";
import type { CustomField } from "../fields/fields";
import { useRefresh } from "../../api/hooks";
import { RowActions } from "../RowActions";
import { useRowActs } from "../rowActs";
import { useExplain } from "./explain";
import { RuleForm } from "./RuleForm";
import { SCORING_RULES, type Rule } from "./scoring";
import { useMay } from "../../shell/permissions";
import { EditInPlace } from "../../ui/EditInPlace";

const UPDATE_RULE = graphql(`
  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {
    updateScoringRule(input: $input) {
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

const DELETE_RULE = graphql(`
  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {
    deleteScoringRule(input: $input) {
      deletedRuleId
      errors {
        field
        code
        message
      }
    }
  }
`);

const COLUMNS = ["name", "when", "points"] as const;

interface Props {
  customFields: readonly CustomField[];
  onChanged: (notice: string) => void;
}

/** The company's scoring rules, each said in words with its points. */
export function RulesTable({ customFields, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const mayChange = useMay("CanManageScoring");
  const query = useApiQuery(SCORING_RULES, {});
  const update = useApiMutation(UPDATE_RULE);
  const deleteRule = useApiMutation(DELETE_RULE);
  const refresh = useRefresh();
  const rows = useRowActs(() => refresh(SCORING_RULES), onChanged, "rules-title");
  const explain = useExplain(customFields);
  const points = new Intl.NumberFormat(i18n.language, { signDisplay: "exceptZero" });

  async function save(rule: Rule, changes: ScoringRuleInput, close: () => void) {
    const { updateScoringRule } = await update.mutateAsync({
      input: { ruleId: rule.id, rule: changes },
    });
    if (updateScoringRule.rule) {
      onChanged(t("settings.scoring.saved", { name: changes.name }));
      close();
      await refresh(SCORING_RULES);
    }
    return updateScoringRule.errors;
  }

  function remove(rule: Rule) {
    void rows.remove(
      rule.id,
      t("settings.scoring.confirmDelete", { name: rule.name }),
      async () =>
        (await deleteRule.mutateAsync({ input: { ruleId: rule.id } })).deleteScoringRule.errors,
      t("settings.scoring.deleted", { name: rule.name }),
    );
  }

  if (query.isPending) return <Loading />;
  if (query.isError) return <Failed error={query.error} retry={() => void query.refetch()} />;
  const rules = query.data.tenant.scoringRules.edges.map(({ node }) => node);
  if (rules.length === 0) return <p>{t("settings.scoring.none")}</p>;
  const columns = COLUMNS.length + (mayChange ? 1 : 0);
  return (
    <TableScroll labelledBy="rules-title">
      <table aria-labelledby="rules-title">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`settings.scoring.${column}`)}
              </th>
            ))}
            {mayChange && <th scope="col">{t("settings.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <EditInPlace
              key={rule.id}
              columns={columns}
              editor={(close) => (
                <RuleForm
                  rule={rule}
                  label={t("settings.editWhat", { name: rule.name })}
                  customFields={customFields}
                  save={(changes) => save(rule, changes, close)}
                />
              )}
              shown={(opener) => (
                <tr>
                  <th scope="row">{rule.name}</th>
                  <td>{explain(rule)}</td>
                  <td>
                    {t("settings.scoring.pointsOf", {
                      count: rule.points,
                      points: points.format(rule.points),
                    })}
                  </td>
                  {mayChange && (
                    <td>
                      <RowActions
                        rowId={rule.id}
                        name={rule.name}
                        edit={opener}
                        onRemove={() => remove(rule)}
                        fault={rows.faults[rule.id]}
                      />
                    </td>
                  )}
                </tr>
              )}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
