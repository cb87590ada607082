import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PayloadError } from "../api/faults";
import { startI18n } from "../i18n/i18n";
import { Field } from "./Field";
import { Form, useForm } from "./form";

afterEach(cleanup);

type Send = () => Promise<readonly PayloadError[]>;

function NameForm({ send }: { send: Send }) {
  const form = useForm(send);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  return (
    <Form form={form} label="Person" submit="Save" busy="Saving…">
      <Field
        label="Name"
        value={name}
        fault={form.faults.name}
        onChange={(e) => setName(e.target.value)}
      />
      <Field
        label="Email"
        value={email}
        fault={form.faults.email}
        onChange={(e) => setEmail(e.target.value)}
      />
    </Form>
  );
}

function renderForm(send: Send) {
  render(
    <I18nextProvider i18n={startI18n("en")}>
      <NameForm send={send} />
    </I18nextProvider>,
  );
  const save = screen.getByRole("button", { name: "Save" });
  save.focus();
  return save;
}

describe("a form as it is sent", () => {
  it("keeps the focus on its button while busy, and sends a repeated submit once", async () => {
    let answer: (errors: PayloadError[]) => void = () => undefined;
    const send = vi.fn<Send>(() => new Promise((resolve) => (answer = resolve)));
    const save = renderForm(send);
    fireEvent.click(save);
    const busy = await screen.findByRole("button", { name: "Saving…" });
    expect(busy).toBe(save);
    expect(busy.getAttribute("aria-disabled")).toBe("true");
    expect((busy as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(busy);
    fireEvent.click(busy);
    fireEvent.click(busy);
    await act(async () => answer([]));
    expect(send).toHaveBeenCalledTimes(1);
    expect(save.getAttribute("aria-disabled")).toBe("false");
    expect(document.activeElement).toBe(save); // went through: nothing to show
    fireEvent.click(save);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });

  it("moves the focus to the first field at fault, in the form's order", async () => {
    const save = renderForm(async () => [
      { field: "email", code: "EMAIL_INVALID", message: "not an email" },
      { field: "name", code: "INVALID", message: "Give a name." },
    ]);
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Name")));
    const described = screen.getByLabelText("Email").getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(described)?.textContent).toBe("This is not an email address.");
  });

  it("moves the focus to the form's fault when no field is at fault, each time", async () => {
    const save = renderForm(async () => {
      throw new Error("Leadhub is down.");
    });
    fireEvent.click(save);
    const fault = await screen.findByRole("alert");
    await waitFor(() => expect(document.activeElement).toBe(fault));
    expect(fault.textContent).toBe("Leadhub is down.");
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("alert")));
  });

  it("moves the focus to the form's fault for a field it does not show", async () => {
    const save = renderForm(async () => [{ field: null, code: "FORBIDDEN", message: "no" }]);
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("alert")));
    expect(screen.getByRole("alert").textContent).toBe("You may not do this.");
  });
});
