import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { startI18n } from "../i18n/i18n";
import { EditInPlace } from "./EditInPlace";
import { Form, useForm } from "./form";

afterEach(cleanup);

function renderEditor(columns?: number) {
  const editor = (
    <EditInPlace
      columns={columns}
      shown={(opener) => (
        <Shown columns={columns}>
          Fjordkraft <button {...opener}>Edit</button>
        </Shown>
      )}
      editor={(close) => <NameForm onSaved={close} />}
    />
  );
  render(
    <I18nextProvider i18n={startI18n("nb")}>
      {columns ? (
        <table>
          <tbody>{editor}</tbody>
        </table>
      ) : (
        editor
      )}
    </I18nextProvider>,
  );
  return () => screen.getByRole("button", { name: "Edit" });
}

/** An editor as the app's are: a form, which closes the edit once it has saved. */
function NameForm({ onSaved }: { onSaved: () => void }) {
  const form = useForm(async () => {
    onSaved();
    return [];
  });
  return (
    <Form form={form} label="Edit the name" submit="Save" busy="Saving">
      <label>
        Name <input defaultValue="Fjordkraft" />
      </label>
    </Form>
  );
}

function Shown({ columns, children }: { columns?: number; children: ReactNode }) {
  return columns ? (
    <tr>
      <td>{children}</td>
    </tr>
  ) : (
    <p>{children}</p>
  );
}

describe("editing in place", () => {
  it("opens with the focus on its field, and gives it back to Edit on Avbryt", () => {
    const edit = renderEditor();
    expect(document.activeElement).toBe(document.body); // nothing moves it before a close
    fireEvent.click(edit());
    expect(document.activeElement).toBe(screen.getByLabelText("Name"));
    expect(screen.queryByRole("button", { name: "Edit" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(document.activeElement).toBe(edit());
  });

  it("gives the focus back to Edit once the editor has saved, or on Escape", async () => {
    const edit = renderEditor();
    fireEvent.click(edit());
    // Avbryt stands beside the form's Save
    const actions = screen.getByRole("button", { name: "Save" }).parentElement;
    expect(actions?.contains(screen.getByRole("button", { name: "Avbryt" }))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(document.activeElement).toBe(edit()));
    fireEvent.click(edit());
    fireEvent.keyDown(screen.getByLabelText("Name"), { key: "Escape" });
    expect(document.activeElement).toBe(edit());
    fireEvent.keyDown(edit(), { key: "Escape" }); // closed: nothing to close
    expect(document.activeElement).toBe(edit());
  });

  it("is a row of its own in a table, spanning its columns", () => {
    const edit = renderEditor(4);
    fireEvent.click(edit());
    const cell = screen.getByRole("cell");
    expect(cell.getAttribute("colspan")).toBe("4");
    expect(cell.contains(document.activeElement)).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(document.activeElement).toBe(edit());
  });
});
