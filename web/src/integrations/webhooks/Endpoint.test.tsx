import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../../testing";

const SECRET = "whsec_bnkgc2lnbmVyaW5nc2hlbW1lbGlnaGV0IGZvciBGam9yZGtyYWZ0";
// An id with what a path must escape: a "/" and "=".
const ID = "V2ViaG9va0VuZHBvaW50OjRmY2/+ZA==";
const PATH = "/settings/webhooks/V2ViaG9va0VuZHBvaW50OjRmY2%2F%2BZA%3D%3D";
const URL = "https://crm.fjordkraft.example/hooks/leadhub";

const ENDPOINT = {
  __typename: "WebhookEndpoint",
  id: ID,
  url: URL,
  description: "Salgs-CRM-et i Bergen",
  eventTypes: ["LEAD_ASSIGNED", "LEAD_CREATED"],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  createdAt: "2026-11-02T09:30:00+00:00",
  secretRotatedAt: null,
  createdBy: { id: "VXNlcjox", name: "Åse Ødegård" },
};

function delivery(id: string, changes: object = {}) {
  return {
    node: {
      id,
      eventType: "lead.created",
      status: "DELIVERED",
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      createdAt: "2026-12-03T13:59:00+00:00",
      ...changes,
    },
  };
}

const FAILING = delivery("d1", {
  eventType: "lead.assigned",
  status: "PENDING",
  attempts: 3,
  lastStatusCode: 503,
  lastError: "Answered 503: only 2xx is a delivery.",
  nextAttemptAt: "2026-12-03T14:35:00+00:00",
});

function log(edges: object[], endCursor: string | null = null) {
  return {
    node: {
      __typename: "WebhookEndpoint",
      id: ID,
      deliveries: { pageInfo: { hasNextPage: Boolean(endCursor), endCursor }, edges },
    },
  };
}

function renderEndpoint(
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    PATH,
    {
      Me: () => OWNER_ME,
      WebhookEndpoint: () => ({ node: ENDPOINT }),
      WebhookDeliveries: () => log([FAILING]),
      ...answers,
    },
    language,
  );
}

beforeAll(async () => {
  vi.stubEnv("TZ", "Europe/Oslo");
  await import("./EndpointPage"); // loaded lazily: not on the first test's clock
});

