import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FJORDKRAFT, IMPORT_ID, PAGE, leadImport, progressOf, read, renderAs } from "./fixtures";

const CHOICES = {
  tenant: {
    sources: {
      edges: [
        { node: { id: "U291cmNlOjE=", name: "Messe Lillestrøm 2026", kind: "TRADE_FAIR" } },
        { node: { id: "U291cmNlOjI=", name: "Tips fra Bjørn Æsøy", kind: "REFERRAL" } },
      ],
    },
    customFields: {
      edges: [{ node: { id: "Q3VzdG9tRmllbGQ6MQ==", key: "bransjekode", label: "Bransjekode" } }],
    },
  },
};

const PREVIEW = {
  node: {
    __typename: "LeadImport",
    id: IMPORT_ID,
    preview: [
      {
        line: 2,
        cells: ["Åse Ødegård", "ase@fjordkraft.example", "412 34 567", ""],
        problems: null,
        lead: {
          name: "Åse Ødegård",
          email: "ase@fjordkraft.example",
          phone: "+4741234567",
          company: null,
          title: null,
        },
      },
      {
        line: 3,
        cells: ["Per Ståle Hætta", "per.hætta@", "(+47) 92 67 88 28", "Ring etter jul"],
        problems: "E-post: not an email address.",
        lead: null,
      },
    ],
  },
};

const TEMPLATES = {
  tenant: {
    importTemplates: {
      pageInfo: PAGE,
      edges: [{ node: { id: "SW1wb3J0VGVtcGxhdGU6MQ==", name: "Messeliste", targets: [] } }],
    },
  },
};

type Change = {
  input: { columns?: (string | null)[]; sourceId?: string | null; templateId?: string };
};

function renderDraft(answers: Parameters<typeof renderAs>[2] = {}, language: "en" | "nb" = "en") {
  let draft = leadImport();
  return renderAs(
    FJORDKRAFT,
    `/imports/${IMPORT_ID}`,
    {
      ImportDetails: () => ({ node: draft }),
      ImportChoices: () => CHOICES,
      ImportPreview: () => PREVIEW,
      ImportTemplates: () => TEMPLATES,
      ChangeLeadImport: ({ input }: Change) => {
        const columns = input.columns ?? draft.columns.map((column) => column.target);
        if (columns.filter((target) => target === "name").length > 1) {
          const field = `columns.${columns.lastIndexOf("name")}`;
          const message = "Only one column fills name.";
          return {
            changeLeadImport: { leadImport: null, errors: [{ field, code: "INVALID", message }] },
          };
        }
        draft = leadImport({
          columns: draft.columns.map((column, i) => ({ ...column, target: columns[i] ?? null })),
          source:
            input.sourceId === undefined ? draft.source : input.sourceId && { id: input.sourceId },
        });
        return { changeLeadImport: { leadImport: draft, errors: [] } };
      },
      StartLeadImport: () => {
        draft = leadImport({
          status: "RUNNING",
          startedAt: "2026-11-02T09:30:00+00:00",
          progress: progressOf({ secondsLeft: null }),
        });
        return {
          startLeadImport: { leadImport: { id: IMPORT_ID, status: "RUNNING" }, errors: [] },
        };
      },
      ...answers,
    },
    language,
  );
}

