import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../../testing";

const PAGE = { hasNextPage: false, endCursor: null };
const SECRET = "whsec_c2lnbmVyaW5nc2hlbW1lbGlnaGV0IGZvciBGam9yZGtyYWZ0";
// An id with what a path must escape: a "/" and "=".
const CRM_ID = "V2ViaG9va0VuZHBvaW50OjRmY2/+ZA==";

const CRM = {
  id: CRM_ID,
  url: "https://crm.fjordkraft.example/hooks/leadhub",
  description: "Salgs-CRM-et i Bergen",
  eventTypes: ["LEAD_CREATED", "LEAD_ASSIGNED"],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  createdAt: "2026-11-02T09:30:00+00:00",
};

const SLACK = {
  ...CRM,
  id: "V2ViaG9va0VuZHBvaW50OjI=",
  url: "https://hooks.slack.example/services/T0/B0/xyz",
  description: "",
  eventTypes: ["GOAL_REACHED"],
  enabled: false,
  disabledAt: "2026-12-03T14:05:00+00:00",
  disabledReason: "Every delivery failed for 24 hours.",
};

const ENDPOINTS = {
  tenant: { webhookEndpoints: { pageInfo: PAGE, edges: [CRM, SLACK].map((node) => ({ node })) } },
};

function renderWebhooks(
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    "/settings/webhooks",
    { Me: () => OWNER_ME, WebhookEndpoints: () => ENDPOINTS, ...answers },
    language,
  );
}

beforeAll(async () => {
  vi.stubEnv("TZ", "Europe/Oslo");
  await import("./WebhooksPage"); // loaded lazily: not on the first test's clock
});

describe("the webhooks page", () => {
  it("lists the endpoints, each linked to its page, and says why one is off", async () => {
    renderWebhooks({}, "nb");
    expect(await screen.findByRole("heading", { level: 1, name: "Webhooks" })).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Endepunkter" });
    const crm = within(table).getByRole("rowheader", { name: /^https:\/\/crm\.fjordkraft/ });
    const link = within(crm).getByRole("link", { name: CRM.url });
    expect(link.getAttribute("href")).toBe(
      "/settings/webhooks/V2ViaG9va0VuZHBvaW50OjRmY2%2F%2BZA%3D%3D",
    );
    const cells = (row: HTMLElement) =>
      within(row.closest("tr") as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(crm)).toEqual(["lead.created, lead.assigned", "På", "2. nov. 2026"]);
    const slack = within(table).getByRole("rowheader", { name: SLACK.url });
    expect(cells(slack)[1]).toBe(
      "Av siden 3. des. 2026, 15:05. Every delivery failed for 24 hours.",
    );
  });

  it("adds an endpoint, and shows its signing secret this once", async () => {
    const { asked } = renderWebhooks({
      CreateWebhookEndpoint: () => ({
        createWebhookEndpoint: {
          webhookEndpoint: {
            id: "V2ViaG9va0VuZHBvaW50OjM=",
            url: "https://varsel.havbris.example/leadhub",
          },
          signingSecret: SECRET,
          errors: [],
        },
      }),
    });
    const form = await screen.findByRole("form", { name: "Add an endpoint" });
    fireEvent.change(within(form).getByLabelText("URL"), {
      target: { value: "https://varsel.havbris.example/leadhub" },
    });
    fireEvent.change(within(form).getByLabelText("Description"), {
      target: { value: "Varsler til salgsteamet på Ålesund-kontoret" },
    });
    fireEvent.click(
      within(form).getByLabelText("A lead was given an owner or a team (lead.assigned)"),
    );
    fireEvent.click(within(form).getByLabelText("A lead was created (lead.created)"));
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));

    const title = await screen.findByRole("heading", {
      name: "The signing secret of https://varsel.havbris.example/leadhub",
    });
    expect(document.activeElement).toBe(title);
    expect(screen.getByLabelText<HTMLInputElement>("Signing secret").value).toBe(SECRET);
    expect(screen.getByText(/It is shown only this once/)).toBeTruthy();
    expect(
      screen.getByText("https://varsel.havbris.example/leadhub now receives the events you chose."),
    ).toBeTruthy();
    expect(asked.find((a) => a.operation === "CreateWebhookEndpoint")?.variables).toEqual({
      input: {
        url: "https://varsel.havbris.example/leadhub",
        description: "Varsler til salgsteamet på Ålesund-kontoret",
        eventTypes: ["LEAD_CREATED", "LEAD_ASSIGNED"],
      },
    });
    await waitFor(() =>
      expect(asked.filter((a) => a.operation === "WebhookEndpoints")).toHaveLength(2),
    );
    expect(within(form).getByLabelText<HTMLInputElement>("URL").value).toBe("");
  });

  it("shows each refusal beside its field", async () => {
    renderWebhooks({
      CreateWebhookEndpoint: () => ({
        createWebhookEndpoint: {
          webhookEndpoint: null,
          signingSecret: null,
          errors: [
            { field: "url", code: "INVALID", message: "Give an https URL." },
            {
              field: "eventTypes",
              code: "INVALID",
              message: "Subscribe the endpoint to at least one event.",
            },
          ],
        },
      }),
    });
    const form = await screen.findByRole("form", { name: "Add an endpoint" });
    fireEvent.change(within(form).getByLabelText("URL"), {
      target: { value: "http://varsel.havbris.example" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Add" }));
    const url = within(form).getByLabelText("URL");
    const urlFault = await within(form).findByText("Give an https URL.");
    expect(url.getAttribute("aria-describedby")).toContain(urlFault.id);
    const events = within(form).getByRole("group", { name: "Events it receives" });
    const eventsFault = within(form).getByText("Subscribe the endpoint to at least one event.");
    expect(events.getAttribute("aria-describedby")).toBe(eventsFault.id);
    expect(screen.queryByRole("heading", { name: /signing secret/ })).toBeNull();
  });

  it("says when there is no endpoint yet", async () => {
    renderWebhooks({
      WebhookEndpoints: () => ({ tenant: { webhookEndpoints: { pageInfo: PAGE, edges: [] } } }),
    });
    expect(await screen.findByText("No endpoints yet.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("tells a sales rep that only owners and admins manage webhooks, and asks for none", async () => {
    logInAs("t0k3n", "VGVuYW50OjI=");
    const { asked } = renderApp("/settings/webhooks", { Me: () => OWNER_ME }, "nb");
    expect(
      await screen.findByText(
        "Bare eiere og administratorer kan administrere webhooks: spør en av dem.",
      ),
    ).toBeTruthy();
    expect(asked.some((a) => a.operation === "WebhookEndpoints")).toBe(false);
  });
});
