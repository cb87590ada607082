import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OWNER_ME, renderApp } from "../testing";

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("signing up", () => {
  it("creates the company and its owner, logged in and working in it", async () => {
    const { asked } = renderApp("/sign-up", {
      SignUp: () => ({
        signUp: { token: "n3w", tenant: { id: "VGVuYW50OjE=" }, errors: [] },
      }),
      Me: () => OWNER_ME,
    });
    fill("Company name", "Fjordkraft Salg AS");
    fill("Your name", "Åse Ødegård");
    fill("Work email", "åse@fjordkraft.example");
    fill("Choose a password", "korrekt hest batteri");
    fireEvent.click(screen.getByRole("button", { name: "Create account" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Fjordkraft Salg AS" }),
    ).toBeTruthy();
    expect(asked[0]?.variables).toEqual({
      input: {
        companyName: "Fjordkraft Salg AS",
        ownerName: "Åse Ødegård",
        email: "åse@fjordkraft.example",
        password: "korrekt hest batteri",
        defaultRegion: "NO",
      },
    });
    expect(JSON.parse(localStorage.getItem("leadhub.session") ?? "null")).toEqual({
      token: "n3w",
      tenantId: "VGVuYW50OjE=",
    });
  });

  it("names every fault at once, each beside its field", async () => {
    renderApp("/sign-up", {
      SignUp: () => ({
        signUp: {
          token: null,
          tenant: null,
          errors: [
            { field: "email", code: "EMAIL_TAKEN", message: "That email has an account." },
            { field: "password", code: "PASSWORD_TOO_WEAK", message: "Use 10 to 256." },
          ],
        },
      }),
    });
    fireEvent.click(screen.getByRole("button", { name: "Create account" }));

    expect(await screen.findByText("That email has an account: log in instead.")).toBeTruthy();
    const password = screen.getByLabelText("Choose a password");
    expect(password.getAttribute("aria-invalid")).toBe("true");
    // the hint and the fault both describe it
    expect(password.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(screen.getByText("Use 10 to 256 characters.")).toBeTruthy();
    expect(localStorage.getItem("leadhub.session")).toBeNull();
  });
});
