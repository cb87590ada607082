// A lead's fields, as creating it would take them, and the question: who would
// routing give it to now? Nothing is created or assigned.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import type { CompanySize, PurchaseTimeframe, Temperature } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField, type Option } from "../../ui/SelectField";
import { CHOICES } from "../conditions";
import { wholeNumber } from "../drafts";
import { notWholeNumbers, unshownAsForm } from "../faults";
import type { Lookups, Named } from "../lookups";
import { EMPTY_LEAD, leadInput, TYPED, type LeadDraft } from "./leadDraft";
import { PREVIEW, type Answer } from "./preview";
import { inOwnWords } from "../../api/faults";

const SHOWN = new Set(Object.keys(EMPTY_LEAD));

interface Props {
  lookups: Lookups;
  /** The answer; null while a new question is asked. */
  onAnswer: (answer: Answer | null) => void;
}

export function DryRunForm({ lookups, onAnswer }: Props) {
  const { t } = useTranslation();
  // A question, not a change: asked on demand with the fields as sent, never cached.
  const preview = useApiMutation(PREVIEW);
  const [lead, setLead] = useState(EMPTY_LEAD);
  const change = (changes: Partial<LeadDraft>) =>
    setLead((current) => ({ ...current, ...changes }));

  const form = useForm(async () => {
    const score = wholeNumber(lead.score) ?? 0;
    const notWhole = notWholeNumbers(t, { score });
    if (notWhole.length > 0) return notWhole;
    onAnswer(null);
    const { tenant } = await preview.mutateAsync({ input: leadInput(lead), score });
    const { decision, errors } = tenant.routingPreview;
    if (decision) onAnswer({ decision, timeZone: tenant.timeZone });
    return unshownAsForm(inOwnWords(t, "routing.faults", errors), (field) => SHOWN.has(field));
  });

  const none = { value: "", label: t("routing.dryRun.notKnown") };
  const choices = (field: keyof typeof CHOICES): Option[] =>
    CHOICES[field].map((choice) => ({ value: choice, label: t(`routing.choices.${choice}`) }));
  const named = (first: Option, items: readonly Named[]): Option[] => [
    first,
    ...items.map((item) => ({ value: item.id, label: item.name })),
  ];

  return (
    <div className="routing-wide">
      <Form form={form} submit={t("routing.dryRun.submit")} busy={t("routing.dryRun.busy")}>
        {TYPED.map(({ field, type }) => (
          <Field
            key={field}
            label={t(`routing.dryRun.fields.${field}`)}
            type={type}
            required={field === "name"}
            hint={field === "country" ? t("routing.dryRun.countryHint") : undefined}
            value={lead[field]}
            fault={form.faults[field]}
            onChange={(event) => change({ [field]: event.target.value })}
          />
        ))}
        <SelectField
          label={t("routing.dryRun.fields.companySize")}
          value={lead.companySize}
          options={[none, ...choices("COMPANY_SIZE")]}
          fault={form.faults.companySize}
          onChange={(value) => change({ companySize: value as CompanySize | "" })}
        />
        <SelectField
          label={t("routing.dryRun.fields.sourceId")}
          value={lead.sourceId}
          options={named(none, lookups.sources)}
          fault={form.faults.sourceId}
          onChange={(sourceId) => change({ sourceId })}
        />
        <SelectField
          label={t("routing.dryRun.fields.stageId")}
          value={lead.stageId}
          options={named({ value: "", label: t("routing.dryRun.firstStage") }, lookups.stages)}
          fault={form.faults.stageId}
          onChange={(stageId) => change({ stageId })}
        />
        <Field
          label={t("routing.dryRun.fields.score")}
          type="number"
          inputMode="numeric"
          value={lead.score}
          fault={form.faults.score}
          onChange={(event) => change({ score: event.target.value })}
        />
        <SelectField
          label={t("routing.dryRun.fields.purchaseTimeframe")}
          value={lead.purchaseTimeframe}
          options={choices("PURCHASE_TIMEFRAME")}
          fault={form.faults.purchaseTimeframe}
          onChange={(value) => change({ purchaseTimeframe: value as PurchaseTimeframe })}
        />
        <SelectField
          label={t("routing.dryRun.fields.temperature")}
          value={lead.temperature}
          options={[
            { value: "", label: t("routing.dryRun.byTimeframe") },
            ...choices("TEMPERATURE"),
          ]}
          fault={form.faults.temperature}
          onChange={(value) => change({ temperature: value as Temperature | "" })}
        />
        <Field
          label={t("routing.dryRun.fields.expectedValue")}
          type="number"
          inputMode="decimal"
          step="0.01"
          value={lead.expectedValue}
          fault={form.faults.expectedValue}
          onChange={(event) => change({ expectedValue: event.target.value })}
        />
        <Field
          label={t("routing.dryRun.fields.tags")}
          hint={t("routing.condition.valuesHint")}
          value={lead.tags}
          fault={form.faults.tags}
          onChange={(event) => change({ tags: event.target.value })}
        />
      </Form>
    </div>
  );
}
