import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError, NETWORK } from "../../api/client";
import { REFRESH_AFTER_MS } from "../../api/useLiveRefresh";
import { OLA, WON, member, renderDashboard, setUpDashboardTests } from "../fixtures";

const LIVE = "DashboardLiveFeed";
const NEWS = "LiveActivity";

/** The feed's entries, each as its words and its time. */
async function entries() {
  const feed = await screen.findByRole("region", { name: /^(Latest activity|Siste aktivitet)$/ });
  return within(feed)
    .getAllByRole("listitem")
    .map((item) => item.textContent?.replace(/\s+/g, " "));
}

function event(cursor: string, activity: object) {
  return { activityFeed: { cursor, activity } };
}

const CALL = {
  id: "QWN0aXZpdHk6Mw==",
  kind: "CALL",
  occurredAt: "2026-11-30T23:20:00+00:00",
  lead: { id: "TGVhZDo3", name: "Siri <b>Løvås</b>" },
  actor: member("Bjørn Ærø"),
  details: { __typename: "CallDetails" },
};

const SCORED = {
  id: "QWN0aXZpdHk6NA==",
  kind: "SCORED",
  occurredAt: "2026-11-30T23:25:00+00:00",
  lead: OLA,
  actor: { __typename: "SystemActor", onBehalfOf: null },
  details: null,
};

const askedTimes = (asked: { operation: string }[], operation: string) =>
  asked.filter((a) => a.operation === operation).length;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the dashboard's activity feed", () => {
  setUpDashboardTests();

  it("tells the latest activities in words, on Oslo's clock", async () => {
    renderDashboard({}, { language: "nb" });
    await screen.findByText("Kari Nordmann vant", { exact: false });
    expect(await entries()).toEqual([
      "Kari Nordmann vant Ola Nordmann i Kunde: kr 120 000.30. nov. 2026, 10:30",
      "Leadhub (på vegne av Åse Ødegård) ga et lead til Kari Nordmann.29. nov. 2026, 08:05",
    ]);
    expect(screen.getByText("30. nov. 2026, 10:30").getAttribute("datetime")).toBe(WON.occurredAt);
  });

  it("names each activity's lead, linked to it", async () => {
    const { live } = renderDashboard();
    const ola = await screen.findByRole("link", { name: "Ola Nordmann" });
    expect(ola.getAttribute("href")).toBe(`/leads/${OLA.id}`);
    expect(ola.closest("p")?.textContent?.replace(/\s+/g, " ")).toBe(
      "Kari Nordmann won Ola Nordmann in Kunde: NOK 120,000.",
    );
    // A name is text, never markup.
    act(() => live.push(LIVE, event("c2", CALL)));
    const siri = await screen.findByRole("link", { name: "Siri <b>Løvås</b>" });
    expect(siri.getAttribute("href")).toBe("/leads/TGVhZDo3");
    expect(siri.querySelector("b")).toBeNull();
  });

  it("adds each new activity on top", async () => {
    const { live } = renderDashboard();
    await screen.findByRole("link", { name: "Ola Nordmann" });
    act(() => live.push(LIVE, event("c1", SCORED)));
    expect((await entries())[0]).toBe("Leadhub scored Ola Nordmann again.1 Dec 2026, 00:25");
    act(() => live.push(LIVE, event("c2", CALL)));
    expect((await entries())[0]).toBe("Bjørn Ærø called Siri <b>Løvås</b>.1 Dec 2026, 00:20");
  });

  it("refreshes the KPIs and goals once for a burst of the company's activities that change them", async () => {
    const { asked, live } = renderDashboard();
    await screen.findByText("New leads", { selector: "dt" });
    const news = live.subscribed.find((s) => s.operation === NEWS);
    const kinds = (news?.variables as { feed: { kinds: string[] } }).feed.kinds;
    expect(kinds).toContain("CALL");
    expect(kinds).toContain("STAGE_CHANGED");
    expect(kinds).not.toContain("SCORED");
    expect(kinds).not.toContain("NOTE");
    const kpisBefore = askedTimes(asked, "DashboardKpis");
    const goalsBefore = askedTimes(asked, "DashboardGoals");

    act(() => live.push(NEWS, event("c2", CALL)));
    act(() => live.push(NEWS, event("c3", { ...CALL, id: "QWN0aXZpdHk6NQ==" })));
    await waitFor(() => expect(askedTimes(asked, "DashboardKpis")).toBe(kpisBefore + 1), {
      timeout: REFRESH_AFTER_MS * 3,
    });
    expect(askedTimes(asked, "DashboardGoals")).toBe(goalsBefore + 1);
    await act(() => wait(REFRESH_AFTER_MS + 300));
    expect(askedTimes(asked, "DashboardKpis")).toBe(kpisBefore + 1);
  });

  it("resumes after a lost connection from the last event it had", async () => {
    const { live } = renderDashboard();
    await screen.findByRole("link", { name: "Ola Nordmann" });
    act(() => live.push(LIVE, event("c7", CALL)));
    await screen.findByRole("link", { name: "Siri <b>Løvås</b>" });

    act(() => live.fail(LIVE, new ApiError("The live connection to Leadhub was lost.", NETWORK)));
    expect(
      await screen.findByText("The live feed lost its connection: reconnecting…"),
    ).toBeTruthy();
    await waitFor(
      () =>
        expect(live.subscribed.filter((s) => s.operation === LIVE).at(-1)?.variables).toEqual({
          feed: null,
          after: "c7",
        }),
      { timeout: 3000 },
    );
    await waitFor(() =>
      expect(screen.queryByText("The live feed lost its connection: reconnecting…")).toBeNull(),
    );
    expect(live.subscribed.filter((s) => s.operation === LIVE)[0]?.variables).toEqual({
      feed: null,
      after: null,
    });
  });

  it("says when the feed could not be had", async () => {
    renderDashboard({
      DashboardFeed: () => {
        throw new ApiError("Failed to fetch", NETWORK);
      },
    });
    const feed = await screen.findByRole("region", { name: "Latest activity" });
    expect((await within(feed).findByRole("alert")).textContent).toContain(
      "Leadhub cannot be reached.",
    );
  });

  it("says when nothing has happened yet", async () => {
    renderDashboard({
      DashboardFeed: () => ({
        activityFeed: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
      }),
    });
    expect(await screen.findByText("Nothing has happened yet.")).toBeTruthy();
  });
});
