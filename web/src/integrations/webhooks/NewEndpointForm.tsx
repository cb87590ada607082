import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { Form, useForm } from "../../ui/form";
import type { IssuedSecret } from "../OneTimeSecret";
import { useRefresh } from "../../api/hooks";
import { EndpointFields, type EndpointDraft } from "./EndpointFields";
import { WEBHOOK_ENDPOINTS } from "./EndpointList";

const CREATE = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint {
        id
        url
      }
      signingSecret
      errors {
        field
        code
        message
      }
    }
  }
`);

const EMPTY: EndpointDraft = { url: "", description: "", eventTypes: [] };

interface Props {
  onCreated: (notice: string, secret: IssuedSecret) => void;
}

export function NewEndpointForm({ onCreated }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const create = useApiMutation(CREATE);
  const [draft, setDraft] = useState(EMPTY);
  const titleId = useId();
  const form = useForm(async () => {
    const { createWebhookEndpoint: answer } = await create.mutateAsync({ input: draft });
    const { webhookEndpoint: endpoint, signingSecret } = answer;
    if (endpoint && signingSecret) {
      onCreated(t("webhooks.added", { url: endpoint.url }), {
        of: endpoint.url,
        value: signingSecret,
      });
      setDraft(EMPTY);
      await refresh(WEBHOOK_ENDPOINTS);
    }
    return answer.errors;
  });
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("webhooks.add")}</h2>
      <Form
        form={form}
        label={t("webhooks.add")}
        submit={t("webhooks.addSubmit")}
        busy={t("webhooks.adding")}
      >
        <EndpointFields draft={draft} faults={form.faults} onChange={setDraft} />
      </Form>
    </section>
  );
}
