import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { logInAs, renderApp } from "../testing";

describe("resetting a password", () => {
  it("asks for a link without telling whether the account exists", async () => {
    const { asked } = renderApp("/forgot-password", {
      RequestPasswordReset: () => ({ requestPasswordReset: { errors: [] } }),
    });
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "kari@havbris.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Send link" }));
    expect((await screen.findByRole("status")).textContent).toContain(
      "If kari@havbris.example has an account, a link is on its way.",
    );
    expect(asked[0]?.variables).toEqual({ input: { email: "kari@havbris.example" } });
  });

  it("sets the new password with the link's token, and ends the login kept here", async () => {
    logInAs("old");
    const { asked } = renderApp("/password-reset?token=abc.def", {
      ResetPassword: () => ({ resetPassword: { user: { id: "VXNlcjox" }, errors: [] } }),
    });
    fireEvent.change(screen.getByLabelText("New password"), {
      target: { value: "et nytt og bedre passord" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByText(/Your password is set/)).toBeTruthy();
    expect(asked[0]?.variables).toEqual({
      input: { token: "abc.def", newPassword: "et nytt og bedre passord" },
    });
    expect(localStorage.getItem("leadhub.session")).toBeNull();
  });

  it("says a used link is not valid, above the form, and offers a new one", async () => {
    renderApp(
      "/password-reset?token=used",
      {
        ResetPassword: () => ({
          resetPassword: {
            user: null,
            errors: [{ field: "token", code: "PASSWORD_RESET_INVALID", message: "Invalid." }],
          },
        }),
      },
      "nb",
    );
    fireEvent.change(screen.getByLabelText("Nytt passord"), { target: { value: "x".repeat(12) } });
    fireEvent.click(screen.getByRole("button", { name: "Lagre passordet" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Lenken er ikke gyldig: den er utløpt eller brukt. Be om en ny.",
    );
    expect(screen.getByRole("link", { name: "Be om en ny lenke" })).toBeTruthy();
  });

  it("says what to do with a link that lost its token", async () => {
    renderApp("/password-reset", {});
    expect((await screen.findByRole("alert")).textContent).toContain("This link lacks its code");
  });
});
