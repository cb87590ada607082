// Keeping the KPIs and goals current while the feed brings news: an activity that
// changes what they count asks for them again, once for a burst of activities.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { operationName } from "../api/client";
import type { ActivityKind } from "../gql/graphql";
import { GOALS } from "./goals/goals";
import { DASHBOARD_KPIS } from "./kpis";

// What no KPI counts: a score, a note (no sales activity, so no answer to an
// assignment either), and the lead's own visits, content views and chats.
const COUNTS_NOTHING: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  "SCORED",
  "NOTE",
  "WEB_VISIT",
  "CONTENT_INTERACTION",
  "CHAT",
]);

/** Wait this long after an activity, gathering those that follow it into one refresh. */
export const REFRESH_AFTER_MS = 1000;

export function affectsKpis(kind: ActivityKind): boolean {
  return !COUNTS_NOTHING.has(kind);
}

/** A function that refreshes the KPIs and goals soon. The first activity of a burst
 * starts the wait, so a steady stream (an import) refreshes them every second
 * rather than never. */
export function useKpiRefresh(): () => void {
  const queryClient = useQueryClient();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  return useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      for (const document of [DASHBOARD_KPIS, GOALS]) {
        void queryClient.invalidateQueries({ queryKey: [operationName(document)] });
      }
    }, REFRESH_AFTER_MS);
  }, [queryClient]);
}
