// A rule: its name, which leads it takes, where they go, where they go when
// nobody there can take them, and how soon someone must answer.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { inOwnWords, type PayloadError } from "../../api/faults";
import type { RoutingRuleInput, RoutingStrategy, SlaAction } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { wholeNumber } from "../drafts";
import { faultsUnder, notWholeNumbers, unshownAsForm } from "../faults";
import type { Lookups } from "../lookups";
import { ConditionList } from "./ConditionList";
import { ruleInput, type RuleDraft } from "./ruleDraft";
import { strategyOptions } from "./strategies";
import { TargetFields } from "./TargetFields";

const SLA_ACTIONS: readonly SlaAction[] = ["NEXT_MEMBER", "ESCALATE"];

// The fields this form shows a fault beside; any other is shown above it.
const SHOWN =
  /^(name|conditions(\.\d+\.(field|customFieldKey|operator|values|number|upTo))?|(target|overflow)\.(kind|teamId|userId)|sticky|slaMinutes)$/;

interface Props {
  initial: RuleDraft;
  lookups: Lookups;
  submit: string;
  /** Sends the rule; the payload's errors. */
  save: (rule: RoutingRuleInput) => Promise<readonly PayloadError[]>;
}

export function RuleForm({ initial, lookups, submit, save }: Props) {
  const { t } = useTranslation();
  const [rule, setRule] = useState(initial);
  const change = (changes: Partial<RuleDraft>) =>
    setRule((current) => ({ ...current, ...changes }));

  const form = useForm(async () => {
    const slaMinutes = wholeNumber(rule.slaMinutes);
    const notWhole = notWholeNumbers(t, { slaMinutes });
    if (notWhole.length > 0) return notWhole;
    const errors = inOwnWords(
      t,
      "routing.faults",
      await save(ruleInput(rule, slaMinutes, lookups.customFields)),
      {
        name: t("routing.rule.nameInvalid"),
        slaMinutes: t("routing.rule.slaInvalid"),
      },
    );
    return unshownAsForm(errors, (field) => SHOWN.test(field));
  });

  return (
    <div className="routing-wide">
      <Form form={form} submit={submit} busy={t("routing.saving")}>
        <Field
          label={t("routing.rule.name")}
          required
          value={rule.name}
          fault={form.faults.name}
          onChange={(event) => change({ name: event.target.value })}
        />
        <ConditionList
          match={rule.match}
          conditions={rule.conditions}
          lookups={lookups}
          faults={form.faults}
          onChange={change}
        />
        <TargetFields
          legend={t("routing.rule.target")}
          target={rule.target}
          faults={faultsUnder(form.faults, "target")}
          onChange={(target) => change({ target })}
        >
          {rule.target.kind === "TEAM" && (
            <>
              <SelectField
                label={t("routing.rule.strategy")}
                value={rule.strategy}
                options={strategyOptions(t)}
                onChange={(strategy) => change({ strategy: strategy as RoutingStrategy })}
              />
              <CheckboxField
                label={t("routing.rule.sticky")}
                checked={rule.sticky}
                fault={form.faults.sticky}
                onChange={(event) => change({ sticky: event.target.checked })}
              />
            </>
          )}
          <CheckboxField
            label={t("routing.rule.withinWorkingHours")}
            checked={rule.withinWorkingHours}
            onChange={(event) => change({ withinWorkingHours: event.target.checked })}
          />
        </TargetFields>
        <TargetFields
          legend={t("routing.rule.overflow")}
          target={rule.overflow}
          faults={faultsUnder(form.faults, "overflow")}
          onChange={(overflow) => change({ overflow })}
        />
        <fieldset className="routing-fieldset">
          <legend>{t("routing.rule.sla")}</legend>
          <Field
            label={t("routing.rule.slaMinutes")}
            type="number"
            inputMode="numeric"
            min={1}
            max={43200}
            hint={t("routing.rule.slaHint")}
            value={rule.slaMinutes}
            fault={form.faults.slaMinutes}
            onChange={(event) => change({ slaMinutes: event.target.value })}
          />
          {rule.slaMinutes.trim() !== "" && (
            <SelectField
              label={t("routing.rule.slaAction")}
              value={rule.slaAction}
              options={SLA_ACTIONS.map((action) => ({
                value: action,
                label: t(`routing.rule.slaActions.${action}`),
              }))}
              onChange={(action) => change({ slaAction: action as SlaAction })}
            />
          )}
        </fieldset>
      </Form>
    </div>
  );
}
