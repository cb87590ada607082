import { useTranslation } from "react-i18next";
import { useApiMutation, useApiPages } from "../../api/hooks";
import { graphql } from "../../gql";
import type { ApiClientsQuery } from "../../gql/graphql";
import { MorePages } from "../../ui/MorePages";
import { useRowFaults } from "../../ui/rowFaults";
import { Failed, Loading } from "../../ui/states";
import type { IssuedSecret } from "../OneTimeSecret";
import { useRefresh } from "../../api/hooks";
import { ApiClientCard } from "./ApiClientCard";

export const API_CLIENTS = graphql(`
  query ApiClients($after: String) {
    tenant {
      apiClients(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            clientId
            confidential
            redirectUris
            scopes
            createdAt
            secretRotatedAt
            revokedAt
            registeredBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const ROTATE = graphql(`
  mutation RotateApiClientSecret($input: ApiClientInput!) {
    rotateApiClientSecret(input: $input) {
      apiClient {
        id
        secretRotatedAt
      }
      clientSecret
      errors {
        field
        code
        message
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeApiClient($input: ApiClientInput!) {
    revokeApiClient(input: $input) {
      apiClient {
        id
        revokedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export type ApiClient = ApiClientsQuery["tenant"]["apiClients"]["edges"][number]["node"];

interface Props {
  onChanged: (notice: string) => void;
  onSecret: (secret: IssuedSecret) => void;
}

export function ApiClientList({ onChanged, onSecret }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const clients = useApiPages(API_CLIENTS, {}, (result) => result.tenant.apiClients);
  const rotate = useApiMutation(ROTATE);
  const revoke = useApiMutation(REVOKE);
  const rows = useRowFaults();

  async function rotateSecretOf(client: ApiClient) {
    if (!window.confirm(t("apiClients.confirmRotate", { name: client.name }))) return;
    await rows.attempt(client.id, async () => {
      const { rotateApiClientSecret: answer } = await rotate.mutateAsync({
        input: { apiClientId: client.id },
      });
      if (answer.clientSecret) {
        onChanged(t("apiClients.rotated", { name: client.name }));
        onSecret({ of: client.name, value: answer.clientSecret });
      }
      return answer.errors;
    });
    await refresh(API_CLIENTS);
  }

  async function revokeClient(client: ApiClient) {
    if (!window.confirm(t("apiClients.confirmRevoke", { name: client.name }))) return;
    const revoked = await rows.attempt(client.id, async () => {
      const input = { apiClientId: client.id };
      return (await revoke.mutateAsync({ input })).revokeApiClient.errors;
    });
    if (revoked) onChanged(t("apiClients.revoked", { name: client.name }));
    await refresh(API_CLIENTS);
  }

  if (clients.isPending) return <Loading />;
  if (clients.isError) return <Failed error={clients.error} retry={() => void clients.refetch()} />;
  return (
    <section aria-labelledby="api-clients-title">
      <h2 id="api-clients-title">{t("apiClients.list")}</h2>
      {clients.nodes?.length === 0 && <p>{t("apiClients.none")}</p>}
      <div>
        {clients.nodes?.map((client) => (
          <ApiClientCard
            key={client.id}
            client={client}
            fault={rows.faults[client.id]}
            onRotate={() => void rotateSecretOf(client)}
            onRevoke={() => void revokeClient(client)}
          />
        ))}
      </div>
      <MorePages pages={clients} />
    </section>
  );
}
