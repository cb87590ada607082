import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { FJORDKRAFT, HAVBRIS, PAGE, catchSaves, read, renderAs, stubFetch } from "./fixtures";

const EXPORT_ID = "TGVhZEV4cG9ydDoy";

function exportNode(fields: Record<string, unknown>) {
  return {
    id: "TGVhZEV4cG9ydDox",
    format: "XLSX",
    status: "FINISHED",
    rows: 1250,
    createdAt: "2026-06-02T09:30:00+00:00",
    requestedBy: { id: "VXNlcjox", name: "Åse Ødegård" },
    downloadUrl: "/exports/TGVhZEV4cG9ydDox",
    ...fields,
  };
}

const HISTORY = {
  tenant: {
    leadExports: {
      pageInfo: PAGE,
      edges: [
        { node: exportNode({}) },
        {
          node: exportNode({
            id: "TGVhZEV4cG9ydDoz",
            status: "FAILED",
            format: "CSV",
            downloadUrl: null,
            createdAt: "2026-06-01T07:00:00+00:00",
            requestedBy: null,
          }),
        },
      ],
    },
  },
};

describe("exports", () => {
  it("exports the leads a search picks, and downloads the file once it is written", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status = "RUNNING";
    const { asked } = renderAs(FJORDKRAFT, "/imports/exports", {
      ExportHistory: () => HISTORY,
      ExportLeads: () => ({ exportLeads: { leadExport: { id: EXPORT_ID }, errors: [] } }),
      WatchedExport: () => ({
        node: {
          __typename: "LeadExport",
          id: EXPORT_ID,
          format: "CSV",
          status,
          rows: status === "FINISHED" ? 2 : 0,
          downloadUrl: status === "FINISHED" ? `/exports/${EXPORT_ID}` : null,
        },
      }),
    });
    fireEvent.change(await screen.findByLabelText("Search"), { target: { value: "Ødegård" } });
    fireEvent.change(screen.getByLabelText("Tags"), { target: { value: "messe, vip ," } });
    const group = screen.getByRole("group", { name: "Export leads to a file" });
    fireEvent.change(within(group).getByLabelText("Format"), { target: { value: "CSV" } });
    fireEvent.click(within(group).getByRole("button", { name: "Export" }));

    expect(await within(group).findByText("Writing the file…")).toBeTruthy();
    expect(asked.find((a) => a.operation === "ExportLeads")?.variables).toEqual({
      input: { filter: { text: "Ødegård", tags: ["messe", "vip"] }, format: "CSV" },
    });
    status = "FINISHED";
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(await within(group).findByText("2 leads are ready to download.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "WatchedExport")).toHaveLength(2);

    const saved = catchSaves();
    const fetch = stubFetch(
      () =>
        new Response("Name;Email\n", {
          headers: { "content-disposition": "attachment; filename*=UTF-8''leads-2026-06-02.csv" },
        }),
    );
    fireEvent.click(
      within(group).getByRole("button", { name: "Download the exported leads (CSV)" }),
    );
    await vi.waitFor(() => expect(saved).toEqual(["leads-2026-06-02.csv"]));
    expect(fetch.mock.calls[0]?.[0]).toBe(`/exports/${EXPORT_ID}`);
  });

  it("lists recent exports in Oslo time, each ready one to download", async () => {
    renderAs(FJORDKRAFT, "/imports/exports", { ExportHistory: () => HISTORY });
    const history = await screen.findByRole("table", { name: "Recent exports" });
    const ready = within(history).getByRole("rowheader", { name: "2 Jun 2026, 11:30" });
    const cells = within(ready.closest("tr") as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => read(cell.textContent))).toEqual([
      "Åse Ødegård",
      "Excel (XLSX)",
      "Ready",
      "1,250",
      "Download",
    ]);
    expect(
      within(history).getByRole("button", { name: "Download the export of 2 Jun 2026, 11:30" }),
    ).toBeTruthy();
    const failed = within(history).getByRole("rowheader", { name: "1 Jun 2026, 09:00" });
    expect(read(failed.closest("tr")?.textContent ?? "")).toBe(
      "1 Jun 2026, 09:00Command lineCSVFailed–",
    );
  });

  it("says beside the button why an export was refused, in bokmål", async () => {
    renderAs(
      FJORDKRAFT,
      "/imports/exports",
      {
        ExportHistory: () => HISTORY,
        ExportLeads: () => {
          throw new ApiError("The search text holds control characters.", "BAD_USER_INPUT");
        },
      },
      "nb",
    );
    const group = await screen.findByRole("group", { name: "Eksporter leads til en fil" });
    const button = within(group).getByRole("button", { name: "Eksporter" });
    fireEvent.click(button);
    const fault = await within(group).findByRole("alert");
    expect(fault.textContent).toBe("The search text holds control characters.");
    expect(button.getAttribute("aria-describedby")).toBe(fault.id);
  });

  it("is not offered to a sales rep", async () => {
    const { asked } = renderAs(HAVBRIS, "/imports/exports");
    expect(await screen.findByRole("heading", { level: 1, name: "Exports" })).toBeTruthy();
    expect(screen.getByText(/^Only owners, admins, sales managers and marketing/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Export leads to a file" })).toBeNull();
    expect(asked.map((a) => a.operation)).toEqual(["Me"]);
  });
});
