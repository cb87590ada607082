import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { FJORDKRAFT, HAVBRIS, PAGE, progressOf, read, renderAs } from "./fixtures";

const HISTORY = {
  tenant: {
    leadImports: {
      pageInfo: PAGE,
      edges: [
        {
          node: {
            id: "TGVhZEltcG9ydDoy",
            fileName: "kunder-øst.xlsx",
            status: "RUNNING",
            createdAt: "2026-11-03T08:00:00+00:00",
            startedAt: "2026-11-03T08:05:00+00:00",
            startedBy: null,
            progress: progressOf({ totalRows: 800, read: 340, created: 340, percent: 42.5 }),
          },
        },
        {
          node: {
            id: "TGVhZEltcG9ydDox",
            fileName: "messe-2026.csv",
            status: "FINISHED",
            createdAt: "2026-11-02T09:00:00+00:00",
            startedAt: "2026-11-02T09:30:00+00:00",
            startedBy: { id: "VXNlcjox", name: "Åse Ødegård" },
            progress: progressOf({
              read: 1250,
              created: 1200,
              updated: 30,
              skipped: 15,
              failed: 5,
            }),
          },
        },
      ],
    },
  },
};

const TEMPLATES = {
  tenant: {
    importTemplates: {
      pageInfo: PAGE,
      edges: [
        {
          node: {
            id: "SW1wb3J0VGVtcGxhdGU6MQ==",
            name: "Messeliste",
            targets: [
              { header: "E-post", target: "email" },
              { header: "Navn", target: "name" },
              { header: "Stand", target: null },
            ],
          },
        },
      ],
    },
  },
};

function cellsOf(rowHeader: HTMLElement): string[] {
  const row = rowHeader.closest("tr") as HTMLElement;
  return within(row)
    .getAllByRole("cell")
    .map((cell) => read(cell.textContent));
}

describe("the imports page", () => {
  it("lists every import with its status, counts and who started it", async () => {
    renderAs(
      FJORDKRAFT,
      "/imports",
      { ImportHistory: () => HISTORY, ImportTemplates: () => TEMPLATES },
      "nb",
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Importer" })).toBeTruthy();
    const history = await screen.findByRole("table", { name: "Historikk" });
    const finished = within(history).getByRole("rowheader", { name: "messe-2026.csv" });
    expect(cellsOf(finished)).toEqual([
      "Fullført",
      "Åse Ødegård",
      "2. nov. 2026, 10:30",
      "1 250",
      "1 200",
      "30",
      "15",
      "5",
    ]);
    const running = within(history).getByRole("rowheader", { name: "kunder-øst.xlsx" });
    expect(cellsOf(running).slice(0, 2)).toEqual(["Pågår (42,5 %)", "Kommandolinjen"]);
    expect(within(finished).getByRole("link").getAttribute("href")).toBe(
      "/imports/TGVhZEltcG9ydDox",
    );
    expect(screen.getByRole("link", { name: "Ny import" }).getAttribute("href")).toBe(
      "/imports/new",
    );
    const templates = screen.getByRole("table", { name: "Koblingsmaler" });
    expect(cellsOf(within(templates).getByRole("rowheader", { name: "Messeliste" }))[0]).toBe(
      "E-post, Navn",
    );
  });

  it("deletes a template only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderAs(FJORDKRAFT, "/imports", {
      ImportHistory: () => HISTORY,
      ImportTemplates: () => TEMPLATES,
      DeleteImportTemplate: () => ({
        deleteImportTemplate: { deletedTemplateId: "SW1wb3J0VGVtcGxhdGU6MQ==", errors: [] },
      }),
    });
    const remove = await screen.findByRole("button", { name: "Delete the template Messeliste" });
    confirm.mockReturnValueOnce(false);
    fireEvent.click(remove);
    expect(asked.some((a) => a.operation === "DeleteImportTemplate")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(remove);
    expect(await screen.findByText("The template “Messeliste” was deleted.")).toBeTruthy();
    expect(confirm).toHaveBeenLastCalledWith(
      "Delete the template “Messeliste”? Imports already made keep their mapping.",
    );
    expect(asked.find((a) => a.operation === "DeleteImportTemplate")?.variables).toEqual({
      input: { templateId: "SW1wb3J0VGVtcGxhdGU6MQ==" },
    });
  });

  it("says when the list cannot be had, and tries again", async () => {
    let reachable = false;
    renderAs(FJORDKRAFT, "/imports", {
      ImportHistory: () => {
        if (!reachable) throw new ApiError("Failed to fetch", "network");
        return HISTORY;
      },
      ImportTemplates: () => TEMPLATES,
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Leadhub cannot be reached.");
    reachable = true;
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("rowheader", { name: "messe-2026.csv" })).toBeTruthy();
  });

  it("tells a sales rep who imports, and asks the API nothing about imports", async () => {
    const { asked } = renderAs(HAVBRIS, "/imports");
    expect(
      await screen.findByText(/^Only owners, admins, sales managers and marketing/),
    ).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New import" })).toBeNull();
    expect(asked.map((a) => a.operation)).toEqual(["Me"]);
  });
});
