import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OWNER_ME, renderApp } from "../testing";

function logIn(email: string, password: string, button = "Log in") {
  fireEvent.change(screen.getByLabelText(/^(Email|E-post)$/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^(Password|Passord)$/), {
    target: { value: password },
  });
  fireEvent.click(screen.getByRole("button", { name: button }));
}

describe("logging in", () => {
  it("keeps the login, chooses the first company, and goes where it was sent from", async () => {
    const { asked, router } = renderApp("/people", {
      LogIn: () => ({ logIn: { token: "t0k3n", errors: [] } }),
      Me: () => OWNER_ME,
      Members: () => ({
        tenant: { members: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
      }),
      Invitations: () => ({
        tenant: { invitations: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
      }),
    });
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
    expect(router.state.location.search).toBe("?next=%2Fpeople");

    logIn("åse@fjordkraft.example", "korrekt hest batteri");

    expect(await screen.findByRole("heading", { level: 1, name: "People" })).toBeTruthy();
    expect(asked[0]).toEqual({
      operation: "LogIn",
      variables: { input: { email: "åse@fjordkraft.example", password: "korrekt hest batteri" } },
    });
    expect(asked.find((a) => a.operation === "Me")).toMatchObject({ token: "t0k3n" });
    expect(JSON.parse(localStorage.getItem("leadhub.session") ?? "null")).toEqual({
      token: "t0k3n",
      tenantId: "VGVuYW50OjE=",
    });
  });

  it("shows each refusal next to the field it is about, in the person's language", async () => {
    renderApp(
      "/log-in",
      {
        LogIn: () => ({
          logIn: {
            token: null,
            errors: [
              {
                field: "password",
                code: "INVALID_CREDENTIALS",
                message: "Wrong email or password.",
              },
            ],
          },
        }),
      },
      "nb",
    );
    logIn("åse@fjordkraft.example", "feil", "Logg inn");
    const fault = await screen.findByText("Feil e-post eller passord.");
    const password = screen.getByLabelText("Passord");
    expect(password.getAttribute("aria-invalid")).toBe("true");
    expect(password.getAttribute("aria-describedby")).toBe(fault.id);
    expect(document.documentElement.lang).toBe("nb");
  });

  it("tells a fault it has no words for in the API's own", async () => {
    renderApp("/log-in", {
      LogIn: () => ({
        logIn: { token: null, errors: [{ field: "email", code: "INVALID", message: "Too long." }] },
      }),
    });
    logIn("x", "y");
    expect(await screen.findByText("Too long.")).toBeTruthy();
  });

  it("says what went wrong when the API cannot be reached", async () => {
    renderApp("/log-in", {
      LogIn: () => {
        throw new Error("Failed to fetch");
      },
    });
    logIn("åse@fjordkraft.example", "korrekt hest batteri");
    expect((await screen.findByRole("alert")).textContent).toBe("Failed to fetch");
  });

  it("forgets a kept login it cannot read", async () => {
    localStorage.setItem("leadhub.session", "{not json");
    renderApp("/", {});
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
  });

  it("never sends a login to another site after", async () => {
    localStorage.setItem("leadhub.session", JSON.stringify({ token: "t0k3n" }));
    const { router } = renderApp("/log-in?next=%2F%2Fevil.example%2F", { Me: () => OWNER_ME });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Fjordkraft Salg AS" }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe("/");
  });
});
