import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { REFRESH_AFTER_MS } from "../api/useLiveRefresh";
import { OWNER_ME, logInAs, renderApp } from "../testing";

// A board renders every stage's column of cards: on a busy machine, more than the
// default second (and a test more than the default five).
configure({ asyncUtilTimeout: 4000 });

const FJORDKRAFT = "VGVuYW50OjE=";
const HAVBRIS = "VGVuYW50OjI="; // where Åse is a sales rep

function stage(id: string, name: string, kind: string, milestone: string, winProbability: number) {
  return { node: { id, name, kind, milestone, winProbability } };
}

function stagesOf(repsSeeAllLeads = false) {
  return {
    tenant: {
      id: FJORDKRAFT,
      currency: "NOK",
      repsSeeAllLeads,
      funnelStages: {
        edges: [
          stage("s-mql", "MQL", "OPEN", "MQL", 0.1),
          stage("s-prospect", "Prospekt", "OPEN", "OPPORTUNITY", 0.5),
          stage("s-customer", "Kunde", "WON", "CUSTOMER", 1),
          stage("s-lost", "Tapt", "LOST", "LOST", 0),
        ],
      },
    },
  };
}

interface Lead {
  id: string;
  name: string;
  company: string | null;
  expectedValue: string | null;
  score: number;
  owner: { id: string; name: string } | null;
}

const ÅSE = { id: "VXNlcjox", name: "Åse Ødegård" };

function leads(): Record<string, Lead[]> {
  return {
    "s-mql": [
      {
        id: "l1",
        name: "Kari Nordmann",
        company: "Fjordkraft AS",
        expectedValue: "125000.00",
        score: 72,
        owner: ÅSE,
      },
    ],
    "s-prospect": [
      {
        id: "l2",
        name: "Ola Nordmann",
        company: "Havbris AS",
        expectedValue: "1234567.00",
        score: 55,
        owner: null,
      },
      {
        id: "l3",
        name: "Bjørn Æsøy",
        company: null,
        expectedValue: "250000.50",
        score: 40,
        owner: ÅSE,
      },
    ],
    "s-customer": [],
    "s-lost": [
      {
        id: "l4",
        name: "Per Hansen",
        company: "Sjøbris AS",
        expectedValue: null,
        score: 12,
        owner: ÅSE,
      },
    ],
  };
}

interface Asked {
  filter: { stageIds: string[] };
  after: string | null;
}

/** The API as the board asks it, its leads kept by stage; a move that is not
 * refused moves the lead there. */
function boardApi(byStage = leads()) {
  const moveTo = (leadId: string, stageId: string) => {
    const lead = Object.values(byStage)
      .flat()
      .find(({ id }) => id === leadId);
    if (!lead) return;
    for (const id of Object.keys(byStage)) {
      byStage[id] = (byStage[id] ?? []).filter((other) => other.id !== leadId);
    }
    byStage[stageId]?.push(lead);
  };
  const moved = (leadId: string, stageId: string) => {
    moveTo(leadId, stageId);
    return { lead: { id: leadId }, errors: [] };
  };
  return {
    Me: () => OWNER_ME,
    BoardStages: () => stagesOf(),
    CompanySources: () => ({
      tenant: {
        sources: {
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [
            { node: { id: "src-1", name: "Messe i Bodø" } },
            { node: { id: "src-2", name: "Nettskjema" } },
          ],
        },
      },
    }),
    BoardLeads: ({ filter }: Asked) => {
      const found = byStage[filter.stageIds[0] ?? ""] ?? [];
      const total = found.reduce((sum, lead) => sum + Number(lead.expectedValue ?? 0), 0);
      return {
        tenant: {
          leads: {
            totalCount: found.length,
            totalCountIsCapped: false,
            expectedValueTotal: total.toFixed(2),
            expectedValueTotalIsCapped: false,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: found.map((node) => ({ node })),
          },
        },
      };
    },
    BoardMoveLead: ({ input }: { input: { leadId: string; stageId: string } }) => ({
      moveLead: moved(input.leadId, input.stageId),
    }),
    BoardReopenLead: ({ input }: { input: { leadId: string; stageId: string } }) => ({
      reopenLead: moved(input.leadId, input.stageId),
    }),
    BoardWinLead: ({ input }: { input: { leadId: string } }) => ({
      winLead: moved(input.leadId, "s-customer"),
    }),
    BoardLoseLead: ({ input }: { input: { leadId: string } }) => ({
      loseLead: moved(input.leadId, "s-lost"),
    }),
  };
}

