// A lead's details, each edited in place through updateLead (a field cleared is
// sent as null, which clears it; the name cannot be cleared).
import { useTranslation } from "react-i18next";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { LeadChangesInput } from "../gql/graphql";
import { Field } from "../ui/Field";
import { phoneShown } from "../ui/phone";
import { readDecimal } from "../ui/numbers";
import { useFormat } from "../ui/format";
import { SelectField } from "../ui/SelectField";
import { DetailInPlace } from "./DetailInPlace";
import { LEAD_DETAILS, type Lead } from "./lead";
import { LEAD_TIMELINE } from "./Timeline";
import { useOwners, useSources } from "./lookups";
import { LEADS_LIST } from "./useLeadsList";

const UPDATE_LEAD = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      lead {
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

type TextField =
  "name" | "email" | "phone" | "title" | "company" | "website" | "country" | "industry";
const TEXT_FIELDS: readonly TextField[] = [
  "name",
  "email",
  "phone",
  "title",
  "company",
  "website",
  "country",
  "industry",
];
const INPUT_TYPES: Partial<Record<TextField, string>> = {
  email: "email",
  phone: "tel",
  website: "url",
};
const NOBODY = "";

export function LeadFields({ lead, onSaved }: { lead: Lead; onSaved: (notice: string) => void }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const refresh = useRefresh();
  const owners = useOwners();
  const sources = useSources();
  const updateLead = useApiMutation(UPDATE_LEAD);

  function saver(label: string, changes: (draft: string) => LeadChangesInput) {
    return async (draft: string) => {
      const { updateLead: answer } = await updateLead.mutateAsync({
        input: { leadId: lead.id, lead: changes(draft) },
      });
      if (answer.lead) {
        onSaved(t("lead.saved", { field: label }));
        await refresh(LEAD_DETAILS, LEAD_TIMELINE, LEADS_LIST);
      }
      return answer.errors;
    };
  }

  function textRow(field: TextField) {
    const label = t(`lead.field.${field}`);
    return (
      <DetailInPlace
        label={label}
        shown={
          (field === "phone" && lead.phone ? phoneShown(lead.phone) : lead[field]) ||
          t("lead.empty")
        }
        value={lead[field] ?? ""}
        control={(draft, setDraft, fault) => (
          <Field
            label={label}
            type={INPUT_TYPES[field] ?? "text"}
            value={draft}
            fault={fault}
            onChange={(event) => setDraft(event.target.value)}
          />
        )}
        save={saver(label, (draft) => ({ [field]: draft.trim() || null }))}
      />
    );
  }

  const rows: [string, React.ReactNode][] = [
    ...TEXT_FIELDS.map((field): [string, React.ReactNode] => [
      t(`lead.field.${field}`),
      textRow(field),
    ]),
    [
      t("lead.field.expectedValue"),
      <DetailInPlace
        label={t("lead.field.expectedValue")}
        shown={lead.expectedValue ? money(lead.expectedValue) : t("lead.empty")}
        value={lead.expectedValue ?? ""}
        control={(draft, setDraft, fault) => (
          <Field
            label={t("lead.field.expectedValue")}
            inputMode="decimal"
            value={draft}
            fault={fault}
            onChange={(event) => setDraft(event.target.value)}
          />
        )}
        save={saver(t("lead.field.expectedValue"), (draft) => ({
          expectedValue: draft.trim() ? (readDecimal(draft) ?? draft) : null,
        }))}
      />,
    ],
    [
      t("lead.field.owner"),
      <DetailInPlace
        label={t("lead.field.owner")}
        shown={lead.owner?.name ?? t("lead.empty")}
        value={lead.owner?.id ?? NOBODY}
        control={(draft, setDraft, fault) => (
          <SelectField
            label={t("lead.field.owner")}
            value={draft}
            fault={fault}
            options={[
              { value: NOBODY, label: t("leads.filters.nobody") },
              ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
            ]}
            onChange={setDraft}
          />
        )}
        save={saver(t("lead.field.owner"), (draft) => ({ ownerId: draft || null }))}
      />,
    ],
    [
      t("lead.field.source"),
      <DetailInPlace
        label={t("lead.field.source")}
        shown={lead.source?.name ?? t("lead.empty")}
        value={lead.source?.id ?? NOBODY}
        control={(draft, setDraft, fault) => (
          <SelectField
            label={t("lead.field.source")}
            value={draft}
            fault={fault}
            options={[
              { value: NOBODY, label: t("lead.empty") },
              ...sources.map((source) => ({ value: source.id, label: source.name })),
            ]}
            onChange={setDraft}
          />
        )}
        save={saver(t("lead.field.source"), (draft) => ({ sourceId: draft || null }))}
      />,
    ],
    [
      t("lead.field.tags"),
      <DetailInPlace
        label={t("lead.field.tags")}
        shown={lead.tags.length ? lead.tags.join(", ") : t("lead.empty")}
        value={lead.tags.join(", ")}
        control={(draft, setDraft, fault) => (
          <Field
            label={t("lead.field.tags")}
            hint={t("lead.tagsHint")}
            value={draft}
            fault={fault}
            onChange={(event) => setDraft(event.target.value)}
          />
        )}
        save={saver(t("lead.field.tags"), (draft) => ({
          tags: draft
            .split(",")
            .map((tag) => tag.trim())
            .filter(Boolean),
        }))}
      />,
    ],
    [t("lead.field.score"), lead.score],
    [t("lead.field.temperature"), t(`leads.temperatures.${lead.temperature}`)],
  ];
  return (
    <section aria-labelledby="lead-fields-title">
      <h2 id="lead-fields-title">{t("lead.fields")}</h2>
      <dl className="lead-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
