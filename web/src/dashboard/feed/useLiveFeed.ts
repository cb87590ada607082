// The feed's activities as they are recorded. When the subscription fails (the
// connection lost), it is started again a moment later from the last event's
// cursor, so that the activities recorded meanwhile come first and none is missed.
import { useEffect, useRef, useState } from "react";
import { NETWORK } from "../../api/client";
import { useApiSubscription } from "../../api/hooks";
import type { DashboardLiveFeedSubscription, FeedInput } from "../../gql/graphql";
import { LIVE_FEED } from "./feed";

export type FeedEvent = DashboardLiveFeedSubscription["activityFeed"];

const RESUBSCRIBE_AFTER_MS = 1000;

export function useLiveFeed(feed: FeedInput | null, onEvent: (event: FeedEvent) => void) {
  const lastCursor = useRef<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);
  const { error } = useApiSubscription(
    LIVE_FEED,
    { feed, after },
    ({ activityFeed }) => {
      lastCursor.current = activityFeed.cursor;
      onEvent(activityFeed);
    },
    { enabled: !waiting },
  );
  useEffect(() => {
    // A refusal (a cursor too old, say) is not retried: only a lost connection.
    if (error?.code !== NETWORK) return undefined;
    setWaiting(true);
    const resume = setTimeout(() => {
      setAfter(lastCursor.current);
      setWaiting(false);
    }, RESUBSCRIBE_AFTER_MS);
    return () => clearTimeout(resume);
  }, [error]);
  return { lost: error?.code === NETWORK || waiting, error };
}
