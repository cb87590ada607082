// For component tests: a Request that answers each operation, by its name, as the
// test says the API would. The end-to-end tests drive the real API.
import type { DocumentNode } from "graphql";
import { operationName, type ApiError, type Request } from "./client";
import type { Sink, Subscribe } from "./live";

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

/** For component tests: subscriptions that hear what the test pushes, by operation. */
export function fakeLive() {
  const sinks = new Map<string, Set<Sink<never>>>();
  const subscribed: Asked[] = [];
  const subscribe: Subscribe = (document, variables, credentials, sink) => {
    const operation = operationName(document as DocumentNode);
    subscribed.push({ operation, variables, ...credentials });
    const listening = sinks.get(operation) ?? new Set();
    listening.add(sink as Sink<never>);
    sinks.set(operation, listening);
    return () => listening.delete(sink as Sink<never>);
  };
  const each = (operation: string, tell: (sink: Sink<never>) => void) =>
    sinks.get(operation)?.forEach(tell);
  return {
    subscribe,
    subscribed,
    push: (operation: string, result: unknown) =>
      each(operation, (sink) => sink.next(result as never)),
    fail: (operation: string, error: ApiError) => each(operation, (sink) => sink.error(error)),
  };
}
