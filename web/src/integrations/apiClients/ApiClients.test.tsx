import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, NETWORK } from "../../api/client";
import { OWNER_ME, logInAs, renderApp } from "../../testing";

const PAGE = { hasNextPage: false, endCursor: null };
const CLIENT_ID = "lhc.6f1c2b7e0d9a4c3b8e5f1a2d3c4b5a69.0b8e4c1d2a3f45e6b7c8d9e0f1a2b3c4";
const SECRET = "lhcs.6f1c2b7e0d9a4c3b8e5f1a2d3c4b5a69.Zq3vX8kP1mW7nR5tY2uL9oA4sD6fG0hJ";

const KAMPANJE = {
  id: "QXBpQ2xpZW50OjE=",
  name: "Kampanjeverktøy",
  clientId: CLIENT_ID,
  confidential: true,
  redirectUris: ["https://partner.example/callback"],
  scopes: ["leads:read", "leads:write"],
  createdAt: "2026-11-02T09:30:00+00:00",
  secretRotatedAt: null,
  revokedAt: null,
  registeredBy: { id: "VXNlcjox", name: "Åse Ødegård" },
};

const OLD_CRM = {
  ...KAMPANJE,
  id: "QXBpQ2xpZW50OjI=",
  name: "Gammel CRM-kobling",
  clientId: "lhc.6f1c2b7e0d9a4c3b8e5f1a2d3c4b5a69.1c9f5d2e3b4a56f7c8d9e0f1a2b3c4d5",
  confidential: false,
  revokedAt: "2026-11-20T13:00:00+00:00",
  registeredBy: null,
};

const CLIENTS = {
  tenant: { apiClients: { pageInfo: PAGE, edges: [KAMPANJE, OLD_CRM].map((node) => ({ node })) } },
};

function renderApiClients(
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    "/settings/api-clients",
    { Me: () => OWNER_ME, ApiClients: () => CLIENTS, ...answers },
    language,
  );
}

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeAll(async () => {
  await import("./ApiClientsPage"); // loaded lazily: not on the first test's clock
});

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});

