import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  FJORDKRAFT,
  IMPORT_ID,
  PAGE,
  catchSaves,
  leadImport,
  progressOf,
  read,
  renderAs,
  stubFetch,
} from "./fixtures";

const REPORT = `/imports/${IMPORT_ID}/failed-rows.csv`;

const RUNNING = leadImport({ status: "RUNNING", startedAt: "2026-11-02T09:30:00+00:00" });

const FINISHED = leadImport({
  status: "FINISHED",
  startedAt: "2026-11-02T09:30:00+00:00",
  finishedAt: "2026-11-02T09:34:00+00:00",
  errorReportUrl: REPORT,
  progress: progressOf({
    read: 1250,
    created: 1200,
    updated: 30,
    skipped: 15,
    failed: 5,
    percent: 100,
  }),
});

const FAILED_ROWS = {
  node: {
    __typename: "LeadImport",
    id: IMPORT_ID,
    failedRows: {
      pageInfo: PAGE,
      edges: [
        {
          node: {
            id: "RmFpbGVkSW1wb3J0Um93OjE=",
            line: 14,
            reason: "Telefon: not a phone number.",
            cells: ["Siri Bråten", "siri@havbris.example", "12"],
          },
        },
      ],
    },
  },
};

function update(status: string, counts: Record<string, number | null>) {
  return {
    leadImportProgress: {
      leadImportId: IMPORT_ID,
      status,
      failure: null,
      progress: progressOf(counts),
    },
  };
}

describe("an import under way", () => {
  it("shows its progress live, then the counts and the error report", async () => {
    let now = RUNNING;
    const { live } = renderAs(
      FJORDKRAFT,
      `/imports/${IMPORT_ID}`,
      { ImportDetails: () => ({ node: now }), ImportFailedRows: () => FAILED_ROWS },
      "nb",
    );
    const bar = await screen.findByLabelText<HTMLProgressElement>("Rader lest");
    act(() =>
      live.push(
        "LiveImportProgress",
        update("RUNNING", {
          read: 500,
          created: 480,
          updated: 10,
          skipped: 5,
          failed: 5,
          percent: 40,
          secondsLeft: 90,
        }),
      ),
    );
    expect([bar.value, bar.max]).toEqual([500, 1250]);
    expect(read(screen.getByText(/rader lest/).textContent)).toBe(
      "500 av 1 250 rader lest (40 %). Omtrent 2 minutter igjen.",
    );
    const counts = screen.getByText("Opprettet", { selector: "dt" }).closest("dl");
    expect(read(counts?.textContent ?? "")).toBe("Opprettet480Oppdatert10Hoppet over5Feilet5");

    now = FINISHED;
    act(() => live.push("LiveImportProgress", update("FINISHED", { read: 1250, percent: 100 })));
    expect(await screen.findByText("Importen er fullført.")).toBeTruthy();
    const failed = await screen.findByRole("table", { name: "Rader som feilet" });
    expect(
      read(within(failed).getByRole("rowheader", { name: "14" }).closest("tr")?.textContent ?? ""),
    ).toBe("14Telefon: not a phone number.Siri Bråten · siri@havbris.example · 12");
    expect(screen.queryByRole("button", { name: "Avbryt importen" })).toBeNull();

    const saved = catchSaves();
    const fetch = stubFetch(
      () =>
        new Response("Line;Reason\n", {
          headers: {
            "content-disposition": "attachment; filename*=UTF-8''messe-2026-failed-rows.csv",
          },
        }),
    );
    fireEvent.click(
      screen.getByRole("button", { name: "Last ned feilrapporten for messe-2026.csv" }),
    );
    await vi.waitFor(() => expect(saved).toEqual(["messe-2026-failed-rows.csv"]));
    expect(fetch).toHaveBeenCalledWith(REPORT, {
      headers: { authorization: "Bearer t0k3n", "x-tenant-id": FJORDKRAFT },
    });
  });

  it("cancels only when confirmed, and says why a download failed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    let now = RUNNING;
    const { asked } = renderAs(FJORDKRAFT, `/imports/${IMPORT_ID}`, {
      ImportDetails: () => ({ node: now }),
      ImportFailedRows: () => FAILED_ROWS,
      CancelLeadImport: () => {
        now = { ...FINISHED, status: "CANCELLED" };
        return {
          cancelLeadImport: { leadImport: { id: IMPORT_ID, status: "CANCELLED" }, errors: [] },
        };
      },
    });
    const cancel = await screen.findByRole("button", { name: "Cancel import" });
    confirm.mockReturnValueOnce(false);
    fireEvent.click(cancel);
    expect(asked.some((a) => a.operation === "CancelLeadImport")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(cancel);
    expect(await screen.findByText("The import was cancelled.")).toBeTruthy();
    expect(confirm).toHaveBeenLastCalledWith(
      "Cancel the import of messe-2026.csv? The leads it has written stay; the rest of the file is not read.",
    );
    expect(await screen.findByText("Cancelled", { selector: "dd" })).toBeTruthy();

    stubFetch(
      () => new Response("Only those who import and export lists download them.", { status: 403 }),
    );
    const download = screen.getByRole("button", {
      name: "Download the error report of messe-2026.csv",
    });
    fireEvent.click(download);
    const fault = await screen.findByText("You may not do this.");
    expect(download.getAttribute("aria-describedby")).toBe(fault.id);
  });
});