describe("a draft import", () => {
  it("shows each column with the field suggested, an example, and the rows' problems", async () => {
    renderDraft({}, "nb");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Import av messe-2026.csv" }),
    ).toBeTruthy();
    const preview = await screen.findByRole("table", { name: "Forhåndsvisning" });
    const troubled = within(preview).getByRole("rowheader", { name: "3" }).closest("tr");
    expect(read(troubled?.textContent ?? "")).toContain(
      "Importeres ikke: E-post: not an email address.",
    );
    expect(
      screen.getByText(
        "1 av de første 2 radene har et problem: den blir ikke importert, og feilrapporten viser den.",
      ),
    ).toBeTruthy();

    const columns = screen.getByRole("table", { name: "Kolonner" });
    const mobile = within(columns).getByRole("rowheader", { name: "Mobil" }).closest("tr");
    expect(within(mobile as HTMLElement).getAllByRole("cell")[0]?.textContent).toBe("412 34 567");
    expect(screen.getByLabelText<HTMLSelectElement>("Felt for kolonnen Mobil").value).toBe("phone");
    expect(screen.getByLabelText<HTMLSelectElement>("Felt for kolonnen Notater").value).toBe("");
    const file = screen.getByText("Fil", { selector: "dt" }).nextElementSibling;
    expect(read(file?.textContent ?? "")).toBe("CSV, 47,1 kB, windows-1252, Semikolon (;)");
  });

  it("changes a column's field, and shows a refusal beside the column", async () => {
    const { asked } = renderDraft();
    const notes = await screen.findByLabelText<HTMLSelectElement>(
      "Lead field for the column Notater",
    );
    fireEvent.change(notes, { target: { value: "comment" } });
    expect(notes.value).toBe("comment");
    await waitFor(() =>
      expect(asked.find((a) => a.operation === "ChangeLeadImport")?.variables).toEqual({
        input: { importId: IMPORT_ID, columns: ["name", "email", "phone", "comment"] },
      }),
    );

    const mobile = screen.getByLabelText<HTMLSelectElement>("Lead field for the column Mobil");
    fireEvent.change(mobile, { target: { value: "name" } });
    const fault = await screen.findByText("Only one column fills name.");
    expect(mobile.getAttribute("aria-describedby")).toBe(fault.id);
    expect(mobile.value).toBe("phone");
  });

  it("offers the sources a list may name, applies a template, and keeps one by a free name", async () => {
    const { asked } = renderDraft({
      SaveImportTemplate: ({ input }: { input: { name: string } }) => ({
        saveImportTemplate:
          input.name === "Messeliste"
            ? {
                template: null,
                errors: [
                  { field: "name", code: "NAME_TAKEN", message: "Another template has that name." },
                ],
              }
            : { template: { id: "SW1wb3J0VGVtcGxhdGU6Mg==", name: input.name }, errors: [] },
      }),
    });
    const source = await screen.findByLabelText<HTMLSelectElement>("Source of the new leads");
    const offered = within(source)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(offered).toEqual(["No source", "Messe Lillestrøm 2026"]);
    fireEvent.change(source, { target: { value: "U291cmNlOjE=" } });
    await waitFor(() =>
      expect(asked.find((a) => a.operation === "ChangeLeadImport")?.variables).toEqual({
        input: { importId: IMPORT_ID, sourceId: "U291cmNlOjE=" },
      }),
    );
    // a source chosen by mistake is taken back
    fireEvent.change(source, { target: { value: "" } });
    await waitFor(() =>
      expect(asked.filter((a) => a.operation === "ChangeLeadImport").at(-1)?.variables).toEqual({
        input: { importId: IMPORT_ID, sourceId: null },
      }),
    );

    fireEvent.click(screen.getByRole("button", { name: "Apply template" }));
    expect(
      await screen.findByText("The template was applied to the columns it knows."),
    ).toBeTruthy();
    expect(asked.filter((a) => a.operation === "ChangeLeadImport").at(-1)?.variables).toEqual({
      input: { importId: IMPORT_ID, templateId: "SW1wb3J0VGVtcGxhdGU6MQ==" },
    });

    const save = screen.getByRole("form", { name: "Save this mapping as a template" });
    const name = within(save).getByLabelText("Name");
    fireEvent.change(name, { target: { value: "Messeliste" } });
    fireEvent.click(within(save).getByRole("button", { name: "Save template" }));
    const fault = await within(save).findByText("Another template has that name.");
    expect(name.getAttribute("aria-describedby")).toBe(fault.id);
    fireEvent.change(name, { target: { value: "Messeliste Bergen" } });
    fireEvent.click(within(save).getByRole("button", { name: "Save template" }));
    expect(await screen.findByText("The mapping was saved as “Messeliste Bergen”.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "SaveImportTemplate").at(-1)?.variables).toEqual({
      input: { importId: IMPORT_ID, name: "Messeliste Bergen" },
    });
  });

  it("starts the import, then follows its progress live", async () => {
    const { asked, live } = renderDraft();
    fireEvent.click(await screen.findByRole("button", { name: "Start import" }));
    expect(await screen.findByText("The import has started.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "StartLeadImport")?.variables).toEqual({
      input: { importId: IMPORT_ID },
    });
    expect(await screen.findByLabelText("Rows read")).toBeTruthy();
    expect(live.subscribed.map((s) => [s.operation, s.variables])).toEqual([
      ["LiveImportProgress", { id: IMPORT_ID }],
    ]);
    expect(screen.queryByRole("table", { name: "Columns" })).toBeNull();
  });
});
