import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../testing";
import { LOOKUPS, layOutTheTable, leadsPage } from "./testing";

beforeAll(layOutTheTable);

function renderLeads(
  path: string,
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    path,
    {
      Me: () => OWNER_ME,
      ...LOOKUPS,
      LeadViews: () => ({ tenant: { leadViews: VIEWS } }),
      LeadsList: ({ after }: { after: string | null }) =>
        after ? leadsPage(100, 100, false) : leadsPage(0, 100, true),
      ...answers,
    },
    language,
  );
}

const VIEWS = [
  {
    id: "view-hot",
    name: "Varme fra messa",
    filter: { temperatures: ["HOT"], sourceIds: ["source-messe"] },
    orderBy: "SCORE",
    descending: true,
    shared: true,
    mine: false,
    createdBy: { id: "user-kari", name: "Kari Nordmann" },
  },
];

const listsAsked = (asked: { operation: string; variables: unknown }[]) =>
  asked.filter((a) => a.operation === "LeadsList").map((a) => a.variables);

describe("the leads list", () => {
  it("shows the view's leads with their count, and only the rows on screen", async () => {
    renderLeads("/leads", {}, "nb");
    const table = await screen.findByRole("table", { name: "Leads" });
    expect(screen.getByText("250 leads")).toBeTruthy();
    expect(within(table).getByRole("link", { name: "Bjørn Ærlig" })).toBeTruthy();
    expect(within(table).getByText(/^kr\s125\s000$/)).toBeTruthy();
    expect(within(table).getAllByText("20. nov. 2026").length).toBeGreaterThan(1);
    // 100 leads loaded, but far fewer drawn
    expect(within(table).getAllByRole("row").length).toBeLessThan(60);
  });

  it("reads the view from the address, and asks the API for it", async () => {
    const { asked } = renderLeads("/leads?q=%C3%98deg%C3%A5rd&stage=stage-sql&order=SCORE");
    await screen.findByRole("table", { name: "Leads" });
    expect(listsAsked(asked)[0]).toEqual({
      filter: { text: "Ødegård", stageIds: ["stage-sql"] },
      orderBy: "SCORE",
      descending: true,
      after: null,
    });
    expect(screen.getByLabelText<HTMLInputElement>("Search").value).toBe("Ødegård");
  });

  it("filters, and orders by a column's header", async () => {
    const { asked, router } = renderLeads("/leads");
    await screen.findByRole("table", { name: "Leads" });
    fireEvent.change(screen.getByLabelText("Owner"), { target: { value: "user-kari" } });
    await waitFor(() => expect(router.state.location.search).toBe("?owner=user-kari"));
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    await waitFor(() =>
      expect(listsAsked(asked).at(-1)).toEqual({
        filter: { ownerIds: ["user-kari"] },
        orderBy: "SCORE",
        descending: true,
        after: null,
      }),
    );
    const header = screen.getByRole("columnheader", { name: /Score/ });
    expect(header.getAttribute("aria-sort")).toBe("descending");
  });

  it("searches a moment after the last key", async () => {
    const { router } = renderLeads("/leads");
    await screen.findByRole("table", { name: "Leads" });
    fireEvent.change(screen.getByLabelText("Search"), { target: { value: "412 34 567" } });
    expect(router.state.location.search).toBe("");
    await waitFor(() => expect(router.state.location.search).toBe("?q=412+34+567"));
  });

  it("keeps a stage chosen while a search is still being typed", async () => {
    const { router } = renderLeads("/leads");
    await screen.findByRole("table", { name: "Leads" });
    fireEvent.change(screen.getByLabelText("Search"), { target: { value: "Løvås" } });
    fireEvent.change(screen.getByLabelText("Stage"), { target: { value: "stage-sql" } });
    await waitFor(() =>
      expect(router.state.location.search).toBe("?q=L%C3%B8v%C3%A5s&stage=stage-sql"),
    );
  });

  it("gives the selected leads to someone, and shows a refusal above the actions", async () => {
    const { asked } = renderLeads("/leads", {
      AssignLeads: ({ input }: { input: { ownerId: string | null } }) => ({
        assignLeads: {
          errors: input.ownerId
            ? []
            : [{ field: "leadIds", code: "NOT_ALLOWED", message: "Not yours to give." }],
        },
      }),
    });
    fireEvent.click(await screen.findByLabelText("Select Bjørn Ærlig"));
    fireEvent.click(screen.getByLabelText("Select Lead 1"));
    expect(screen.getByRole("heading", { name: "2 selected" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Give" })); // to nobody
    expect((await screen.findByRole("alert")).textContent).toBe("Not yours to give.");

    fireEvent.change(screen.getByLabelText("Give to"), { target: { value: "user-kari" } });
    fireEvent.click(screen.getByRole("button", { name: "Give" }));
    const said = await screen.findByText(/2 leads given to Kari Nordmann\./);
    // the actions leave with the selection: focus goes to what was done
    expect(document.activeElement).toBe(said);
    expect(asked.filter((a) => a.operation === "AssignLeads").at(-1)?.variables).toEqual({
      input: { leadIds: ["lead-0", "lead-1"], ownerId: "user-kari" },
    });
    expect(screen.queryByRole("heading", { name: "2 selected" })).toBeNull();
  });

  it("offers others' changes rather than moving the rows, and not the viewer's own", async () => {
    const { asked, live } = renderLeads("/leads");
    await screen.findByRole("table", { name: "Leads" });
    const moved = (id: string, by: string) => ({
      activityFeed: {
        cursor: `c-${id}`,
        activity: { id, kind: "STAGE_CHANGED", actor: { member: { id: by } } },
      },
    });
    const lists = listsAsked(asked).length;
    act(() => live.push("LiveActivity", moved("a1", OWNER_ME.me.user.id)));
    expect(screen.queryByRole("button", { name: "Show the latest" })).toBeNull();
    act(() => live.push("LiveActivity", moved("a2", "user-kari")));
    expect(screen.getByText(/Others have changed leads/)).toBeTruthy();
    expect(listsAsked(asked)).toHaveLength(lists); // the rows stay until asked
    fireEvent.click(screen.getByRole("button", { name: "Show the latest" }));
    await waitFor(() => expect(listsAsked(asked).length).toBeGreaterThan(lists));
    expect(screen.queryByRole("button", { name: "Show the latest" })).toBeNull();
    expect(document.activeElement?.className).toBe("leads-count");
  });

  it("deletes the selected leads only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const { asked } = renderLeads("/leads", {
      DeleteLeads: () => ({ deleteLeads: { errors: [] } }),
    });
    fireEvent.click(await screen.findByLabelText("Select Bjørn Ærlig"));
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(confirm).toHaveBeenCalledWith("Delete 1 leads? This cannot be undone.");
    expect(asked.some((a) => a.operation === "DeleteLeads")).toBe(false);
  });

  it("offers a sales rep no Delete, as the API would refuse it", async () => {
    logInAs("t0k3n", "VGVuYW50OjI="); // a sales rep there
    renderApp("/leads", {
      Me: () => OWNER_ME,
      ...LOOKUPS,
      LeadViews: () => ({ tenant: { leadViews: [] } }),
      LeadsList: () => leadsPage(0, 10, false),
    });
    fireEvent.click(await screen.findByLabelText("Select Bjørn Ærlig"));
    expect(screen.getByRole("button", { name: "Give" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
  });

  it("says when no lead matches, and when the list cannot be had", async () => {
    renderLeads("/leads?q=zz", {
      LeadsList: () => ({
        tenant: {
          leads: {
            totalCount: 0,
            totalCountIsCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      }),
    });
    expect(await screen.findByText("No leads match this view.")).toBeTruthy();
  });

  it("moves between rows with the arrow keys", async () => {
    renderLeads("/leads");
    const first = await screen.findByRole("link", { name: "Bjørn Ærlig" });
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowDown" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Lead 1"));
  });
});

describe("saved views", () => {
  it("opens a saved view, and saves the one shown under a name", async () => {
    const { asked, router } = renderLeads("/leads?q=%C3%A6%C3%B8%C3%A5", {
      SaveLeadView: ({ input }: { input: { name: string } }) => ({
        saveLeadView: input.name.trim()
          ? { leadView: { id: "view-2", name: input.name }, errors: [] }
          : {
              leadView: null,
              errors: [{ field: "name", code: "INVALID", message: "Give a name." }],
            },
      }),
    });
    fireEvent.click(await screen.findByText("Saved views"));
    fireEvent.click(screen.getByRole("button", { name: "Save this view" }));
    expect(await screen.findByText("Give a name.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Name of this view"), {
      target: { value: "Mine søk" },
    });
    fireEvent.click(screen.getByLabelText("Share it with the company"));
    fireEvent.click(screen.getByRole("button", { name: "Save this view" }));
    expect(await screen.findByText(/View “Mine søk” saved\./)).toBeTruthy();
    expect(asked.filter((a) => a.operation === "SaveLeadView").at(-1)?.variables).toEqual({
      input: {
        name: "Mine søk",
        filter: { text: "æøå" },
        orderBy: "CREATED",
        descending: true,
        shared: true,
      },
    });

    fireEvent.change(screen.getByLabelText("Open a saved view"), {
      target: { value: "view-hot" },
    });
    await waitFor(() =>
      expect(router.state.location.search).toBe("?source=source-messe&temperature=HOT&order=SCORE"),
    );
    // a colleague's shared view: only its maker or an owner deletes it, and she is the owner
    expect(screen.getByRole("button", { name: "Delete view “Varme fra messa”" })).toBeTruthy();
  });
});
