import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError, NETWORK } from "../api/client";
import { KARI, KPIS, MESSE, SALG_ØST, setUpDashboardTests, renderDashboard } from "./fixtures";

const EVERYONE = { teamIds: [], userIds: [], sourceIds: [] };

/** Text as read, whatever spaces Intl put in it ("40 %" has a no-break space). */
const read = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ");

/** The figure a tile shows under its name. */
function tile(name: string) {
  return read(screen.getByText(name, { selector: "dt" }).nextElementSibling);
}

/** A table's rows, each as its cells' text. */
function rowsOf(table: HTMLElement): (string | undefined)[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("th, td")].map(read));
}

/** The address's query string, as names and values. */
const paramsIn = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe("the dashboard", () => {
  setUpDashboardTests();

  it("shows this month's key figures in Norwegian, counted in Oslo's days", async () => {
    const { asked } = renderDashboard({}, { language: "nb" });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Fjordkraft Salg AS" }),
    ).toBeTruthy();
    expect(screen.getByText("Tallene gjelder alle leadene i firmaet.")).toBeTruthy();
    await screen.findByText("Nye leads", { selector: "dt" });
    expect(tile("Nye leads")).toBe("128");
    expect(tile("Vinnrate")).toBe("40 %");
    expect(tile("Salgsvolum")).toBe("kr 1 234 567");
    expect(tile("Snittordre")).toBe("kr 77 160");
    expect(tile("Salgssyklus")).toBe("12,5 dager");
    expect(tile("Responstid")).toBe("45 min");
    expect(tile("Fra lead til kunde")).toBe("12,5 %");
    expect(tile("Verdi i salgstrakten")).toBe("kr 2 450 000");
    expect(read(screen.getByText("45 min", { selector: "dd" }).nextElementSibling)).toBe(
      "Median til første kontakt; 10 % etter SLA-fristen",
    );
    expect(screen.getByText("1.–31. des. 2026", { selector: "p" })).toBeTruthy();
    expect(asked.find((a) => a.operation === "DashboardKpis")?.variables).toEqual({
      period: { firstDay: "2026-12-01", lastDay: "2026-12-31" },
      bucket: "WEEK",
      filters: EVERYONE,
    });
  });

  it("gives every chart a name and its figures as a table", async () => {
    renderDashboard({}, { language: "nb" });
    const funnel = await screen.findByRole("table", { name: "Salgstrakt" });
    expect(screen.getByRole("figure", { name: "Salgstrakt" })).toBeTruthy();
    expect(rowsOf(funnel)).toEqual([
      ["Suspect", "128", "–"],
      ["MQL", "64", "50 %"],
      ["Kunde", "16", "25 %"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "Salgsvolum per måned" }))).toEqual([
      ["1.–31. des. 2026", "kr 1 234 567", "16"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "Vinnrate over tid" }))).toEqual([
      ["1.–6. des. 2026", "40 %", "4", "10"],
      ["7.–13. des. 2026", "–", "0", "0"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "Responstid" }))).toEqual([
      ["1.–6. des. 2026", "45 min", "30"],
    ]);
    expect(rowsOf(screen.getByRole("table", { name: "Avkastning per kilde" }))).toEqual([
      ["Messe på Lillestrøm", "kr 500 000", "kr 25 000", "20 × kostnaden"],
      ["Uten kilde", "kr 0", "–", "–"],
    ]);
  });

  it("says so where a chart has nothing to draw", async () => {
    const quiet = { ...KPIS, funnel: [], sourceReturn: [] };
    renderDashboard({ DashboardKpis: () => quiet });
    const funnel = await screen.findByRole("figure", { name: "Funnel" });
    expect(within(funnel).getByText("No figures for this period.")).toBeTruthy();
    expect(within(funnel).queryByRole("table")).toBeNull();
  });

  it("counts the leads of a team, a person and a source, kept in the address", async () => {
    const { asked, router } = renderDashboard();
    await screen.findByRole("option", { name: "Kari Nordmann" });
    fireEvent.change(screen.getByLabelText("Team"), { target: { value: SALG_ØST } });
    fireEvent.change(screen.getByLabelText("Person"), { target: { value: KARI } });
    fireEvent.change(screen.getByLabelText("Source"), { target: { value: MESSE } });

    expect(paramsIn(router.state.location.search)).toEqual({
      team: SALG_ØST,
      user: KARI,
      source: MESSE,
    });
    await waitFor(() =>
      expect(asked.filter((a) => a.operation === "DashboardKpis").at(-1)?.variables).toEqual({
        period: { firstDay: "2026-12-01", lastDay: "2026-12-31" },
        bucket: "WEEK",
        filters: { teamIds: [SALG_ØST], userIds: [KARI], sourceIds: [MESSE] },
      }),
    );
    // The feed follows one person or team: the person.
    expect(asked.filter((a) => a.operation === "DashboardFeed").at(-1)?.variables).toEqual({
      feed: { userId: KARI },
      after: null,
    });
  });

  it("opens a shared view as it was: last month, for one team", async () => {
    const { asked } = renderDashboard({}, { path: `/?period=lastMonth&team=${SALG_ØST}` });
    await screen.findByRole("option", { name: "Salg Øst" });
    expect(screen.getByLabelText<HTMLSelectElement>("Period").value).toBe("lastMonth");
    expect(screen.getByLabelText<HTMLSelectElement>("Team").value).toBe(SALG_ØST);
    expect(asked.find((a) => a.operation === "DashboardKpis")?.variables).toEqual({
      period: { firstDay: "2026-11-01", lastDay: "2026-11-30" },
      bucket: "WEEK",
      filters: { ...EVERYONE, teamIds: [SALG_ØST] },
    });
  });

  it("refuses chosen days that end before they start, beside the last day", async () => {
    const { asked, router } = renderDashboard();
    fireEvent.change(await screen.findByLabelText("Period"), { target: { value: "custom" } });
    const from = screen.getByLabelText<HTMLInputElement>("From");
    const to = screen.getByLabelText<HTMLInputElement>("To");
    expect([from.value, to.value]).toEqual(["2026-12-01", "2026-12-31"]);

    fireEvent.change(to, { target: { value: "2026-11-15" } });
    const fault = await screen.findByText("The period ends before it starts.");
    expect(to.getAttribute("aria-describedby")).toBe(fault.id);
    expect(screen.getByText("Choose the period's days to see its figures.")).toBeTruthy();
    const periods = () =>
      asked.filter((a) => a.operation === "DashboardKpis").map((a) => a.variables);
    expect(JSON.stringify(periods())).not.toContain("2026-11-15");

    fireEvent.change(from, { target: { value: "2026-01-01" } });
    expect(paramsIn(router.state.location.search)).toEqual({
      period: "custom",
      from: "2026-01-01",
      to: "2026-11-15",
    });
    await waitFor(() =>
      expect(periods().at(-1)).toEqual({
        period: { firstDay: "2026-01-01", lastDay: "2026-11-15" },
        bucket: "MONTH",
        filters: EVERYONE,
      }),
    );
    expect(to.getAttribute("aria-invalid")).toBe("false");
  });

  it("says when the figures could not be had, and asks again", async () => {
    let tries = 0;
    renderDashboard({
      DashboardKpis: () => {
        tries += 1;
        if (tries === 1) throw new ApiError("Failed to fetch", NETWORK);
        return KPIS;
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Leadhub cannot be reached.");
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByText("New leads", { selector: "dt" });
    expect(tile("Sales volume")).toBe("NOK 1,234,567");
    expect(tile("Sales cycle")).toBe("12.5 days");
  });
});