type Answers = Parameters<typeof renderApp>[1];

function renderBoard(answers: Answers = {}, language: "en" | "nb" = "en", path = "/board") {
  logInAs("t0k3n", FJORDKRAFT);
  return renderApp(path, { ...boardApi(), ...answers }, language);
}

const NEWS = "LiveActivity";
const activity = (id: string, kind: string) => ({
  activityFeed: {
    cursor: `c-${id}`,
    activity: { id, kind, actor: { member: { id: "user-kari" } } },
  },
});

const column = (name: string) => screen.getByRole("region", { name });
const card = (name: string) => screen.getByRole("link", { name }).closest("li") as HTMLElement;
/** Text as it reads: Intl and the board join amounts with no-break spaces. */
const plain = (element: HTMLElement) => element.textContent?.replace(/\s/g, " ") ?? "";

/** Chooses a stage for a lead's card, then moves it there with the card's button. */
function moveBy(choice: HTMLElement, name: string, stageId: string) {
  fireEvent.change(choice, { target: { value: stageId } });
  const move = within(choice.closest("li") as HTMLElement).getByRole("button", {
    name: new RegExp(`^(Move|Flytt) ${name} `),
  });
  move.focus();
  fireEvent.click(move);
  return move;
}

/** The board's alert, there from the start, once it tells something. */
async function told(text: string) {
  const alert = screen
    .getAllByRole("alert")
    .find((region) => region.closest(".board-column") === null) as HTMLElement;
  await waitFor(() => expect(alert.textContent).toBe(text));
  return alert;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the pipeline board", { timeout: 20_000 }, () => {
  it("shows each stage in order with its leads, count and values, in bokmål", async () => {
    const { asked } = renderBoard({}, "nb");
    expect(await screen.findByRole("heading", { level: 1, name: "Salgstrakt" })).toBeTruthy();
    await screen.findByRole("link", { name: "Ola Nordmann" });
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["MQL", "Prospekt", "Kunde", "Tapt"]);

    const prospect = column("Prospekt");
    expect(plain(prospect)).toContain("2 leads");
    expect(plain(prospect)).toContain("Vinnersjanse50 %");
    expect(plain(prospect)).toContain("Sumkr 1 484 567,50");
    expect(plain(prospect)).toContain("Vektetkr 742 283,75");
    expect(plain(card("Ola Nordmann"))).toContain("Forventet verdikr 1 234 567");
    expect(plain(card("Ola Nordmann"))).toContain("EierIngen");
    expect(plain(card("Bjørn Æsøy"))).toContain("EierÅse Ødegård");
    expect(screen.getByRole("link", { name: "Kari Nordmann" }).getAttribute("href")).toBe(
      "/leads/l1",
    );
    expect(within(column("Kunde")).getByText("Ingen leads i denne fasen.")).toBeTruthy();
    expect(plain(column("Tapt"))).toContain("Forventet verdiIkke satt");

    const askedFor = asked.filter((a) => a.operation === "BoardLeads").map((a) => a.variables);
    expect(askedFor).toContainEqual({
      filter: { ownerIds: [], sourceIds: [], stageIds: ["s-prospect"] },
      after: null,
    });
  });

  it("sums every lead of a column as the API does, and says 'at least' past its cap", async () => {
    const many = ({ after }: Asked) => ({
      tenant: {
        leads: {
          totalCount: 10000,
          totalCountIsCapped: true,
          expectedValueTotal: "10000000.00",
          expectedValueTotalIsCapped: true,
          pageInfo: { hasNextPage: after === null, endCursor: "c1" },
          edges: [
            {
              node: {
                id: after ? "l6" : "l5",
                name: after ? "Siri Løvås" : "Even Brøndbo",
                company: null,
                expectedValue: "1000.00",
                score: 10,
                owner: null,
              },
            },
          ],
        },
      },
    });
    const { asked } = renderBoard({ BoardLeads: many });
    await screen.findAllByRole("link", { name: "Even Brøndbo" });
    const mql = column("MQL");
    expect(plain(mql)).toContain("10,000 leads or more");
    expect(plain(mql)).toContain("Totalat least NOK 10,000,000");
    expect(plain(mql)).toContain("Weightedat least NOK 1,000,000");

    fireEvent.click(within(mql).getByRole("button", { name: "Show more" }));
    await within(mql).findByRole("link", { name: "Siri Løvås" });
    expect(plain(mql)).toContain("Totalat least NOK 10,000,000");
    expect(asked.at(-1)?.variables).toEqual({
      filter: { ownerIds: [], sourceIds: [], stageIds: ["s-mql"] },
      after: "c1",
    });
  });

  it("moves a lead to an open stage it is chosen for, and refreshes the columns", async () => {
    const { asked } = renderBoard();
    const choice = await screen.findByRole("combobox", { name: "Stage to move Kari Nordmann to" });
    const leadsAsked = asked.filter((a) => a.operation === "BoardLeads").length;
    // Choosing alone moves nothing: stepping through the stages is not a move.
    fireEvent.change(choice, { target: { value: "s-lost" } });
    expect(screen.queryByRole("form")).toBeNull();
    moveBy(choice, "Kari Nordmann", "s-prospect");

    expect(await screen.findByText("Kari Nordmann is now in Prospekt.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "BoardMoveLead")?.variables).toEqual({
      input: { leadId: "l1", stageId: "s-prospect" },
    });
    await waitFor(() => expect(within(column("MQL")).queryByText("Kari Nordmann")).toBeNull());
    expect(within(column("Prospekt")).getByRole("link", { name: "Kari Nordmann" })).toBeTruthy();
    await waitFor(() => expect(plain(column("Prospekt"))).toContain("3 leads"));
    expect(plain(column("Prospekt"))).toContain("TotalNOK 1,609,567.50");
    expect(asked.filter((a) => a.operation === "BoardLeads").length).toBeGreaterThan(leadsAsked);
    // Focus stays with the card, now in its new column.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(column("Prospekt")).getByRole("button", {
          name: "Move Kari Nordmann to the chosen stage",
        }),
      ),
    );
  });

  it("puts a refused move back, and says why on the card", async () => {
    renderBoard({
      BoardMoveLead: () => ({
        moveLead: {
          lead: null,
          errors: [
            {
              field: "leadId",
              code: "ILLEGAL_MOVE",
              message: "The lead is closed: reopen it first.",
            },
          ],
        },
      }),
    });
    const choice = await screen.findByRole("combobox", { name: "Stage to move Kari Nordmann to" });
    moveBy(choice, "Kari Nordmann", "s-prospect");

    const because =
      "The funnel does not let Kari Nordmann go from MQL to Prospekt. Someone may have moved it meanwhile: the board now shows where it is.";
    const alert = await told(because);
    const first = alert.firstElementChild;
    const why = within(column("MQL")).getByText(because);
    expect(card("Kari Nordmann").contains(why)).toBe(true);
    const back = screen.getByRole("combobox", { name: "Stage to move Kari Nordmann to" });
    expect(back.getAttribute("aria-describedby")).toBe(why.id);
    expect(screen.queryByText(/is now in/)).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(card("Kari Nordmann")).getByRole("button", {
          name: "Move Kari Nordmann to the chosen stage",
        }),
      ),
    );

    // Refused again: told again, as new text a screen reader hears
    moveBy(
      screen.getByRole("combobox", { name: "Stage to move Kari Nordmann to" }),
      "Kari Nordmann",
      "s-prospect",
    );
    await waitFor(() => expect(alert.firstElementChild).not.toBe(first));
    await told(because);
    // Then asked to be lost: the old refusal is not this move's, and is not told
    moveBy(
      screen.getByRole("combobox", { name: "Stage to move Kari Nordmann to" }),
      "Kari Nordmann",
      "s-lost",
    );
    await waitFor(() => expect(alert.textContent).toBe(""));
  });

  it("tells a move that failed as a whole on the card", async () => {
    renderBoard({
      BoardMoveLead: () => {
        throw new ApiError("Failed to fetch", "network");
      },
    });
    const choice = await screen.findByRole("combobox", { name: "Stage to move Kari Nordmann to" });
    moveBy(choice, "Kari Nordmann", "s-prospect");
    const because = "Leadhub cannot be reached. Check your connection and try again.";
    await told(because);
    expect(within(card("Kari Nordmann")).getByText(because)).toBeTruthy();
    expect(column("MQL").contains(card("Kari Nordmann"))).toBe(true);
  });

  it("asks for the amount before a win, in bokmål, with a bad amount told beside it", async () => {
    const api = boardApi();
    const win = vi.fn((asked: { input: { leadId: string; amount: string } }) =>
      asked.input.amount === "0"
        ? {
            winLead: {
              lead: null,
              errors: [
                { field: "amount", code: "INVALID", message: "A win has an amount above 0." },
              ],
            },
          }
        : api.BoardWinLead(asked),
    );
    const { asked } = renderBoard({ ...api, BoardWinLead: win }, "nb");
    const choice = await screen.findByRole("combobox", {
      name: "Fase Kari Nordmann skal flyttes til",
    });
    moveBy(choice, "Kari Nordmann", "s-customer");

    const form = within(column("Kunde")).getByRole("form", {
      name: "Marker Kari Nordmann som vunnet",
    });
    const amount = within(form).getByLabelText<HTMLInputElement>("Vunnet beløp (NOK)");
    expect(document.activeElement).toBe(amount);
    expect(amount.value).toBe("125000");

    fireEvent.change(amount, { target: { value: "12 kroner" } });
    fireEvent.click(within(form).getByRole("button", { name: "Marker som vunnet" }));
    const format = await within(form).findByText(
      "Skriv beløpet som et tall, for eksempel 125 000 eller 125 000,50.",
    );
    expect(amount.getAttribute("aria-describedby")).toBe(format.id);
    expect(win).not.toHaveBeenCalled();

    fireEvent.change(amount, { target: { value: "0" } });
    fireEvent.click(within(form).getByRole("button", { name: "Marker som vunnet" }));
    expect(
      await within(form).findByText("Oppgi et beløp over 0 og under 1 000 000 000 000."),
    ).toBeTruthy();

    fireEvent.change(amount, { target: { value: "98 500,50" } });
    fireEvent.click(within(form).getByRole("button", { name: "Marker som vunnet" }));
    const done = await screen.findByText(/^Kari Nordmann er vunnet, for/);
    expect(plain(done)).toBe("Kari Nordmann er vunnet, for kr 98 500,50.");
    expect(asked.filter((a) => a.operation === "BoardWinLead").at(-1)?.variables).toEqual({
      input: { leadId: "l1", amount: "98500.50" },
    });
    expect(screen.queryByRole("form", { name: "Marker Kari Nordmann som vunnet" })).toBeNull();
    await waitFor(() =>
      expect(within(column("Kunde")).getByRole("link", { name: "Kari Nordmann" })).toBeTruthy(),
    );
  });

  it("asks why a lead was lost; Escape leaves it where it was", async () => {
    const { asked } = renderBoard();
    const choice = await screen.findByRole("combobox", { name: "Stage to move Kari Nordmann to" });
    const move = moveBy(choice, "Kari Nordmann", "s-lost");
    const reason = within(column("Tapt")).getByLabelText("Reason");
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(reason, { key: "Escape" });
    expect(screen.queryByRole("form", { name: "Mark Kari Nordmann as lost" })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(move));
    expect(asked.some((a) => a.operation === "BoardLoseLead")).toBe(false);

    moveBy(choice, "Kari Nordmann", "s-lost");
    const form = screen.getByRole("form", { name: "Mark Kari Nordmann as lost" });
    fireEvent.change(within(form).getByLabelText("Reason"), {
      target: { value: "Valgte en konkurrent på Hamar" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Mark as lost" }));
    expect(await screen.findByText("Kari Nordmann was marked as lost.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "BoardLoseLead")?.variables).toEqual({
      input: { leadId: "l1", reason: "Valgte en konkurrent på Hamar" },
    });
  });

  it("explains a move between closed stages without asking, and reopens into an open one", async () => {
    const { asked } = renderBoard();
    const choice = await screen.findByRole("combobox", { name: "Stage to move Per Hansen to" });
    moveBy(choice, "Per Hansen", "s-customer");
    const because =
      "Per Hansen is closed (Tapt): move it to an open stage first, which reopens it.";
    await told(because);
    expect(within(card("Per Hansen")).getByText(because)).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(asked.some((a) => a.operation.startsWith("Board") && a.operation.endsWith("Lead"))).toBe(
      false,
    );

    moveBy(choice, "Per Hansen", "s-mql");
    expect(await screen.findByText("Per Hansen is open again, in MQL.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "BoardReopenLead")?.variables).toEqual({
      input: { leadId: "l4", stageId: "s-mql" },
    });
    expect(within(card("Per Hansen")).queryByText(because)).toBeNull();
    await told("");
  });

  it("drags a card with the keyboard, telling each step in bokmål", async () => {
    layOutColumns();
    const { asked } = renderBoard({}, "nb");
    const handle = await screen.findByRole("button", { name: "Flytt Kari Nordmann" });
    const instructions = document.getElementById(handle.getAttribute("aria-describedby") ?? "");
    expect(instructions?.textContent).toMatch(/^Trykk mellomrom eller enter/);
    expect(handle.getAttribute("aria-roledescription")).toBe("flyttbart lead");

    handle.focus();
    fireEvent.keyDown(handle, { code: "Space", key: " " });
    expect(await screen.findByText("Plukket opp Kari Nordmann fra MQL.")).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    fireEvent.keyDown(document, { code: "ArrowRight", key: "ArrowRight" });
    expect(await screen.findByText("Kari Nordmann er over Prospekt.")).toBeTruthy();
    fireEvent.keyDown(document, { code: "Space", key: " " });
    expect(await screen.findByText("Kari Nordmann ble sluppet i Prospekt.")).toBeTruthy();

    expect(await screen.findByText("Kari Nordmann er nå i Prospekt.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "BoardMoveLead")?.variables).toEqual({
      input: { leadId: "l1", stageId: "s-prospect" },
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("button", { name: "Flytt Kari Nordmann" }),
      ),
    );

    // Dropped on the won stage, it asks for the amount, and focus stays there.
    const ola = screen.getByRole("button", { name: "Flytt Ola Nordmann" });
    ola.focus();
    fireEvent.keyDown(ola, { code: "Enter", key: "Enter" });
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    fireEvent.keyDown(document, { code: "ArrowRight", key: "ArrowRight" });
    expect(await screen.findByText("Ola Nordmann er over Kunde.")).toBeTruthy();
    fireEvent.keyDown(document, { code: "Enter", key: "Enter" });
    const form = await within(column("Kunde")).findByRole("form", {
      name: "Marker Ola Nordmann som vunnet",
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(document.activeElement).toBe(within(form).getByLabelText("Vunnet beløp (NOK)"));
  });

  it("shows others' moves and new leads without a reload, but not under a dragged card", async () => {
    layOutColumns();
    const byStage = leads();
    const { live } = renderBoard(boardApi(byStage));
    await screen.findByRole("link", { name: "Ola Nordmann" });
    const news = live.subscribed.find((s) => s.operation === NEWS);
    const kinds = (news?.variables as { feed: { kinds: string[] } }).feed.kinds;
    expect(kinds).toEqual(expect.arrayContaining(["CREATED", "STAGE_CHANGED", "ASSIGNED"]));
    expect(kinds).not.toContain("NOTE");

    // Someone else wins Ola.
    const [ola, ...others] = byStage["s-prospect"] ?? [];
    byStage["s-prospect"] = others;
    byStage["s-customer"] = ola ? [ola] : [];
    act(() => live.push(NEWS, activity("a1", "STAGE_CHANGED")));
    await waitFor(() =>
      expect(within(column("Kunde")).getByRole("link", { name: "Ola Nordmann" })).toBeTruthy(),
    );

    // While a card is picked up, a new lead waits for it to be put down.
    const handle = screen.getByRole("button", { name: "Move Kari Nordmann" });
    handle.focus();
    fireEvent.keyDown(handle, { code: "Space", key: " " });
    await screen.findByText("Picked up Kari Nordmann, in MQL.");
    byStage["s-mql"]?.push({
      id: "l9",
      name: "Nina Nymo",
      company: null,
      expectedValue: null,
      score: 5,
      owner: null,
    });
    act(() => live.push(NEWS, activity("a2", "CREATED")));
    await act(() => new Promise((resolve) => setTimeout(resolve, REFRESH_AFTER_MS + 500)));
    expect(screen.queryByRole("link", { name: "Nina Nymo" })).toBeNull();
    fireEvent.keyDown(document, { code: "Escape", key: "Escape" });
    expect(
      await within(column("MQL")).findByRole("link", { name: "Nina Nymo" }, { timeout: 3000 }),
    ).toBeTruthy();
  });

  it("filters by owner and source, kept in the address", async () => {
    const { asked, router } = renderBoard({}, "en", "/board?owner=mine&source=src-1");
    await screen.findByRole("link", { name: "Kari Nordmann" });
    const filters = screen.getByRole("search", { name: "Filter the board" });
    const owner = within(filters).getByLabelText<HTMLSelectElement>("Owner");
    const source = within(filters).getByLabelText<HTMLSelectElement>("Source");
    expect(owner.value).toBe("mine");
    await waitFor(() => expect(source.value).toBe("src-1"));
    expect(asked.find((a) => a.operation === "BoardLeads")?.variables).toEqual({
      filter: { ownerIds: [ÅSE.id], sourceIds: ["src-1"], stageIds: ["s-mql"] },
      after: null,
    });

    fireEvent.change(owner, { target: { value: "" } });
    fireEvent.change(source, { target: { value: "src-2" } });
    expect(router.state.location.search).toBe("?source=src-2");
    await waitFor(() =>
      expect(asked.at(-1)?.variables).toMatchObject({
        filter: { ownerIds: [], sourceIds: ["src-2"] },
      }),
    );
  });

  it("offers a sales rep who sees only their own leads no choice of owner", async () => {
    logInAs("t0k3n", HAVBRIS);
    const { asked } = renderApp("/board?owner=mine", boardApi());
    await screen.findByRole("link", { name: "Kari Nordmann" });
    expect(screen.queryByLabelText("Owner")).toBeNull();
    expect(screen.getByLabelText("Source")).toBeTruthy();
    expect(asked.find((a) => a.operation === "BoardLeads")?.variables).toMatchObject({
      filter: { ownerIds: [] },
    });
  });

  it("shows the board failing to load, and loads it again on retry", async () => {
    let fail = true;
    renderBoard({
      BoardStages: () => {
        if (fail) throw new ApiError("Failed to fetch", "network");
        return stagesOf();
      },
    });
    const failed = await screen.findByRole("alert");
    expect(failed.textContent).toContain("Leadhub cannot be reached.");
    fail = false;
    fireEvent.click(within(failed).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: "Kari Nordmann" })).toBeTruthy();
  });

  it("shows a column that failed to load beside the others, with a retry", async () => {
    renderBoard({
      BoardLeads: ({ filter }: Asked) => {
        if (filter.stageIds[0] === "s-prospect") throw new ApiError("Failed to fetch", "network");
        return boardApi().BoardLeads({ filter, after: null });
      },
    });
    await screen.findByRole("link", { name: "Kari Nordmann" });
    const failed = await within(column("Prospekt")).findByRole("alert");
    expect(within(failed).getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});

/** Columns 300 pixels apart, each card inside its own: jsdom lays nothing out,
 * and dragging needs to know what is over what. */
function layOutColumns() {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    const column = this.closest(".board-column");
    const index = column ? Array.from(column.parentElement?.children ?? []).indexOf(column) : 0;
    const [left, top, width, height] =
      this === column ? [index * 300, 0, 280, 800] : [index * 300 + 10, 100, 260, 120];
    return {
      x: left,
      y: top,
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      toJSON: () => ({}),
    };
  });
}
