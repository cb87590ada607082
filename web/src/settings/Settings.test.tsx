import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError, NETWORK } from "../api/client";
import { renderSettings } from "./testing";

const SETTINGS = {
  tenant: {
    id: "VGVuYW50OjE=",
    name: "Fjordkraft Salg AS",
    defaultRegion: "NO",
    timeZone: "Europe/Oslo",
    currency: "NOK",
    repsSeeAllLeads: false,
  },
};

const SAVED = { updateTenantSettings: { tenant: { id: "VGVuYW50OjE=" }, errors: [] } };

describe("the settings page", () => {
  it("links every settings page, and saves the company's settings", async () => {
    const { asked } = renderSettings(
      "/settings",
      "OWNER",
      { TenantSettings: () => SETTINGS, UpdateTenantSettings: () => SAVED },
      "nb",
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Innstillinger" })).toBeTruthy();
    const pages = screen.getByRole("navigation", { name: "Innstillingssider" });
    expect(
      within(pages)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual([
      "/settings/sources",
      "/settings/stages",
      "/settings/scoring",
      "/settings/fields",
      "/settings/api-clients",
      "/settings/webhooks",
    ]);

    const form = await screen.findByRole("form", { name: "Firma" });
    expect(within(form).getByLabelText<HTMLSelectElement>("Valuta").value).toBe("NOK");
    fireEvent.change(within(form).getByLabelText("Firmanavn"), {
      target: { value: "Fjordkraft Salg og Service AS" },
    });
    fireEvent.change(within(form).getByLabelText("Land for telefonnumre"), {
      target: { value: "" },
    });
    fireEvent.change(within(form).getByLabelText("Tidssone"), {
      target: { value: "Europe/Stockholm" },
    });
    fireEvent.change(within(form).getByLabelText("Valuta"), { target: { value: "SEK" } });
    fireEvent.click(within(form).getByLabelText("Selgere ser alle leads, ikke bare sine egne"));
    fireEvent.click(within(form).getByRole("button", { name: "Lagre" }));

    expect(await screen.findByText("Lagret.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateTenantSettings")?.variables).toEqual({
      input: {
        name: "Fjordkraft Salg og Service AS",
        defaultRegion: null,
        timeZone: "Europe/Stockholm",
        currency: "SEK",
        repsSeeAllLeads: true,
      },
    });
    // The name shows in the frame: who is logged in, and where, is asked again.
    expect(asked.filter((a) => a.operation === "Me")).toHaveLength(2);
  });

  it("shows a refused time zone beside it", async () => {
    renderSettings("/settings", "ADMIN", {
      TenantSettings: () => SETTINGS,
      UpdateTenantSettings: () => ({
        updateTenantSettings: {
          tenant: null,
          errors: [{ field: "timeZone", code: "INVALID", message: "Not an IANA time zone." }],
        },
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Save" }));
    const fault = await screen.findByText("Not an IANA time zone.");
    expect(screen.getByLabelText("Time zone").getAttribute("aria-describedby")).toBe(fault.id);
    expect(screen.queryByText("Saved.")).toBeNull();
  });

  it("shows a sales rep the company's settings to read, and no integrations", async () => {
    const { asked } = renderSettings("/settings", "SALES_REP", { TenantSettings: () => SETTINGS });
    expect(await screen.findByText("Only owners and admins change the company's settings."));
    const terms = screen.getAllByRole("term").map((term) => term.textContent);
    const values = screen.getAllByRole("definition").map((value) => value.textContent);
    expect(Object.fromEntries(terms.map((term, i) => [term, values[i]]))).toEqual({
      "Company name": "Fjordkraft Salg AS",
      "Country for phone numbers": "Norway",
      "Time zone": "Europe/Oslo",
      Currency: "NOK – Norwegian Krone",
      "Sales reps see every lead, not only their own": "No",
    });
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByRole("link", { name: "Lead sources" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "API clients" })).toBeNull();
    expect(asked.some((a) => a.operation === "UpdateTenantSettings")).toBe(false);
  });

  it("says when the settings cannot be fetched, and tries again", async () => {
    let tries = 0;
    renderSettings("/settings", "OWNER", {
      TenantSettings: () => {
        tries += 1;
        if (tries === 1) throw new ApiError("Leadhub cannot be reached.", NETWORK);
        return SETTINGS;
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Leadhub cannot be reached. Check your connection");
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("form", { name: "Company" })).toBeTruthy();
  });
});
