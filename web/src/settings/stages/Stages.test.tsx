import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { connection, renderSettings } from "../testing";

function stage(id: string, name: string, kind: string, winProbability: number, milestone = null) {
  return { id, name, position: 0, kind, winProbability, milestone, routesLeads: false };
}

const ROUTES_LEADS = "Leads reaching this stage are routed to a salesperson";
const SUSPECT = { ...stage("s1", "Emne", "OPEN", 0.05), milestone: "SUSPECT" };
const SQL = { ...stage("s2", "Kvalifisert", "OPEN", 0.25), milestone: "SQL", routesLeads: true };
const OFFER = stage("s3", "Tilbud sendt", "OPEN", 0.5);
const WON = { ...stage("s4", "Kunde", "WON", 1), milestone: "CUSTOMER" };

/** The funnel, in the order it was last given. */
function funnel() {
  let stages = [SUSPECT, SQL, OFFER, WON];
  return {
    SettingsFunnelStages: () => ({ tenant: { funnelStages: connection(stages) } }),
    ReorderFunnelStages: ({ input }: { input: { stageIds: string[] } }) => {
      stages = input.stageIds.map((id) => stages.find((s) => s.id === id) ?? SUSPECT);
      return { reorderFunnelStages: { stages: stages.map(({ id }) => ({ id })), errors: [] } };
    },
  };
}

const rowNames = () => screen.getAllByRole("rowheader").map((header) => header.textContent);

describe("the funnel stages", () => {
  it("lists the stages in order, with their win probability as a percentage", async () => {
    renderSettings("/settings/stages", "SALES_MANAGER", funnel(), "nb");
    const table = await screen.findByRole("table", { name: "Steg" });
    const row = within(table).getByRole("rowheader", { name: "Kvalifisert" }).closest("tr");
    const cells = within(row as HTMLElement).getAllByRole("cell");
    expect(cells.slice(0, 4).map((cell) => cell.textContent?.replace(/\s/g, " "))).toEqual([
      "Åpent",
      "25 %",
      "Salgskvalifisert lead (SQL)",
      "Ja",
    ]);
    expect(rowNames()).toEqual(["Emne", "Kvalifisert", "Tilbud sendt", "Kunde"]);
  });

  it("moves a stage with its buttons, the focus following it", async () => {
    const { asked } = renderSettings("/settings/stages", "OWNER", funnel());
    fireEvent.click(await screen.findByRole("button", { name: "Move Tilbud sendt up" }));
    expect(await screen.findByText("Tilbud sendt is now stage 2.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "ReorderFunnelStages")?.variables).toEqual({
      input: { stageIds: ["s1", "s3", "s2", "s4"] },
    });
    expect(rowNames()).toEqual(["Emne", "Tilbud sendt", "Kvalifisert", "Kunde"]);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("button", { name: "Move Tilbud sendt up" }),
      ),
    );

    // At the top its Up button is off: the focus stays on the stage, on Down.
    fireEvent.click(screen.getByRole("button", { name: "Move Tilbud sendt up" }));
    expect(await screen.findByText("Tilbud sendt is now stage 1.")).toBeTruthy();
    expect(rowNames()[0]).toBe("Tilbud sendt");
    const up = screen.getByRole("button", { name: "Move Tilbud sendt up" });
    expect((up as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("button", { name: "Move Tilbud sendt down" }),
      ),
    );
  });

  it("adds a stage from its percentage, refusing one out of range", async () => {
    const { asked } = renderSettings("/settings/stages", "ADMIN", {
      ...funnel(),
      CreateFunnelStage: () => ({ createFunnelStage: { stage: { id: "s5" }, errors: [] } }),
    });
    const form = await screen.findByRole("form", { name: "Add a stage" });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Forhandling" } });
    const percent = within(form).getByLabelText("Win probability (%)");
    fireEvent.change(percent, { target: { value: "120" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add stage" }));
    const fault = await screen.findByText("Give a percentage from 0 to 100.");
    expect(percent.getAttribute("aria-describedby")).toContain(fault.id);
    expect(asked.some((a) => a.operation === "CreateFunnelStage")).toBe(false);

    fireEvent.change(percent, { target: { value: "72,5" } });
    fireEvent.click(within(form).getByRole("checkbox", { name: ROUTES_LEADS }));
    fireEvent.click(within(form).getByRole("button", { name: "Add stage" }));
    expect(await screen.findByText("Forhandling was added.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "CreateFunnelStage")?.variables).toEqual({
      input: { name: "Forhandling", kind: "OPEN", winProbability: 0.725, routesLeads: true },
    });
    // the form is empty again for the next stage
    expect(
      within(form).getByRole<HTMLInputElement>("checkbox", { name: ROUTES_LEADS }).checked,
    ).toBe(false);
  });

  it("edits a stage in place, whether it routes leads too", async () => {
    const { asked } = renderSettings("/settings/stages", "OWNER", {
      ...funnel(),
      UpdateFunnelStage: () => ({ updateFunnelStage: { stage: { id: "s3" }, errors: [] } }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Tilbud sendt" }));
    const form = screen.getByRole("form", { name: "Edit Tilbud sendt" });
    const percent = within(form).getByLabelText<HTMLInputElement>("Win probability (%)");
    expect(percent.value).toBe("50");
    fireEvent.change(percent, { target: { value: "40" } });
    fireEvent.click(
      within(form).getByLabelText("Leads reaching this stage are routed to a salesperson"),
    );
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Tilbud sendt was saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateFunnelStage")?.variables).toEqual({
      input: {
        stageId: "s3",
        name: "Tilbud sendt",
        kind: "OPEN",
        winProbability: 0.4,
        routesLeads: true,
      },
    });
  });

  it("explains why a stage cannot be deleted", async () => {
    vi.spyOn(window, "confirm").mockReturnValueOnce(true);
    renderSettings(
      "/settings/stages",
      "OWNER",
      {
        ...funnel(),
        DeleteFunnelStage: () => ({
          deleteFunnelStage: {
            deletedStageId: null,
            errors: [{ field: "stageId", code: "STAGE_HAS_LEADS", message: "12 leads are in it." }],
          },
        }),
      },
      "nb",
    );
    fireEvent.click(await screen.findByRole("button", { name: "Slett Tilbud sendt" }));
    expect(window.confirm).toHaveBeenCalledWith(
      "Slette steget Tilbud sendt? Bare et steg ingen leads har vært i, kan slettes.",
    );
    expect(
      await screen.findByText(
        "Det ligger leads i dette steget: flytt dem til et annet steg først.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "Tilbud sendt" })).toBeTruthy();
  });

  it("shows marketing the funnel to read", async () => {
    renderSettings("/settings/stages", "MARKETING", funnel());
    expect(await screen.findByRole("rowheader", { name: "Kunde" })).toBeTruthy();
    expect(
      screen.getByText("Only owners, admins and sales managers change the funnel."),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Move/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Delete/ })).toBeNull();
    expect(screen.queryByRole("form")).toBeNull();
  });
});
