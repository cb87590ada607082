// Asking the API from a page: TanStack Query keeps each answer under its operation,
// variables and company, so pages that ask the same share one request, and a
// mutation's page refreshes what it changed by naming those operations.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useSession } from "../session/context";
import type { Session } from "../session/session";
import { operationName, type ApiError } from "./client";
import { useRequest, useSubscribe } from "./context";

/** Who asks: the login in the chosen company, or (``inTenant`` false) the person
 * alone, for what does not depend on a company. */
function useCredentials(inTenant: boolean): Session | undefined {
  const { session } = useSession();
  if (!session) return undefined;
  return inTenant ? session : { token: session.token };
}

export function useApiQuery<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  { inTenant = true } = {},
) {
  const request = useRequest();
  const credentials = useCredentials(inTenant);
  return useQuery({
    queryKey: [operationName(document), variables, credentials?.tenantId],
    queryFn: () => request(document, variables, credentials),
  });
}

interface Connection<Node> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

/** A connection, page after page: ``nodes`` holds every page fetched so far. */
export function useApiPages<Result, Variables extends { after?: string | null }, Node>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Omit<Variables, "after">,
  connectionOf: (result: Result) => Connection<Node>,
) {
  const request = useRequest();
  const credentials = useCredentials(true);
  const pages = useInfiniteQuery({
    queryKey: [operationName(document), variables, credentials?.tenantId],
    queryFn: ({ pageParam }) =>
      request(document, { ...variables, after: pageParam } as Variables, credentials),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => {
      const { pageInfo } = connectionOf(last);
      return pageInfo.hasNextPage ? pageInfo.endCursor : undefined;
    },
  });
  const nodes = pages.data?.pages.flatMap((page) => connectionOf(page).edges.map((e) => e.node));
  return { ...pages, nodes };
}

export function useApiMutation<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  { inTenant = true } = {},
) {
  const request = useRequest();
  const credentials = useCredentials(inTenant);
  return useMutation({
    mutationFn: (variables: Variables) => request(document, variables, credentials),
  });
}

/** A subscription for as long as the page shows it (and ``enabled``): ``onEvent``
 * hears each event; ``error`` is the last failure, if any. Variables are compared
 * by value, so a page may build them afresh on each render. */
export function useApiSubscription<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  onEvent: (result: Result) => void,
  { enabled = true } = {},
) {
  const subscribe = useSubscribe();
  const credentials = useCredentials(true);
  const [error, setError] = useState<ApiError | null>(null);
  const listener = useRef(onEvent);
  useLayoutEffect(() => {
    listener.current = onEvent;
  });
  const asked = JSON.stringify(variables);
  const token = credentials?.token;
  const tenantId = credentials?.tenantId;
  useEffect(() => {
    if (!enabled) return undefined;
    setError(null);
    return subscribe(
      document,
      JSON.parse(asked) as Variables,
      token ? { token, tenantId } : undefined,
      {
        next: (result) => listener.current(result),
        error: setError,
        complete: () => undefined,
      },
    );
  }, [subscribe, document, asked, token, tenantId, enabled]);
  return { error };
}
