import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen } from "@testing-library/react";
import { parse } from "graphql";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActivityKind } from "../gql/graphql";
import { SessionProvider } from "../session/context";
import { logInAs } from "../testing";
import { ApiError, NETWORK } from "./client";
import { SubscribeContext } from "./context";
import { fakeLive } from "./fake";
import { REFRESH_AFTER_MS, kindsThatChange, useLiveNews, useLiveRefresh } from "./useLiveRefresh";

const LIVE = "LiveActivity";
const RETRY_MS = 1000; // useApiSubscription's first pause after a lost connection

// Two documents a page might show, by their names alone: what is refreshed.
const LEADS = parse("query LiveRefreshTestLeads { tenant { id } }");
const STAGES = parse("query LiveRefreshTestStages { tenant { id } }");

// What the API says did it: a person, or a job (an import).
const KARI = { member: { id: "user-kari" } };
const A_JOB = {};

function event(kind: ActivityKind, id: string = kind, actor: object = KARI) {
  return { activityFeed: { cursor: `c-${id}`, activity: { id, kind, actor } } };
}

function Page({ paused = false }: { paused?: boolean }) {
  useLiveRefresh({ kinds: ["STAGE_CHANGED", "CREATED"], documents: [LEADS, STAGES], paused });
  return null;
}

/** A page that offers the latest rather than refreshing, for Åse, on one lead. */
function NewsPage() {
  const { news, seen } = useLiveNews({ kinds: ["UPDATED"], leadId: "lead-1", besides: "user-ase" });
  return news ? (
    <button type="button" onClick={seen}>
      Show the latest
    </button>
  ) : null;
}

/** The hook on a page of its own, the refreshes it asks for counted by operation. */
function renderPage(paused = false) {
  const { live, queryClient, wrap, rerender } = renderHooks(<Page paused={paused} />);
  const refreshed = vi.spyOn(queryClient, "invalidateQueries");
  const refreshes = () => refreshed.mock.calls.map(([filters]) => filters?.queryKey?.[0]);
  return { live, refreshes, pause: (now: boolean) => rerender(wrap(<Page paused={now} />)) };
}

function renderHooks(page: ReactNode) {
  logInAs("t0k3n", "VGVuYW50OjE=");
  const live = fakeLive();
  const queryClient = new QueryClient();
  const wrap = (page: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <SubscribeContext.Provider value={live.subscribe}>{page}</SubscribeContext.Provider>
      </SessionProvider>
    </QueryClientProvider>
  );
  const { rerender } = render(wrap(page));
  return { live, queryClient, wrap, rerender };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

describe("a page kept current by the live feed", () => {
  it("follows the company's feed of the kinds that matter, in its company", () => {
    const { live } = renderPage();
    expect(live.subscribed).toEqual([
      {
        operation: LIVE,
        variables: { feed: { kinds: ["STAGE_CHANGED", "CREATED"] } },
        token: "t0k3n",
        tenantId: "VGVuYW50OjE=",
      },
    ]);
  });

  it("refreshes its documents once a second after a burst, not once per activity", () => {
    const { live, refreshes } = renderPage();
    act(() => live.push(LIVE, event("STAGE_CHANGED", "a1")));
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS / 2));
    act(() => live.push(LIVE, event("CREATED", "a2")));
    act(() => live.push(LIVE, event("STAGE_CHANGED", "a3")));
    expect(refreshes()).toEqual([]);
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS / 2));
    expect(refreshes()).toEqual(["LiveRefreshTestLeads", "LiveRefreshTestStages"]);
    // Quiet after it: nothing more.
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS * 3));
    expect(refreshes()).toHaveLength(2);
    // The next activity starts the next wait.
    act(() => live.push(LIVE, event("CREATED", "a4")));
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS));
    expect(refreshes()).toHaveLength(4);
  });

  it("waits while paused, and refreshes once it is not", () => {
    const { live, refreshes, pause } = renderPage(true);
    act(() => live.push(LIVE, event("STAGE_CHANGED")));
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS * 5));
    expect(refreshes()).toEqual([]);
    pause(false);
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS));
    expect(refreshes()).toEqual(["LiveRefreshTestLeads", "LiveRefreshTestStages"]);
  });

  it("refreshes after a lost connection is back: what happened meanwhile went unheard", () => {
    const { live, refreshes } = renderPage();
    act(() => live.fail(LIVE, new ApiError("The live connection to Leadhub was lost.", NETWORK)));
    expect(refreshes()).toEqual([]);
    // subscribed again after a pause (useApiSubscription's), then refreshed
    act(() => vi.advanceTimersByTime(RETRY_MS));
    expect(live.subscribed).toHaveLength(2);
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS));
    expect(refreshes()).toEqual(["LiveRefreshTestLeads", "LiveRefreshTestStages"]);
  });

  it("does not refresh while reconnecting fails: asking again would fail too", () => {
    const { live, refreshes } = renderPage();
    const lost = () => new ApiError("The live connection to Leadhub was lost.", NETWORK);
    act(() => live.fail(LIVE, lost()));
    act(() => vi.advanceTimersByTime(RETRY_MS)); // subscribed again...
    act(() => live.fail(LIVE, lost())); // ...and lost again at once
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS));
    expect(live.subscribed).toHaveLength(2);
    expect(refreshes()).toEqual([]);
  });

  it("does not refresh for a refusal, which no reconnection follows", () => {
    const { live, refreshes } = renderPage();
    act(() => live.fail(LIVE, new ApiError("Choose a tenant you belong to.", "FORBIDDEN")));
    act(() => vi.advanceTimersByTime(REFRESH_AFTER_MS * 5));
    expect(live.subscribed).toHaveLength(1);
    expect(refreshes()).toEqual([]);
  });
});

describe("news of a page that offers the latest", () => {
  it("follows one lead's feed, and is news until seen", () => {
    const { live } = renderHooks(<NewsPage />);
    expect(live.subscribed[0]?.variables).toEqual({
      feed: { kinds: ["UPDATED"], leadId: "lead-1" },
    });
    expect(screen.queryByRole("button")).toBeNull();
    act(() => live.push(LIVE, event("UPDATED", "u1", A_JOB)));
    act(() => screen.getByRole("button", { name: "Show the latest" }).click());
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("is no news of what the viewer did: their page shows it already", () => {
    const { live } = renderHooks(<NewsPage />);
    act(() => live.push(LIVE, event("UPDATED", "u1", { member: { id: "user-ase" } })));
    expect(screen.queryByRole("button")).toBeNull();
    act(() => live.push(LIVE, event("UPDATED", "u2", KARI)));
    expect(screen.getByRole("button", { name: "Show the latest" })).toBeTruthy();
  });
});

describe("the kinds a page decided change it", () => {
  it("are those decided true, in the order given", () => {
    expect(
      kindsThatChange({
        ASSIGNED: true,
        CALL: false,
        CHAT: false,
        CONTENT_INTERACTION: false,
        CREATED: true,
        EMAIL: false,
        GOAL_BEHIND: false,
        GOAL_REACHED: false,
        IMPORTED: false,
        MEETING: false,
        MERGED: false,
        NOTE: false,
        NURTURE_ENDED: false,
        PARKED: false,
        SCORED: false,
        STAGE_CHANGED: true,
        UPDATED: false,
        WEB_VISIT: false,
      }),
    ).toEqual(["ASSIGNED", "CREATED", "STAGE_CHANGED"]);
  });
});
