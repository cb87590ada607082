import { useState } from "react";
import { useTranslation } from "react-i18next";
import { inOwnWords, type PayloadError } from "../../api/faults";
import type { SourceInput, SourceKind } from "../../gql/graphql";
import { useViewer } from "../../shell/viewer";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { readDecimal } from "../../ui/numbers";
import { SOURCE_KINDS, type Source } from "./sources";

interface Props {
  /** The source edited; none for a new one. */
  source?: Source;
  /** The form's accessible name. */
  label: string;
  /** Sends the source; the payload's errors, none if it went through. */
  save: (input: SourceInput) => Promise<readonly PayloadError[]>;
}

/** A source's name, kind, campaign, event date and cost: to add one, or change one. */
export function SourceForm({ source, label, save }: Props) {
  const { t } = useTranslation();
  const { current } = useViewer();
  const [name, setName] = useState(source?.name ?? "");
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? "WEB_FORM");
  const [campaign, setCampaign] = useState(source?.campaign ?? "");
  const [eventDate, setEventDate] = useState(source?.eventDate ?? "");
  const [cost, setCost] = useState(source?.cost ?? "");
  const form = useForm(async () => {
    const amount = readDecimal(cost);
    if (cost.trim() && amount === null) {
      return [{ field: "cost", code: "INVALID", message: t("settings.sources.costInvalid") }];
    }
    const input = {
      name,
      kind,
      campaign: campaign.trim() || null,
      eventDate: eventDate || null,
      cost: amount,
    };
    const errors = inOwnWords(t, "settings.refusals", await save(input));
    if (!source && errors.length === 0) {
      setName("");
      setCampaign("");
      setEventDate("");
      setCost("");
    }
    return errors;
  });
  return (
    <Form
      form={form}
      label={label}
      submit={source ? t("settings.save") : t("settings.sources.add")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.sources.name")}
        required
        value={name}
        fault={form.faults.name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t("settings.sources.kind")}
        value={kind}
        options={SOURCE_KINDS.map((code) => ({
          value: code,
          label: t(`settings.sourceKinds.${code}`),
        }))}
        fault={form.faults.kind}
        onChange={(value) => setKind(value as SourceKind)}
      />
      <Field
        label={t("settings.sources.campaign")}
        hint={t("settings.optional")}
        value={campaign}
        fault={form.faults.campaign}
        onChange={(event) => setCampaign(event.target.value)}
      />
      <Field
        label={t("settings.sources.eventDate")}
        hint={t("settings.optional")}
        type="date"
        value={eventDate}
        fault={form.faults.eventDate}
        onChange={(event) => setEventDate(event.target.value)}
      />
      <Field
        label={t("settings.sources.cost")}
        hint={t("settings.sources.costHint", { currency: current.tenant.currency })}
        inputMode="decimal"
        value={cost}
        fault={form.faults.cost}
        onChange={(event) => setCost(event.target.value)}
      />
    </Form>
  );
}
