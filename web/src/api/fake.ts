// For component tests: a Request that answers each operation, by its name, as the
// test says the API would. The end-to-end tests drive the real API.
import type { DocumentNode } from "graphql";
import { operationName, type Request } from "./client";

export interface Asked {
  operation: string;
  variables: unknown;
  token?: string;
  tenantId?: string;
}

export function fakeApi(answers: Record<string, (variables: never) => unknown>) {
  const asked: Asked[] = [];
  const request: Request = async (document, variables, credentials) => {
    const operation = operationName(document as DocumentNode);
    asked.push({ operation, variables, ...credentials });
    const answer = answers[operation];
    if (!answer) throw new Error(`the test gave no answer to ${operation}`);
    return answer(variables as never) as never;
  };
  return { request, asked };
}