describe("a webhook endpoint's page", () => {
  it("shows the endpoint, why it is off, and its delivery log in Oslo time, page after page", async () => {
    const { asked } = renderEndpoint({
      WebhookEndpoint: () => ({
        node: {
          ...ENDPOINT,
          enabled: false,
          disabledAt: "2026-12-03T14:05:00+00:00",
          disabledReason: "Every delivery failed for 24 hours.",
        },
      }),
      WebhookDeliveries: ({ after }: { after: string | null }) =>
        after === "c1" ? log([delivery("d2")]) : log([FAILING], "c1"),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Webhook endpoint" })).toBeTruthy();
    expect(
      await screen.findByText("Off since 3 Dec 2026, 15:05. Every delivery failed for 24 hours."),
    ).toBeTruthy();
    expect(screen.getByText("2 Nov 2026 by Åse Ødegård")).toBeTruthy();
    expect(asked.find((a) => a.operation === "WebhookEndpoint")?.variables).toEqual({ id: ID });

    const table = await screen.findByRole("table", { name: "Delivery log" });
    const cells = (row: HTMLElement) =>
      within(row.closest("tr") as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(within(table).getByRole("rowheader", { name: "lead.assigned" }))).toEqual([
      "Waiting",
      "3",
      "HTTP 503Answered 503: only 2xx is a delivery.",
      "3 Dec 2026, 15:35",
      "3 Dec 2026, 14:59",
      "Send again",
    ]);

    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    const delivered = await within(table).findByRole("rowheader", { name: "lead.created" });
    expect(cells(delivered).slice(0, 4)).toEqual(["Delivered", "1", "HTTP 200", ""]);
    expect(
      asked.filter((a) => a.operation === "WebhookDeliveries").map((a) => a.variables),
    ).toEqual([
      { endpointId: ID, after: null },
      { endpointId: ID, after: "c1" },
    ]);
  });

  it("saves only what was changed, and asks before turning the endpoint off", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderEndpoint({
      UpdateWebhookEndpoint: () => ({
        updateWebhookEndpoint: { webhookEndpoint: { id: ID }, errors: [] },
      }),
    });
    const form = await screen.findByRole("form", { name: "Change the endpoint" });
    fireEvent.change(within(form).getByLabelText("Description"), {
      target: { value: "Salgs-CRM-et i Tromsø" },
    });
    // Ticked off and on again: what it receives is as it was.
    fireEvent.click(within(form).getByLabelText("A lead was created (lead.created)"));
    fireEvent.click(within(form).getByLabelText("A lead was created (lead.created)"));
    fireEvent.click(within(form).getByLabelText("Send it events"));

    confirm.mockReturnValueOnce(false);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(confirm).toHaveBeenLastCalledWith(expect.stringMatching(`^Turn off ${URL}\\?`));
    expect(asked.some((a) => a.operation === "UpdateWebhookEndpoint")).toBe(false);

    confirm.mockReturnValueOnce(true);
    fireEvent.click(await within(form).findByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateWebhookEndpoint")?.variables).toEqual({
      input: { webhookEndpointId: ID, description: "Salgs-CRM-et i Tromsø", enabled: false },
    });
    await waitFor(() =>
      expect(asked.filter((a) => a.operation === "WebhookEndpoint")).toHaveLength(2),
    );
    confirm.mockRestore();
  });

  it("shows a refusal to turn it on beside the checkbox", async () => {
    const { asked } = renderEndpoint(
      {
        WebhookEndpoint: () => ({
          node: {
            ...ENDPOINT,
            enabled: false,
            disabledAt: "2026-12-03T14:05:00+00:00",
            disabledReason: "Its app was revoked.",
          },
        }),
        UpdateWebhookEndpoint: () => ({
          updateWebhookEndpoint: {
            webhookEndpoint: null,
            errors: [
              {
                field: "enabled",
                code: "INVALID",
                message: "Its app was revoked: the endpoint stays off.",
              },
            ],
          },
        }),
      },
      "nb",
    );
    const form = await screen.findByRole("form", { name: "Endre endepunktet" });
    const enabled = within(form).getByLabelText("Send hendelser til det");
    fireEvent.click(enabled);
    fireEvent.click(within(form).getByRole("button", { name: "Lagre" }));
    const fault = await within(form).findByText("Its app was revoked: the endpoint stays off.");
    expect(enabled.getAttribute("aria-describedby")).toBe(fault.id);
    expect(asked.find((a) => a.operation === "UpdateWebhookEndpoint")?.variables).toEqual({
      input: { webhookEndpointId: ID, enabled: true },
    });
    expect(screen.queryByText("Lagret.")).toBeNull();
  });

  it("sends a test, gives a new signing secret shown once, and deletes when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked, router } = renderEndpoint(
      {
        TestWebhook: () => ({ testWebhook: { webhookDelivery: { id: "d9" }, errors: [] } }),
        RotateWebhookSecret: () => ({
          rotateWebhookSecret: {
            webhookEndpoint: { id: ID, secretRotatedAt: "2026-12-04T08:00:00+00:00" },
            signingSecret: SECRET,
            errors: [],
          },
        }),
        DeleteWebhookEndpoint: () => ({
          deleteWebhookEndpoint: { deletedWebhookEndpointId: ID, errors: [] },
        }),
        WebhookEndpoints: () => ({
          tenant: { webhookEndpoints: { pageInfo: { hasNextPage: false }, edges: [] } },
        }),
      },
      "nb",
    );
    fireEvent.click(await screen.findByRole("button", { name: "Send en test" }));
    expect(await screen.findByText(/^En testmelding er på vei/)).toBeTruthy();
    expect(asked.find((a) => a.operation === "TestWebhook")?.variables).toEqual({
      input: { webhookEndpointId: ID },
    });
    await waitFor(() =>
      expect(asked.filter((a) => a.operation === "WebhookDeliveries")).toHaveLength(2),
    );

    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Ny signeringshemmelighet" }));
    expect(asked.some((a) => a.operation === "RotateWebhookSecret")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Ny signeringshemmelighet" }));
    expect(
      await screen.findByRole("heading", { name: `Signeringshemmeligheten til ${URL}` }),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Signeringshemmelighet").value).toBe(SECRET);

    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Slett endepunktet" }));
    expect(asked.some((a) => a.operation === "DeleteWebhookEndpoint")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Slett endepunktet" }));
    expect(await screen.findByText(`${URL} er slettet.`)).toBeTruthy();
    expect(router.state.location.pathname).toBe("/settings/webhooks");
    expect(confirm).toHaveBeenLastCalledWith(
      `Slette ${URL} og leveringsloggen? Dette kan ikke angres.`,
    );
    confirm.mockRestore();
  });

  it("sends a delivery again, and shows a refusal in its row", async () => {
    let tries = 0;
    const { asked } = renderEndpoint({
      RedeliverWebhook: () => {
        tries += 1;
        return {
          redeliverWebhook:
            tries === 1
              ? {
                  webhookDelivery: null,
                  errors: [
                    {
                      field: "webhookDeliveryId",
                      code: "INVALID",
                      message: "The endpoint is disabled: enable it first.",
                    },
                  ],
                }
              : { webhookDelivery: { id: "d1", status: "PENDING" }, errors: [] },
        };
      },
    });
    const again = await screen.findByRole("button", {
      name: "Send again: lead.assigned of 3 Dec 2026, 14:59",
    });
    fireEvent.click(again);
    const fault = await screen.findByText("The endpoint is disabled: enable it first.");
    expect(again.getAttribute("aria-describedby")).toBe(fault.id);
    fireEvent.click(again);
    expect(await screen.findByText("lead.assigned is being sent again.")).toBeTruthy();
    expect(screen.queryByText("The endpoint is disabled: enable it first.")).toBeNull();
    expect(asked.find((a) => a.operation === "RedeliverWebhook")?.variables).toEqual({
      input: { webhookDeliveryId: "d1" },
    });
  });

  it("says so when there is no such endpoint", async () => {
    renderEndpoint({ WebhookEndpoint: () => ({ node: null }) });
    expect(
      await screen.findByText("There is no such endpoint: it may have been deleted."),
    ).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });
});
