// The one way the app talks to Leadhub: a typed GraphQL request to /graphql, with the
// session's token and tenant. An answer with GraphQL errors is an ApiError.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface Credentials {
  token: string;
  tenantId?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export type Request = <Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  credentials?: Credentials,
) => Promise<Result>;

interface Answer<Result> {
  data?: Result;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const request: Request = async (document, variables, credentials) => {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json",
  };
  if (credentials) {
    headers.authorization = `Bearer ${credentials.token}`;
    if (credentials.tenantId) headers["x-tenant-id"] = credentials.tenantId;
  }
  const response = await fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ query: print(document), variables }),
  });
  const answer = (await response.json()) as Answer<never>;
  const [error] = answer.errors ?? [];
  if (error || answer.data === undefined) {
    throw new ApiError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  }
  return answer.data;
};
