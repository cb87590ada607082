// The one way the app talks to Leadhub: a typed GraphQL request to /graphql, with the
// session's token and tenant. An answer with GraphQL errors is an ApiError.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";

export interface Credentials {
  token: string;
  tenantId?: string;
}

/** The code of an ApiError for a request that got no answer from Leadhub. */
export const NETWORK = "network";

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

/** The operation's name, as the document says it (the key of its cached answers). */
export function operationName(document: DocumentNode): string {
  const [definition] = document.definitions;
  return definition && "name" in definition && definition.name ? definition.name.value : "";
}

/** The headers that log a request in, in the company chosen. */
export function credentialHeaders(credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = { authorization: `Bearer ${credentials.token}` };
  if (credentials.tenantId) headers["x-tenant-id"] = credentials.tenantId;
  return headers;
}

export const request: Request = async (document, variables, credentials) => {
  const headers = {
    "content-type": "application/json",
    accept: "application/graphql-response+json",
    ...(credentials ? credentialHeaders(credentials) : {}),
  };
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new ApiError("Leadhub cannot be reached.", NETWORK);
  }
  return dataOf(response);
};

/** A GraphQL response's data, or its first error as an ApiError. */
export async function dataOf<Result>(response: Response): Promise<Result> {
  // A proxy's error page is not JSON: told as its HTTP status.
  const answer = (await response.json().catch(() => ({}))) as Answer<Result>;
  const [error] = answer.errors ?? [];
  if (error || answer.data === undefined) {
    throw new ApiError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  }
  return answer.data;
}
