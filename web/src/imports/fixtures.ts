// For the imports pages' tests: the API's answers as a Norwegian company's would be.
import { afterEach, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../testing";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

export const IMPORT_ID = "TGVhZEltcG9ydDox";
export const PAGE = { hasNextPage: false, endCursor: null };
export const FJORDKRAFT = "VGVuYW50OjE=";
export const HAVBRIS = "VGVuYW50OjI="; // where Åse is a sales rep

export function progressOf(counts: Record<string, number | null> = {}) {
  return {
    totalRows: 1250,
    read: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    percent: 0,
    secondsLeft: null,
    ...counts,
  };
}

export function leadImport(fields: Record<string, unknown> = {}) {
  return {
    __typename: "LeadImport",
    id: IMPORT_ID,
    fileName: "messe-2026.csv",
    fileFormat: "CSV",
    sizeBytes: 48_213,
    encoding: "windows-1252",
    delimiter: ";",
    status: "DRAFT",
    failure: null,
    createdAt: "2026-11-02T09:00:00+00:00",
    startedAt: null,
    finishedAt: null,
    errorReportUrl: null,
    columns: [
      { header: "Navn", target: "name" },
      { header: "E-post", target: "email" },
      { header: "Mobil", target: "phone" },
      { header: "Notater", target: null },
    ],
    matchKeys: ["EXTERNAL_ID", "EMAIL", "PHONE"],
    onMatch: "SKIP",
    source: null,
    startedBy: { id: "VXNlcjox", name: "Åse Ødegård" },
    progress: progressOf(),
    ...fields,
  };
}

export function renderAs(
  tenantId: string,
  path: string,
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logInAs("t0k3n", tenantId);
  return renderApp(path, { Me: () => OWNER_ME, ...answers }, language);
}

/** A stand-in for the browser's fetch, for what goes around /graphql's JSON. */
export function stubFetch(answer: (url: string, init?: RequestInit) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => answer(url, init));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** Files saved by a download: their names, as the link that saves each names it. */
export function catchSaves() {
  const saved: string[] = [];
  vi.stubGlobal(
    "URL",
    class extends URL {
      static override createObjectURL = () => "blob:x";
      static override revokeObjectURL = () => undefined;
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  return saved;
}

/** Text as a person reads it: Intl's narrow and no-break spaces as spaces. */
export function read(text: string | null): string {
  return (text ?? "").replace(/\s/g, " ");
}
