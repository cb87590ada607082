import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { asFormFaults } from "../../api/faults";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { UpdateWebhookEndpointInput } from "../../gql/graphql";
import { CheckboxField } from "../../ui/CheckboxField";
import { Form, useForm } from "../../ui/form";
import { useRefresh } from "../../api/hooks";
import { EndpointFields, type EndpointDraft } from "./EndpointFields";
import { WEBHOOK_ENDPOINTS } from "./EndpointList";
import { WEBHOOK_ENDPOINT, type WebhookEndpoint } from "./endpoint";

const UPDATE = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint {
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

const sameSet = (one: readonly string[], other: readonly string[]) =>
  [...one].sort().join() === [...other].sort().join();

/** Only what the person changed: the API keeps the rest, and refuses anyone but its
 * app a change to what an app's endpoint receives. */
function changesOf(
  endpoint: WebhookEndpoint,
  draft: EndpointDraft,
  enabled: boolean,
): UpdateWebhookEndpointInput {
  const input: UpdateWebhookEndpointInput = { webhookEndpointId: endpoint.id };
  if (draft.url !== endpoint.url) input.url = draft.url;
  if (draft.description !== endpoint.description) input.description = draft.description;
  if (!sameSet(draft.eventTypes, endpoint.eventTypes)) input.eventTypes = draft.eventTypes;
  if (enabled !== endpoint.enabled) input.enabled = enabled;
  return input;
}

interface Props {
  endpoint: WebhookEndpoint;
  onSaved: (notice: string) => void;
}

export function EndpointSettingsForm({ endpoint, onSaved }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const update = useApiMutation(UPDATE);
  const [draft, setDraft] = useState<EndpointDraft>({
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
  });
  const [enabled, setEnabled] = useState(endpoint.enabled);
  const titleId = useId();
  const form = useForm(async () => {
    const turnsOff = endpoint.enabled && !enabled;
    if (turnsOff && !window.confirm(t("webhooks.confirmOff", { url: endpoint.url }))) return [];
    const input = changesOf(endpoint, draft, enabled);
    const { updateWebhookEndpoint: answer } = await update.mutateAsync({ input });
    if (answer.webhookEndpoint) {
      onSaved(t("webhooks.saved"));
      await refresh(WEBHOOK_ENDPOINT, WEBHOOK_ENDPOINTS);
    }
    return asFormFaults(answer.errors, "webhookEndpointId");
  });
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("webhooks.change")}</h2>
      <Form
        form={form}
        label={t("webhooks.change")}
        submit={t("webhooks.save")}
        busy={t("webhooks.saving")}
      >
        <EndpointFields draft={draft} faults={form.faults} onChange={setDraft} />
        <CheckboxField
          label={t("webhooks.enabled")}
          checked={enabled}
          fault={form.faults.enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
      </Form>
    </section>
  );
}
