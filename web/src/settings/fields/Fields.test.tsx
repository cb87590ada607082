import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { connection, renderSettings } from "../testing";

const FIELDS = [
  { id: "f1", key: "budsjett", label: "Budsjett", type: "NUMBER", choices: [], required: false },
  {
    id: "f2",
    key: "fylke",
    label: "Fylke",
    type: "CHOICE",
    choices: ["Oslo", "Vestland", "Trøndelag"],
    required: true,
  },
];

const LISTED = () => ({ tenant: { customFields: connection(FIELDS) } });

describe("the custom fields", () => {
  it("lists each field with its key, type and choices", async () => {
    renderSettings("/settings/fields", "OWNER", { SettingsCustomFields: LISTED }, "nb");
    const table = await screen.findByRole("table", { name: "Felt" });
    const row = within(table).getByRole("rowheader", { name: "Fylke" }).closest("tr");
    expect(
      within(row as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["fylke", "Valg fra en liste", "Oslo, Vestland, Trøndelag", "Ja", "Endre Slett"]);
  });

  it("defines a choice field from its choices, one a line", async () => {
    const { asked } = renderSettings("/settings/fields", "ADMIN", {
      SettingsCustomFields: LISTED,
      DefineCustomField: () => ({
        defineCustomField: { field: { id: "f3", label: "Bransjekode" }, errors: [] },
      }),
    });
    const form = await screen.findByRole("form", { name: "Add a field" });
    fireEvent.change(within(form).getByLabelText("Label"), { target: { value: "Bransjekode" } });
    fireEvent.change(within(form).getByLabelText("Key"), { target: { value: "nace" } });
    expect(within(form).queryByLabelText("Choices, one a line")).toBeNull();
    fireEvent.change(within(form).getByLabelText("Type"), { target: { value: "CHOICE" } });
    fireEvent.change(within(form).getByLabelText("Choices, one a line"), {
      target: { value: "Kraftforsyning\n\n Fiske og fangst \nSjøfart" },
    });
    fireEvent.click(within(form).getByLabelText("Every lead must have a value"));
    fireEvent.click(within(form).getByRole("button", { name: "Add field" }));

    expect(await screen.findByText("The field Bransjekode was added.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "DefineCustomField")?.variables).toEqual({
      input: {
        key: "nace",
        label: "Bransjekode",
        type: "CHOICE",
        choices: ["Kraftforsyning", "Fiske og fangst", "Sjøfart"],
        required: true,
      },
    });
    expect(asked.filter((a) => a.operation === "SettingsCustomFields")).toHaveLength(2);
  });

  it("shows a refused key beside it", async () => {
    renderSettings("/settings/fields", "OWNER", {
      SettingsCustomFields: LISTED,
      DefineCustomField: () => ({
        defineCustomField: {
          field: null,
          errors: [{ field: "key", code: "INVALID", message: "A key is a-z, then a-z, 0-9, _." }],
        },
      }),
    });
    const form = await screen.findByRole("form", { name: "Add a field" });
    const key = within(form).getByLabelText("Key");
    fireEvent.change(key, { target: { value: "Bransjekode" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add field" }));
    const fault = await screen.findByText("A key is a-z, then a-z, 0-9, _.");
    expect(key.getAttribute("aria-describedby")?.split(" ")).toContain(fault.id);
  });

  it("removes a field once confirmed, and says why one in use stays", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(true);
    const { asked } = renderSettings("/settings/fields", "OWNER", {
      SettingsCustomFields: LISTED,
      RemoveCustomField: ({ input }: { input: { fieldId: string } }) => ({
        removeCustomField:
          input.fieldId === "f2"
            ? { removedFieldId: "f2", errors: [] }
            : {
                removedFieldId: null,
                errors: [{ field: "fieldId", code: "FIELD_IN_USE", message: "In use." }],
              },
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Delete Budsjett" }));
    expect(
      await screen.findByText(
        "This field is in use: leads have values in it, or a scoring rule looks at it.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Delete Fylke" }));
    expect(await screen.findByText("The field Fylke was deleted.")).toBeTruthy();
    expect(confirm).toHaveBeenLastCalledWith(
      "Delete the field Fylke? Only a field no lead has a value in, and no scoring rule looks at, can go.",
    );
    expect(asked.filter((a) => a.operation === "RemoveCustomField")).toHaveLength(2);
  });

  it("changes a field's label and choices in place, keeping its key and type", async () => {
    const { asked } = renderSettings("/settings/fields", "OWNER", {
      SettingsCustomFields: LISTED,
      ChangeCustomField: ({ input }: { input: { choices?: string[] } }) => ({
        changeCustomField: input.choices?.includes("Oslo")
          ? { field: { id: "f2" }, errors: [] }
          : {
              field: null,
              errors: [{ field: "choices", code: "CHOICE_IN_USE", message: "Leads have Oslo." }],
            },
      }),
    });
    const edit = await screen.findByRole("button", { name: "Edit Fylke" });
    fireEvent.click(edit);
    const form = screen.getByRole("form", { name: "Edit Fylke" });
    const label = within(form).getByLabelText<HTMLInputElement>("Label");
    expect(document.activeElement).toBe(label);
    expect(within(form).queryByLabelText("Key")).toBeNull(); // it stays
    expect(
      within(form).getByText(/Its key fylke and its type \(Choice from a list\) stay/),
    ).toBeTruthy();
    const choices = within(form).getByLabelText<HTMLTextAreaElement>("Choices, one a line");
    expect(choices.value).toBe("Oslo\nVestland\nTrøndelag");

    fireEvent.change(choices, { target: { value: "Vestland\nTrøndelag" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const fault = await within(form).findByText(/Leads have a choice you took away/);
    expect(choices.getAttribute("aria-describedby")).toContain(fault.id);
    expect(document.activeElement).toBe(choices); // the refused field takes the focus

    fireEvent.change(label, { target: { value: "Fylke (kontor)" } });
    fireEvent.change(choices, { target: { value: "Oslo\nVestland\nTrøndelag\nNordland" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("The field Fylke (kontor) was saved.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "ChangeCustomField").at(-1)?.variables).toEqual({
      input: {
        fieldId: "f2",
        label: "Fylke (kontor)",
        required: true,
        choices: ["Oslo", "Vestland", "Trøndelag", "Nordland"],
      },
    });
    expect(screen.queryByRole("form", { name: "Edit Fylke" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit Fylke" }));
  });

  it("shows marketing the fields to read, or that there are none", async () => {
    renderSettings("/settings/fields", "MARKETING", {
      SettingsCustomFields: () => ({ tenant: { customFields: connection([]) } }),
    });
    expect(await screen.findByText("No custom fields yet.")).toBeTruthy();
    expect(
      screen.getByText("Only owners and admins define and change the fields of leads."),
    ).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });
});
