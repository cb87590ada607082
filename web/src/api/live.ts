// Live updates: the API's subscriptions over one WebSocket per session
// (graphql-transport-ws at /graphql, logged in by connection_init's payload).
// graphql-ws opens the socket with the first subscription and closes it after the
// last. A drop is told to the subscriptions (a NETWORK error) rather than retried
// here, so each page subscribes again as it needs: a feed from its last cursor, so
// it misses nothing recorded while it was away.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { ApiError, NETWORK, type Credentials } from "./client";

export interface Sink<Result> {
  next: (result: Result) => void;
  error: (error: ApiError) => void;
  complete: () => void;
}

/** Starts a subscription; the function returned ends it. */
export type Subscribe = <Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  credentials: Credentials | undefined,
  sink: Sink<Result>,
) => () => void;

const clients = new Map<string, Client>();

function clientFor(credentials: Credentials | undefined): Client {
  const key = `${credentials?.token ?? ""} ${credentials?.tenantId ?? ""}`;
  let client = clients.get(key);
  if (!client) {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const connectionParams: Record<string, string> = {};
    if (credentials) connectionParams.Authorization = `Bearer ${credentials.token}`;
    if (credentials?.tenantId) connectionParams["X-Tenant-ID"] = credentials.tenantId;
    client = createClient({
      url: `${scheme}://${location.host}/graphql`,
      connectionParams,
      retryAttempts: 0,
    });
    clients.set(key, client);
  }
  return client;
}

export const subscribe: Subscribe = (document, variables, credentials, sink) =>
  clientFor(credentials).subscribe(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: ({ data, errors }) => {
        const [error] = errors ?? [];
        if (error) {
          const code = (error.extensions as { code?: string } | undefined)?.code;
          sink.error(new ApiError(error.message, code));
        } else if (data) {
          sink.next(data as never);
        }
      },
      error: (error) => sink.error(errorOf(error)),
      complete: sink.complete,
    },
  );

function errorOf(error: unknown): ApiError {
  if (Array.isArray(error) && error[0]?.message) {
    return new ApiError(String(error[0].message), error[0].extensions?.code);
  }
  return new ApiError("The live connection to Leadhub was lost.", NETWORK);
}
