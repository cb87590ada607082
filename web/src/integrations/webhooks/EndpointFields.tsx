import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import type { WebhookEventType } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { CheckboxGroup } from "../CheckboxGroup";
import { EVENT_NAMES, EVENT_TYPES } from "./events";

/** What a person sets of an endpoint, as the form holds it. */
export interface EndpointDraft {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
}

interface Props {
  draft: EndpointDraft;
  faults: Faults;
  onChange: (draft: EndpointDraft) => void;
}

/** The fields of an endpoint, alike when it is made and when it is changed. */
export function EndpointFields({ draft, faults, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("webhooks.url")}
        hint={t("webhooks.urlHint")}
        type="url"
        required
        maxLength={2000}
        spellCheck={false}
        value={draft.url}
        fault={faults.url}
        onChange={(event) => onChange({ ...draft, url: event.target.value })}
      />
      <Field
        label={t("webhooks.description")}
        hint={t("webhooks.descriptionHint")}
        maxLength={200}
        value={draft.description}
        fault={faults.description}
        onChange={(event) => onChange({ ...draft, description: event.target.value })}
      />
      <CheckboxGroup
        legend={t("webhooks.eventsLegend")}
        choices={EVENT_TYPES.map((type) => ({
          value: type,
          label: `${t(`webhooks.events.${type}`)} (${EVENT_NAMES[type]})`,
        }))}
        chosen={draft.eventTypes}
        fault={faults.eventTypes}
        onChange={(eventTypes) => onChange({ ...draft, eventTypes })}
      />
    </>
  );
}
