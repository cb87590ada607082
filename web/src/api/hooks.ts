// Asking the API from a page: TanStack Query keeps each answer under its operation,
// variables and company, so pages that ask the same share one request, and a
// mutation's page refreshes what it changed by naming those operations.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { DocumentNode } from "graphql";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useSession } from "../session/context";
import type { Session } from "../session/session";
import { NETWORK, operationName, type ApiError } from "./client";
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

/** A connection, page after page: ``nodes`` holds every page fetched so far. With
 * ``keepShowing``, a change of variables keeps the last answer shown until the new
 * one comes (a list refiltered does not flash empty). */
export function useApiPages<Result, Variables extends { after?: string | null }, Node>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Omit<Variables, "after">,
  connectionOf: (result: Result) => Connection<Node>,
  { keepShowing = false } = {},
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
    placeholderData: keepShowing ? keepPreviousData : undefined,
  });
  const nodes = pages.data?.pages.flatMap((page) => connectionOf(page).edges.map((e) => e.node));
  return { ...pages, nodes };
}

interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: (options: { cancelRefetch: boolean }) => unknown;
}

/** For a list needed whole (a choice among every team, member or source): its
 * pages fetched one after another until none is left. */
export function useEveryPage<Pages extends MorePages>(pages: Pages): Pages {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = pages;
  useEffect(() => {
    // Several choices may show the same list: a page asked for is asked once.
    if (hasNextPage && !isFetchingNextPage && !isError)
      void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return pages;
}

/** After a change: every cached answer of these operations is asked for again. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return (...documents: DocumentNode[]) =>
    Promise.all(
      documents.map((document) =>
        queryClient.invalidateQueries({ queryKey: [operationName(document)] }),
      ),
    );
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
 * hears each event; ``error`` is the last failure, if any. A lost connection is
 * tried again after a pause that grows to half a minute, with the variables the
 * page has then (a feed resumes after its last cursor). Variables are compared by
 * value, so a page may build them afresh on each render. */
export function useApiSubscription<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  onEvent: (result: Result) => void,
  { enabled = true } = {},
) {
  const subscribe = useSubscribe();
  const credentials = useCredentials(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [retries, setRetries] = useState(0);
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
    let retry: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe(
      document,
      JSON.parse(asked) as Variables,
      token ? { token, tenantId } : undefined,
      {
        next: (result) => listener.current(result),
        error: (failure) => {
          setError(failure);
          if (failure.code !== NETWORK) return;
          const pause = Math.min(RETRY_FIRST_MS * 2 ** retries, RETRY_AT_MOST_MS);
          retry = setTimeout(() => setRetries((tried) => tried + 1), pause);
        },
        complete: () => undefined,
      },
    );
    return () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }, [subscribe, document, asked, token, tenantId, enabled, retries]);
  return { error };
}

const RETRY_FIRST_MS = 1000;
const RETRY_AT_MOST_MS = 30_000;
