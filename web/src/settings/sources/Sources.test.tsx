import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { connection, renderSettings } from "../testing";

const FAIR = {
  id: "U291cmNlOjE=",
  name: "Nor-Shipping 2026",
  kind: "TRADE_FAIR",
  campaign: "Stand C-204",
  eventDate: "2026-03-12",
  cost: "15000.00",
};
const FORM = {
  id: "U291cmNlOjI=",
  name: "Nettskjema på fjordkraft.no",
  kind: "WEB_FORM",
  campaign: null,
  eventDate: null,
  cost: null,
};

const SOURCES = () => ({ tenant: { sources: connection([FAIR, FORM]) } });
const cellsOf = (row: HTMLElement) =>
  within(row.closest("tr") as HTMLElement)
    .getAllByRole("cell")
    .map((cell) => cell.textContent?.replace(/\s/g, " "));

describe("the lead sources", () => {
  it("lists each source with its kind, day and cost", async () => {
    renderSettings("/settings/sources", "MARKETING", { SettingsSources: SOURCES }, "nb");
    const table = await screen.findByRole("table", { name: "Kilder" });
    expect(cellsOf(within(table).getByRole("rowheader", { name: "Nor-Shipping 2026" }))).toEqual([
      "Messe",
      "Stand C-204",
      "12. mars 2026",
      "kr 15 000",
      "Endre Slett",
    ]);
    expect(screen.queryByText(/Bare eiere/)).toBeNull();
  });

  it("adds a source, with its cost as people write it", async () => {
    const { asked } = renderSettings("/settings/sources", "OWNER", {
      SettingsSources: SOURCES,
      CreateSource: () => ({ createSource: { source: { id: "U291cmNlOjM=" }, errors: [] } }),
    });
    const form = await screen.findByRole("form", { name: "Add a source" });
    fireEvent.change(within(form).getByLabelText("Name"), {
      target: { value: "Lederkonferansen i Tromsø" },
    });
    fireEvent.change(within(form).getByLabelText("Kind"), { target: { value: "SEMINAR" } });
    fireEvent.change(within(form).getByLabelText("Event date"), {
      target: { value: "2026-09-17" },
    });
    fireEvent.change(within(form).getByLabelText("Cost"), { target: { value: "12 500,50" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add source" }));

    expect(await screen.findByText("Lederkonferansen i Tromsø was added.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "CreateSource")?.variables).toEqual({
      input: {
        name: "Lederkonferansen i Tromsø",
        kind: "SEMINAR",
        campaign: null,
        eventDate: "2026-09-17",
        cost: "12500.50",
      },
    });
    expect(within(form).getByLabelText<HTMLInputElement>("Name").value).toBe("");
    expect(asked.filter((a) => a.operation === "SettingsSources")).toHaveLength(2);
  });

  it("refuses a cost it cannot read, and shows a taken name beside it", async () => {
    const { asked } = renderSettings("/settings/sources", "ADMIN", {
      SettingsSources: SOURCES,
      CreateSource: () => ({
        createSource: {
          source: null,
          errors: [{ field: "name", code: "NAME_TAKEN", message: "Another source has it." }],
        },
      }),
    });
    const form = await screen.findByRole("form", { name: "Add a source" });
    const name = within(form).getByLabelText("Name");
    fireEvent.change(name, { target: { value: "Nor-Shipping 2026" } });
    fireEvent.change(within(form).getByLabelText("Cost"), { target: { value: "tolv tusen" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add source" }));
    expect(await screen.findByText("Give an amount, such as 12 500.")).toBeTruthy();
    expect(asked.some((a) => a.operation === "CreateSource")).toBe(false);

    fireEvent.change(within(form).getByLabelText("Cost"), { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add source" }));
    const fault = await screen.findByText("This is taken: choose another.");
    expect(name.getAttribute("aria-describedby")).toContain(fault.id);
  });

  it("edits a source in place, and gives the focus back to its row", async () => {
    const { asked } = renderSettings("/settings/sources", "OWNER", {
      SettingsSources: SOURCES,
      UpdateSource: () => ({ updateSource: { source: { id: FAIR.id }, errors: [] } }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Nor-Shipping 2026" }));
    const form = screen.getByRole("form", { name: "Edit Nor-Shipping 2026" });
    expect(document.activeElement).toBe(within(form).getByLabelText("Name"));
    fireEvent.change(within(form).getByLabelText("Campaign"), { target: { value: "" } });
    fireEvent.change(within(form).getByLabelText("Cost"), { target: { value: "18000" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Nor-Shipping 2026 was saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateSource")?.variables).toEqual({
      input: {
        sourceId: FAIR.id,
        source: {
          name: "Nor-Shipping 2026",
          kind: "TRADE_FAIR",
          campaign: null,
          eventDate: "2026-03-12",
          cost: "18000",
        },
      },
    });
    expect(screen.queryByRole("form", { name: "Edit Nor-Shipping 2026" })).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Edit Nor-Shipping 2026" }),
    );
  });

  it("deletes a source only when confirmed, and says why one stays", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderSettings("/settings/sources", "OWNER", {
      SettingsSources: SOURCES,
      DeleteSource: ({ input }: { input: { sourceId: string } }) => ({
        deleteSource:
          input.sourceId === FORM.id
            ? { deletedSourceId: FORM.id, errors: [] }
            : {
                deletedSourceId: null,
                errors: [{ field: "sourceId", code: "SOURCE_IN_USE", message: "3 leads." }],
              },
      }),
    });
    const remove = await screen.findByRole("button", { name: "Delete Nor-Shipping 2026" });
    confirm.mockReturnValueOnce(false);
    fireEvent.click(remove);
    expect(confirm).toHaveBeenLastCalledWith(
      "Delete the source Nor-Shipping 2026? Only a source no lead came from can go.",
    );
    expect(asked.some((a) => a.operation === "DeleteSource")).toBe(false);

    confirm.mockReturnValueOnce(true);
    fireEvent.click(remove);
    const fault = await screen.findByText(
      "Leads came from this source, so it stays: their history names it.",
    );
    expect(remove.getAttribute("aria-describedby")).toBe(fault.id);

    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Delete Nettskjema på fjordkraft.no" }));
    expect(await screen.findByText("Nettskjema på fjordkraft.no was deleted.")).toBeTruthy();
  });

  it("shows a sales rep the sources to read, or that there are none", async () => {
    renderSettings("/settings/sources", "SALES_REP", {
      SettingsSources: () => ({ tenant: { sources: connection([]) } }),
    });
    expect(await screen.findByText("No sources yet.")).toBeTruthy();
    expect(
      screen.getByText("Only owners, admins and marketing change the lead sources."),
    ).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByRole("link", { name: "All settings" }).getAttribute("href")).toBe(
      "/settings",
    );
  });
});
