// Keeping a page current while others work: the company's activity feed, live,
// asks again for the page's answers when an activity of a kind that changes them
// is recorded, once for a burst of them.
import { useQueryClient } from "@tanstack/react-query";
import type { DocumentNode } from "graphql";
import { useCallback, useEffect, useRef, useState } from "react";
import { graphql } from "../gql";
import type { ActivityKind } from "../gql/graphql";
import { NETWORK, operationName } from "./client";
import { useApiSubscription } from "./hooks";

const LIVE_ACTIVITY = graphql(`
  subscription LiveActivity($feed: FeedInput) {
    activityFeed(feed: $feed) {
      cursor
      activity {
        id
        kind
        actor {
          ... on MemberActor {
            member {
              id
            }
          }
        }
      }
    }
  }
`);

/** How long after an activity the page is asked again: those that follow meanwhile
 * join the same refresh. The first of a burst starts the wait, so a steady stream
 * (an import) refreshes the page every second rather than never. */
export const REFRESH_AFTER_MS = 1000;

/** The kinds a page has decided change what it shows. Decided for every kind, so
 * that a kind the API adds is not left out unnoticed: the type check asks. */
export function kindsThatChange(decided: Record<ActivityKind, boolean>): ActivityKind[] {
  return (Object.keys(decided) as ActivityKind[]).filter((kind) => decided[kind]);
}

interface Watched {
  /** The kinds of activity that change what the page shows; none: every kind. */
  kinds: readonly ActivityKind[];
  /** One lead's activities only; the whole company's if unset. */
  leadId?: string;
}

interface NewsOf extends Watched {
  /** A person whose own activities are no news: the viewer, whose page shows what
   * they did already. */
  besides?: string;
}

/** Whether an activity that changes the page was recorded since the page opened or
 * last said it had `seen` the news: for a page that offers to show the latest
 * rather than moving under the person (a long list they are scrolling). A lost
 * connection is news too: what happened meanwhile went unheard. */
export function useLiveNews({ kinds, leadId, besides }: NewsOf): {
  news: boolean;
  seen: () => void;
  /** The connection is down: asking the API again would fail too. */
  lost: boolean;
} {
  const [news, setNews] = useState(false);
  const feed = leadId ? { kinds: [...kinds], leadId } : { kinds: [...kinds] };
  const { error } = useApiSubscription(LIVE_ACTIVITY, { feed }, ({ activityFeed }) => {
    const { actor } = activityFeed.activity;
    const by = "member" in actor ? actor.member?.id : undefined;
    if (besides === undefined || by !== besides) setNews(true);
  });
  const lost = error?.code === NETWORK;
  const wasLost = useRef(false);
  useEffect(() => {
    if (lost) wasLost.current = true;
    else if (wasLost.current) {
      wasLost.current = false;
      setNews(true);
    }
  }, [lost]);
  return { news, seen: useCallback(() => setNews(false), []), lost };
}

interface Options extends NewsOf {
  /** The operations asked for again. */
  documents: readonly DocumentNode[];
  /** While true, a refresh waits, and comes once it is false again (a card being
   * dragged must not jump under the person's pointer). */
  paused?: boolean;
}

/** Asks again for the page's `documents` a moment after news (`useLiveNews`). */
export function useLiveRefresh({ documents, paused = false, ...watched }: Options): void {
  const queryClient = useQueryClient();
  const { news, seen, lost } = useLiveNews(watched);
  // Compared by name, so that a page may list its documents afresh on each render.
  const names = documents.map(operationName).join(" ");
  useEffect(() => {
    // Not while the connection is down: each attempt to reconnect would ask again,
    // and fail, putting the page's error in place of what it shows.
    if (!news || paused || lost) return undefined;
    const refresh = setTimeout(() => {
      seen();
      for (const name of names.split(" ")) {
        void queryClient.invalidateQueries({ queryKey: [name] });
      }
    }, REFRESH_AFTER_MS);
    return () => clearTimeout(refresh);
  }, [news, paused, lost, names, queryClient, seen]);
}
