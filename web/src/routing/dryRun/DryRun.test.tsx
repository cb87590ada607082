import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { renderApp } from "../../testing";
import { ANSWERS, KARI, NORD, NORWAY_RULE, OLA, PER, SOURCES, STAGES, logIn } from "../fixtures";

const DECISION = {
  outcome: "ASSIGNED",
  ruleName: NORWAY_RULE.name,
  rule: { id: NORWAY_RULE.id, position: 2 },
  match: "ALL",
  conditions: NORWAY_RULE.conditions.map((condition, at) => ({ condition, holds: at === 0 })),
  rulesPassed: 1,
  steps: [
    {
      target: NORWAY_RULE.target,
      strategy: "ROUND_ROBIN",
      available: 1,
      gone: false,
      escalated: false,
      chosen: KARI,
      stickyOwner: null,
      skipped: [
        { reason: "AWAY", user: OLA },
        { reason: "OFF_HOURS", user: PER },
      ],
    },
  ],
  // 10:30 in Oslo, in winter
  respondBy: "2026-11-02T09:30:00+00:00",
  owner: KARI,
  team: { id: NORD.id, name: NORD.name },
};

function preview(decision: unknown, errors: unknown[] = []) {
  return { tenant: { timeZone: "Europe/Oslo", routingPreview: { decision, errors } } };
}

function renderDryRun(answers: Parameters<typeof renderApp>[1] = {}, language: "en" | "nb" = "en") {
  logIn();
  return renderApp("/routing/dry-run", { ...ANSWERS, ...answers }, language);
}

describe("the dry run", () => {
  it("asks who would get a lead, and says why", async () => {
    const { asked } = renderDryRun({ RoutingPreview: () => preview(DECISION) });
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: "Åse Ødegård" } });
    fireEvent.change(screen.getByLabelText("Phone"), { target: { value: "412 34 567" } });
    fireEvent.change(screen.getByLabelText("Company name"), {
      target: { value: "Bølgen & Bæ AS" },
    });
    fireEvent.change(screen.getByLabelText("Country"), { target: { value: "NO" } });
    fireEvent.change(screen.getByLabelText("Company size"), { target: { value: "SMALL" } });
    fireEvent.change(screen.getByLabelText("Source"), { target: { value: SOURCES[0]?.id } });
    fireEvent.change(screen.getByLabelText("Stage"), { target: { value: STAGES[0]?.id } });
    fireEvent.change(screen.getByLabelText("Score"), { target: { value: "40" } });
    fireEvent.change(screen.getByLabelText("Tags"), { target: { value: "messe, vip" } });
    fireEvent.click(screen.getByRole("button", { name: "See who would get it" }));

    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      "Kari Nordmann would get it, through Team Nord.",
    );
    expect(asked.find((a) => a.operation === "RoutingPreview")?.variables).toEqual({
      input: {
        lead: {
          name: "Åse Ødegård",
          email: null,
          phone: "412 34 567",
          title: null,
          company: "Bølgen & Bæ AS",
          website: null,
          country: "NO",
          region: null,
          industry: null,
          companySize: "SMALL",
          sourceId: SOURCES[0]?.id,
          purchaseTimeframe: "UNKNOWN",
          temperature: null,
          expectedValue: null,
          tags: ["messe", "vip"],
        },
        stageId: STAGES[0]?.id,
      },
      score: 40,
    });
    const why = screen.getByRole("region", { name: "Why" });
    expect(within(why).getByText("Rule 2, “Norske leads”, took it.")).toBeTruthy();
    expect(within(why).getByText("The rule before it did not match.")).toBeTruthy();
    expect(
      within(why)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "✓ Country is Norway: met",
      "✗ Score is at least 50: not met",
      "Tried Team Nord, round robin. Skipped Ola Sørli: away. Skipped Per Åsheim: outside working hours. 1 person could take it. Kari Nordmann was chosen.",
    ]);
    expect(
      within(why).getByText("Someone must answer by 2 Nov 2026, 10:30 (Europe/Oslo)."),
    ).toBeTruthy();
  });

  it("says a lead no rule takes waits in the queue, in Norwegian", async () => {
    renderDryRun(
      {
        RoutingPreview: () =>
          preview({
            ...DECISION,
            outcome: "QUEUED",
            ruleName: null,
            rule: null,
            match: null,
            conditions: [],
            rulesPassed: 2,
            steps: [
              {
                ...DECISION.steps[0],
                target: { kind: "QUEUE", team: null, user: null },
                strategy: null,
                available: 0,
                chosen: null,
                skipped: [],
              },
            ],
            respondBy: null,
            owner: null,
            team: null,
          }),
      },
      "nb",
    );
    fireEvent.change(await screen.findByLabelText("Navn"), { target: { value: "Per Åsheim" } });
    fireEvent.change(screen.getByLabelText("Telefon"), { target: { value: "(+47) 92 67 88 28" } });
    fireEvent.click(screen.getByRole("button", { name: "Se hvem som ville fått det" }));
    expect(await screen.findByText("Det ville ventet i køen for ufordelte leads.")).toBeTruthy();
    expect(
      screen.getByText("Ingen regel passet, så det går dit leads uten passende regel går."),
    ).toBeTruthy();
    expect(
      screen.getByText("Prøvde køen for ufordelte leads. Ingen der kunne ta det."),
    ).toBeTruthy();
  });

  it("shows a refused field beside it, and a failed request above the form", async () => {
    let fail = false;
    renderDryRun({
      RoutingPreview: () => {
        if (fail) throw new ApiError("Leadhub cannot be reached.", "network");
        return preview(null, [
          { field: "phone", code: "INVALID", message: "This is not a phone number." },
        ]);
      },
    });
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: "Ola Sørli" } });
    const phone = screen.getByLabelText("Phone");
    fireEvent.change(phone, { target: { value: "12" } });
    fireEvent.click(screen.getByRole("button", { name: "See who would get it" }));
    const fault = await screen.findByText("This is not a phone number.");
    expect(phone.getAttribute("aria-describedby")).toBe(fault.id);
    expect(screen.getByRole("status").textContent).toBe("");

    fail = true;
    fireEvent.click(screen.getByRole("button", { name: "See who would get it" }));
    expect(
      await screen.findByText("Leadhub cannot be reached. Check your connection and try again."),
    ).toBeTruthy();
  });

  it("tells a sales rep it is for managers, and asks nothing", async () => {
    logIn({ asRep: true });
    const { asked } = renderApp("/routing/dry-run", ANSWERS);
    expect(
      await screen.findByText("Owners, admins and sales managers can try routing."),
    ).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Dry run" })).toBeNull();
    expect(asked.map((a) => a.operation)).toEqual(["Me"]);
  });
});
