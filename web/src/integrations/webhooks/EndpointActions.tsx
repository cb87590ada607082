import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { useRowFaults } from "../../ui/rowFaults";
import type { IssuedSecret } from "../OneTimeSecret";
import { useRefresh } from "../../api/hooks";
import { WEBHOOK_DELIVERIES } from "./Deliveries";
import { WEBHOOK_ENDPOINTS } from "./EndpointList";
import { WEBHOOK_ENDPOINT, type WebhookEndpoint } from "./endpoint";
import { WEBHOOKS_PATH } from "./paths";
import type { WebhooksArrival } from "./WebhooksPage";

const TEST = graphql(`
  mutation TestWebhook($input: WebhookEndpointInput!) {
    testWebhook(input: $input) {
      webhookDelivery {
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

const ROTATE = graphql(`
  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {
    rotateWebhookSecret(input: $input) {
      webhookEndpoint {
        id
        secretRotatedAt
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

const DELETE = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedWebhookEndpointId
      errors {
        field
        code
        message
      }
    }
  }
`);

type Action = "test" | "rotate" | "delete";

interface Props {
  endpoint: WebhookEndpoint;
  onChanged: (notice: string) => void;
  onSecret: (secret: IssuedSecret) => void;
}

/** What is done to the endpoint at once: a test message, a new signing secret, its
 * deletion; what went wrong is shown beside the button that tried. */
export function EndpointActions({ endpoint, onChanged, onSecret }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const test = useApiMutation(TEST);
  const rotate = useApiMutation(ROTATE);
  const remove = useApiMutation(DELETE);
  const actions = useRowFaults();
  const titleId = useId();
  const input = { webhookEndpointId: endpoint.id };
  const refresh = useRefresh();

  async function sendTest() {
    const sent = await actions.attempt("test", async () => {
      return (await test.mutateAsync({ input })).testWebhook.errors;
    });
    if (sent) onChanged(t("webhooks.testSent"));
    await refresh(WEBHOOK_DELIVERIES);
  }

  async function rotateSecret() {
    if (!window.confirm(t("webhooks.confirmRotate"))) return;
    await actions.attempt("rotate", async () => {
      const { rotateWebhookSecret: answer } = await rotate.mutateAsync({ input });
      if (answer.signingSecret) {
        onChanged(t("webhooks.rotated"));
        onSecret({ of: endpoint.url, value: answer.signingSecret });
      }
      return answer.errors;
    });
    await refresh(WEBHOOK_ENDPOINT);
  }

  async function deleteEndpoint() {
    if (!window.confirm(t("webhooks.confirmDelete", { url: endpoint.url }))) return;
    const deleted = await actions.attempt("delete", async () => {
      return (await remove.mutateAsync({ input })).deleteWebhookEndpoint.errors;
    });
    if (!deleted) return;
    await refresh(WEBHOOK_ENDPOINTS);
    const arrival: WebhooksArrival = { notice: t("webhooks.deleted", { url: endpoint.url }) };
    navigate(WEBHOOKS_PATH, { state: arrival });
  }

  const buttons: { action: Action; label: string; run: () => Promise<void> }[] = [
    { action: "test", label: t("webhooks.test"), run: sendTest },
    { action: "rotate", label: t("webhooks.rotate"), run: rotateSecret },
    { action: "delete", label: t("webhooks.delete"), run: deleteEndpoint },
  ];
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("webhooks.actions")}</h2>
      <div className="integrations-actions">
        {buttons.map(({ action, label, run }) => {
          const fault = actions.faults[action];
          const faultId = `${titleId}-${action}`;
          return (
            <div key={action}>
              <button
                type="button"
                className="secondary"
                aria-describedby={fault ? faultId : undefined}
                onClick={() => void run()}
              >
                {label}
              </button>
              {fault && (
                <p id={faultId} className="fault">
                  {fault}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