describe("the API clients page", () => {
  it("lists each app with what its maker needs, and revoked ones as such", async () => {
    renderApiClients({}, "nb");
    expect(await screen.findByRole("heading", { level: 1, name: "API-klienter" })).toBeTruthy();
    const app = await screen.findByRole("article", { name: "Kampanjeverktøy" });
    expect(within(app).getByText("2. nov. 2026 av Åse Ødegård")).toBeTruthy();
    expect(within(app).getByText("leads:read, leads:write")).toBeTruthy();
    expect(within(app).getByLabelText<HTMLInputElement>("Klient-ID").value).toBe(CLIENT_ID);
    const consent = within(app).getByLabelText<HTMLInputElement>("Lenke til samtykkesiden");
    expect(consent.value).toBe(
      `${window.location.origin}/oauth/authorize?response_type=code&client_id=${CLIENT_ID}` +
        "&redirect_uri=https%3A%2F%2Fpartner.example%2Fcallback&scope=leads%3Aread+leads%3Awrite" +
        "&code_challenge_method=S256",
    );

    fireEvent.click(within(app).getByRole("button", { name: "Kopier Klient-ID" }));
    expect(await within(app).findByText("Klient-ID er kopiert.")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(CLIENT_ID);

    const revoked = screen.getByRole("article", { name: "Gammel CRM-kobling (tilbakekalt)" });
    expect(within(revoked).getByText("20. nov. 2026")).toBeTruthy();
    expect(
      within(revoked).queryByRole("button", { name: /Tilbakekall|Ny hemmelighet/ }),
    ).toBeNull();
    expect(within(revoked).queryByLabelText("Lenke til samtykkesiden")).toBeNull();

    const metadata = screen.getByLabelText<HTMLInputElement>("Metadata for OAuth-serveren");
    expect(metadata.value).toBe(`${window.location.origin}/.well-known/oauth-authorization-server`);
  });

  it("registers an app, and shows its secret this once with a warning", async () => {
    const { asked } = renderApiClients({
      RegisterApiClient: () => ({
        registerApiClient: {
          apiClient: { id: "QXBpQ2xpZW50OjM=", name: "Kampanjeverktøy" },
          clientSecret: SECRET,
          errors: [],
        },
      }),
    });
    const form = await screen.findByRole("form", { name: "Register an app" });
    fireEvent.change(within(form).getByLabelText("Name of the app"), {
      target: { value: "Kampanjeverktøy" },
    });
    fireEvent.change(within(form).getByLabelText("Redirect URIs, one per line"), {
      target: { value: "https://partner.example/callback\n\n  https://partner.example/oauth  " },
    });
    fireEvent.click(within(form).getByLabelText(/\(leads:write\)$/));
    fireEvent.click(within(form).getByLabelText(/\(leads:read\)$/));
    fireEvent.click(within(form).getByRole("button", { name: "Register" }));

    const title = await screen.findByRole("heading", {
      name: "The client secret of Kampanjeverktøy",
    });
    expect(document.activeElement).toBe(title);
    expect(screen.getByLabelText<HTMLInputElement>("Client secret").value).toBe(SECRET);
    expect(screen.getByText(/It is shown only this once/)).toBeTruthy();
    expect(screen.getByText("Kampanjeverktøy is registered.").getAttribute("role")).toBe("status");
    expect(asked.find((a) => a.operation === "RegisterApiClient")?.variables).toEqual({
      input: {
        name: "Kampanjeverktøy",
        confidential: true,
        redirectUris: ["https://partner.example/callback", "https://partner.example/oauth"],
        scopes: ["leads:read", "leads:write"],
      },
    });
    await waitFor(() => expect(asked.filter((a) => a.operation === "ApiClients")).toHaveLength(2));
    expect(within(form).getByLabelText<HTMLInputElement>("Name of the app").value).toBe("");

    fireEvent.click(screen.getByRole("button", { name: "I have stored it" }));
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
  });

  it("shows each refusal beside its field, and a failed request above the form", async () => {
    const refusals = [
      {
        field: "redirectUris",
        code: "INVALID",
        message: "'http://partner.example' is not a redirect URI Leadhub sends codes to.",
      },
      { field: "scopes", code: "INVALID", message: "Give the client at least one scope." },
    ];
    let tries = 0;
    const { asked } = renderApiClients({
      RegisterApiClient: () => {
        tries += 1;
        if (tries > 1) throw new ApiError("Leadhub cannot be reached.", NETWORK);
        return { registerApiClient: { apiClient: null, clientSecret: null, errors: refusals } };
      },
    });
    const form = await screen.findByRole("form", { name: "Register an app" });
    fireEvent.change(within(form).getByLabelText("Kind of app"), { target: { value: "public" } });
    fireEvent.change(within(form).getByLabelText("Redirect URIs, one per line"), {
      target: { value: "http://partner.example" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Register" }));

    const uris = within(form).getByLabelText("Redirect URIs, one per line");
    const uriFault = await within(form).findByText(/is not a redirect URI/);
    expect(uris.getAttribute("aria-describedby")).toBe(uriFault.id);
    const scopes = within(form).getByRole("group", { name: "What it may do" });
    const scopeFault = within(form).getByText("Give the client at least one scope.");
    expect(scopes.getAttribute("aria-describedby")).toBe(scopeFault.id);
    expect(asked.find((a) => a.operation === "RegisterApiClient")?.variables).toMatchObject({
      input: { confidential: false, redirectUris: ["http://partner.example"], scopes: [] },
    });

    fireEvent.click(within(form).getByRole("button", { name: "Register" }));
    expect((await within(form).findByRole("alert")).textContent).toBe(
      "Leadhub cannot be reached. Check your connection and try again.",
    );
  });

  it("gives an app a new secret and revokes it, each only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    let revokes = 0;
    const { asked } = renderApiClients({
      RotateApiClientSecret: () => ({
        rotateApiClientSecret: {
          apiClient: { id: KAMPANJE.id, secretRotatedAt: "2026-12-01T08:00:00+00:00" },
          clientSecret: SECRET,
          errors: [],
        },
      }),
      RevokeApiClient: () => {
        revokes += 1;
        return {
          revokeApiClient:
            revokes === 1
              ? {
                  apiClient: null,
                  errors: [
                    { field: "apiClientId", code: "NOT_FOUND", message: "No such API client." },
                  ],
                }
              : {
                  apiClient: { id: KAMPANJE.id, revokedAt: "2026-12-01T08:05:00+00:00" },
                  errors: [],
                },
        };
      },
    });
    const app = await screen.findByRole("article", { name: "Kampanjeverktøy" });

    confirm.mockReturnValueOnce(false);
    fireEvent.click(within(app).getByRole("button", { name: "New secret for Kampanjeverktøy" }));
    expect(asked.some((a) => a.operation === "RotateApiClientSecret")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(within(app).getByRole("button", { name: "New secret for Kampanjeverktøy" }));
    expect(
      await screen.findByRole("heading", { name: "The client secret of Kampanjeverktøy" }),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Client secret").value).toBe(SECRET);
    expect(asked.find((a) => a.operation === "RotateApiClientSecret")?.variables).toEqual({
      input: { apiClientId: KAMPANJE.id },
    });
    expect(confirm).toHaveBeenLastCalledWith(
      "Give Kampanjeverktøy a new secret? The old one stops working at once: the app gets no new tokens until it has the new one.",
    );

    confirm.mockReturnValue(true);
    const revoke = within(app).getByRole("button", { name: "Revoke Kampanjeverktøy" });
    fireEvent.click(revoke);
    const fault = await within(app).findByText(
      "It is gone: someone may have changed it meanwhile.",
    );
    expect(revoke.getAttribute("aria-describedby")).toBe(fault.id);
    fireEvent.click(revoke);
    expect(await screen.findByText("Kampanjeverktøy is revoked.")).toBeTruthy();
    expect(
      within(app).queryByText("It is gone: someone may have changed it meanwhile."),
    ).toBeNull();
    expect(confirm).toHaveBeenLastCalledWith(expect.stringMatching(/^Revoke Kampanjeverktøy\? /));
    confirm.mockRestore();
  });

  it("offers to try again when the list cannot be fetched", async () => {
    let fetches = 0;
    renderApiClients({
      ApiClients: () => {
        fetches += 1;
        if (fetches === 1) throw new ApiError("Leadhub cannot be reached.", NETWORK);
        return { tenant: { apiClients: { pageInfo: PAGE, edges: [] } } };
      },
    });
    const failed = await screen.findByRole("alert");
    expect(failed.textContent).toContain("Leadhub cannot be reached.");
    fireEvent.click(within(failed).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("No apps are registered yet.")).toBeTruthy();
  });

  it("tells a sales rep that only owners and admins manage apps, and asks for none", async () => {
    logInAs("t0k3n", "VGVuYW50OjI=");
    const { asked } = renderApp("/settings/api-clients", { Me: () => OWNER_ME });
    expect(await screen.findByText(/^Only owners and admins register and revoke/)).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Register an app" })).toBeNull();
    expect(asked.some((a) => a.operation === "ApiClients")).toBe(false);
  });
});
