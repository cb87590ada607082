import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RequestContext } from "./api/context";
import { fakeApi } from "./api/fake";
import { App } from "./App";

const ME = {
  me: {
    user: { name: "Åse Ødegård", email: "åse@fjordkraft.example" },
    memberships: [
      { role: "OWNER", tenant: { id: "VGVuYW50OjE=", name: "Fjordkraft Salg AS" } },
      { role: "SALES_REP", tenant: { id: "VGVuYW50OjI=", name: "Havbris AS" } },
    ],
  },
};

// jsdom's own localStorage, as a browser keeps it; emptied after each test.
const storage = window.localStorage;

function renderApp(answers: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(answers);
  render(
    <RequestContext.Provider value={api.request}>
      <App />
    </RequestContext.Provider>,
  );
  return api;
}

function logIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Log in" }));
}

afterEach(() => {
  cleanup();
  storage.clear();
});

describe("logging in", () => {
  it("keeps the login and shows who is signed in and their companies", async () => {
    const { asked } = renderApp({
      LogIn: () => ({ logIn: { token: "t0k3n", errors: [] } }),
      Me: () => ME,
    });
    logIn("åse@fjordkraft.example", "korrekt hest batteri");
    expect(await screen.findByText("Signed in as Åse Ødegård (åse@fjordkraft.example)")).toBeTruthy();
    expect(asked[0]).toEqual({
      operation: "LogIn",
      variables: { input: { email: "åse@fjordkraft.example", password: "korrekt hest batteri" } },
    });
    expect(asked[1]).toMatchObject({ operation: "Me", token: "t0k3n" });
    expect(JSON.parse(storage.getItem("leadhub.session") ?? "null")).toEqual({ token: "t0k3n" });
  });

  it("shows each refusal next to the field it is about", async () => {
    renderApp({
      LogIn: () => ({
        logIn: {
          token: null,
          errors: [{ field: "password", message: "Wrong email or password." }],
        },
      }),
    });
    logIn("åse@fjordkraft.example", "feil");
    const fault = await screen.findByText("Wrong email or password.");
    const password = screen.getByLabelText("Password");
    expect(password.getAttribute("aria-invalid")).toBe("true");
    expect(password.getAttribute("aria-describedby")).toBe(fault.id);
  });

  it("says what went wrong when the API cannot be reached", async () => {
    renderApp({
      LogIn: () => {
        throw new Error("Failed to fetch");
      },
    });
    logIn("åse@fjordkraft.example", "korrekt hest batteri");
    expect((await screen.findByRole("alert")).textContent).toBe("Failed to fetch");
  });
});

describe("signed in", () => {
  it("chooses a company for the requests after, and logs out", async () => {
    storage.setItem("leadhub.session", JSON.stringify({ token: "t0k3n" }));
    const { asked } = renderApp({ Me: () => ME, LogOut: () => ({ logOut: { endedSessions: 1 } }) });
    fireEvent.click(await screen.findByRole("button", { name: "Havbris AS" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Havbris AS" })).toBeTruthy();
    expect(JSON.parse(storage.getItem("leadhub.session") ?? "null")).toEqual({
      token: "t0k3n",
      tenantId: "VGVuYW50OjI=",
    });
    fireEvent.click(screen.getByRole("button", { name: "Log out" }));
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
    expect(storage.getItem("leadhub.session")).toBeNull();
    expect(asked.at(-1)).toMatchObject({ operation: "LogOut", tenantId: "VGVuYW50OjI=" });
  });

  it("forgets a kept login it cannot read", () => {
    storage.setItem("leadhub.session", "{not json");
    renderApp({});
    expect(screen.getByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
  });
});
