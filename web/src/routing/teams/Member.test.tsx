import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../testing";
import { ANSWERS, KARI, NORD, logIn } from "../fixtures";

const KARIS_PAGE = `/routing/teams/${encodeURIComponent(NORD.id)}/members/${encodeURIComponent(KARI.id)}`;

// Kari works in Oslo's time: away in the first half of July (summer time, UTC+2).
const KARIS_AVAILABILITY = {
  tenant: {
    timeZone: "Europe/Oslo",
    availability: {
      timeZone: null,
      awayFrom: "2026-07-01T06:00:00+00:00",
      awayUntil: "2026-07-15T06:00:00+00:00",
      workingHours: [
        { weekday: "MONDAY", starts: "08:00", ends: "16:00" },
        { weekday: "FRIDAY", starts: "08:00", ends: "24:00" },
      ],
    },
  },
};

function renderMember(answers: Parameters<typeof renderApp>[1] = {}, language: "en" | "nb" = "en") {
  logIn();
  return renderApp(
    KARIS_PAGE,
    { ...ANSWERS, RoutingAvailability: () => KARIS_AVAILABILITY, ...answers },
    language,
  );
}

describe("a team member's page", () => {
  it("sends only the part that changed, and shows a refusal beside its field", async () => {
    const { asked } = renderMember({
      UpdateTeamMember: ({ input }: { input: { capacity?: number } }) => ({
        updateTeamMember:
          input.capacity === 40
            ? { team: { id: NORD.id }, errors: [] }
            : {
                team: null,
                errors: [{ field: "capacity", code: "INVALID", message: "0 to 100,000." }],
              },
      }),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Kari Nordmann in Team Nord" }),
    ).toBeTruthy();
    const capacity = screen.getByLabelText("Capacity");
    expect(capacity).toHaveProperty("value", "25");
    fireEvent.change(capacity, { target: { value: "200000" } });
    fireEvent.click(screen.getAllByRole("button", { name: "Save" })[0] as HTMLElement);
    const fault = await screen.findByText("Give 0 to 100,000, or nothing for no limit.");
    expect(capacity.getAttribute("aria-describedby")).toContain(fault.id);

    fireEvent.change(capacity, { target: { value: "2.5" } });
    fireEvent.click(screen.getAllByRole("button", { name: "Save" })[0] as HTMLElement);
    expect(await screen.findByText("Give a whole number.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "UpdateTeamMember")).toHaveLength(1);

    fireEvent.change(capacity, { target: { value: "40" } });
    fireEvent.click(screen.getByLabelText("Takes leads from this team"));
    fireEvent.click(screen.getAllByRole("button", { name: "Save" })[0] as HTMLElement);
    expect(
      await screen.findByText("The part of Kari Nordmann in Team Nord is saved."),
    ).toBeTruthy();
    expect(asked.filter((a) => a.operation === "UpdateTeamMember").at(-1)?.variables).toEqual({
      input: { teamId: NORD.id, userId: KARI.id, active: false, capacity: 40 },
    });
  });

  it("shows times away on Oslo's clocks, and sends them as instants", async () => {
    const { asked } = renderMember(
      {
        UpdateAvailability: () => ({
          updateAvailability: { availability: { timeZone: null }, errors: [] },
        }),
      },
      "nb",
    );
    const awayFrom = await screen.findByLabelText("Borte fra");
    expect(awayFrom).toHaveProperty("value", "2026-07-01T08:00");
    expect(screen.getByLabelText("Borte til")).toHaveProperty("value", "2026-07-15T08:00");
    expect(
      screen.getAllByText(
        "Klokkeslett i Europe/Oslo. La begge stå tomme hvis det ikke er noe fravær.",
      ),
    ).toHaveLength(2);
    // Friday's shift ends at midnight, which a time input shows as 00:00
    const friday = screen.getByRole("group", { name: "Fredag" });
    expect(within(friday).getByLabelText("Til")).toHaveProperty("value", "00:00");

    fireEvent.change(awayFrom, { target: { value: "2026-12-21T08:00" } });
    fireEvent.change(screen.getByLabelText("Borte til"), { target: { value: "2027-01-04T08:00" } });
    const tuesday = screen.getByRole("group", { name: "Tirsdag" });
    fireEvent.click(within(tuesday).getByRole("button", { name: "Legg til skift – Tirsdag" }));
    fireEvent.click(screen.getByRole("button", { name: "Fjern skiftet Mandag 08:00–16:00" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Lagre" })[1] as HTMLElement);

    expect(await screen.findByText("Tilgjengeligheten til Kari Nordmann er lagret.")).toBeTruthy();
    const sent = asked.find((a) => a.operation === "UpdateAvailability")?.variables as {
      input: { workingHours: unknown[] };
    };
    expect(sent.input).toMatchObject({
      userId: KARI.id,
      timeZone: null,
      awayFrom: "2026-12-21T07:00:00.000Z",
      awayUntil: "2027-01-04T07:00:00.000Z",
    });
    expect(new Set(sent.input.workingHours)).toEqual(
      new Set([
        { weekday: "TUESDAY", starts: "08:00", ends: "16:00" },
        { weekday: "FRIDAY", starts: "08:00", ends: "24:00" },
      ]),
    );
  });

  it("shows refused working hours beside them, and any hour clears them", async () => {
    const { asked } = renderMember({
      UpdateAvailability: ({ input }: { input: { workingHours: unknown[] | null } }) => ({
        updateAvailability: input.workingHours
          ? {
              availability: null,
              errors: [{ field: "workingHours", code: "INVALID", message: "Two shifts overlap." }],
            }
          : { availability: { timeZone: null }, errors: [] },
      }),
    });
    const hours = await screen.findByRole("group", { name: "Working hours" });
    fireEvent.click(screen.getAllByRole("button", { name: "Save" })[1] as HTMLElement);
    const fault = await within(hours).findByText(/^Each shift ends after it starts/);
    expect(hours.getAttribute("aria-describedby")).toContain(fault.id);

    fireEvent.click(within(hours).getByLabelText("Any hour"));
    expect(within(hours).queryByRole("group", { name: "Monday" })).toBeNull();
    fireEvent.click(screen.getAllByRole("button", { name: "Save" })[1] as HTMLElement);
    expect(await screen.findByText("The availability of Kari Nordmann is saved.")).toBeTruthy();
    expect(asked.filter((a) => a.operation === "UpdateAvailability").at(-1)?.variables).toEqual({
      input: {
        userId: KARI.id,
        timeZone: null,
        awayFrom: "2026-07-01T06:00:00.000Z",
        awayUntil: "2026-07-15T06:00:00.000Z",
        workingHours: null,
      },
    });
  });

  it("lets a sales rep read a teammate's part, and not their hours", async () => {
    logIn({ asRep: true });
    const { asked } = renderApp(KARIS_PAGE, ANSWERS);
    expect(await screen.findByText("Owners, admins and sales managers change this.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(
      screen.getByText(
        "Owners, admins and sales managers see and change the availability of others.",
      ),
    ).toBeTruthy();
    expect(asked.some((a) => a.operation === "RoutingAvailability")).toBe(false);
  });
});

describe("your availability", () => {
  it("sets the viewer's own time zone", async () => {
    logIn();
    const { asked } = renderApp("/routing/availability", {
      ...ANSWERS,
      RoutingAvailability: () => ({
        tenant: {
          timeZone: "Europe/Oslo",
          availability: { timeZone: null, awayFrom: null, awayUntil: null, workingHours: null },
        },
      }),
      UpdateAvailability: () => ({
        updateAvailability: { availability: { timeZone: "America/New_York" }, errors: [] },
      }),
    });
    const zone = await screen.findByLabelText("Time zone");
    expect(zone).toHaveProperty("value", "");
    expect(
      screen.getByText("Such as Europe/Oslo. Empty for the company's: Europe/Oslo."),
    ).toBeTruthy();
    fireEvent.change(zone, { target: { value: "Europa/Oslo" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/^This is not a time zone/)).toBeTruthy();
    expect(asked.some((a) => a.operation === "UpdateAvailability")).toBe(false);

    fireEvent.change(zone, { target: { value: "America/New_York" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Your availability is saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "RoutingAvailability")?.variables).toEqual({
      userId: null,
    });
    expect(asked.find((a) => a.operation === "UpdateAvailability")?.variables).toEqual({
      input: {
        timeZone: "America/New_York",
        awayFrom: null,
        awayUntil: null,
        workingHours: null,
      },
    });
  });
});
