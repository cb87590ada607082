import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../../testing";
import {
  ANSWERS,
  FAIR_RULE,
  FALLBACK,
  KARI,
  NORD,
  NORWAY_RULE,
  logIn,
  rulesAnswer,
} from "../fixtures";

function renderRules(
  path = "/routing/rules",
  answers: Parameters<typeof renderApp>[1] = {},
  language: "en" | "nb" = "en",
) {
  logIn();
  return renderApp(
    path,
    {
      ...ANSWERS,
      RoutingRules: () => rulesAnswer([NORWAY_RULE, FAIR_RULE]),
      RoutingFallback: () => FALLBACK,
      ...answers,
    },
    language,
  );
}

const ruleCard = (name: string) =>
  screen.getByRole("heading", { level: 2, name }).closest("li") as HTMLElement;

describe("the routing rules", () => {
  it("says each rule in words, in order, and where the rest go", async () => {
    renderRules();
    const norway = (await screen.findByRole("heading", { name: "1. Norske leads" })).closest(
      "li",
    ) as HTMLElement;
    expect(
      within(norway).getByText(
        "Leads where country is Norway and score is at least 50 go to Team Nord, round robin.",
      ),
    ).toBeTruthy();
    expect(
      within(norway)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Only to people within their working hours.",
      "If nobody there can take it: the unassigned queue.",
      "Someone must answer within 30 minutes, or the lead goes to the team's managers.",
    ]);
    expect(
      within(ruleCard("2. Messeleads")).getByText(
        "Leads where kind of source is trade fair or stage is Salgskvalifisert go to Kari Nordmann.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Such leads go to the unassigned queue.")).toBeTruthy();
  });

  it("says them in Norwegian too", async () => {
    renderRules("/routing/rules", {}, "nb");
    expect(
      await screen.findByText(
        "Land er Norge og poengsum er minst 50: leadet går til Team Nord, på omgang.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Kildetype er messe eller salgstrinn er Salgskvalifisert: leadet går til Kari Nordmann.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("Noen må svare innen 30 minutter, ellers går leadet til teamets ledere."),
    ).toBeTruthy();
    expect(screen.getByText("Slike leads går til køen for ufordelte leads.")).toBeTruthy();
  });

  it("moves a rule up, and deletes one only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    let rules = [NORWAY_RULE, FAIR_RULE];
    const { asked } = renderRules("/routing/rules", {
      RoutingRules: () => rulesAnswer(rules),
      ReorderRoutingRules: ({ input }: { input: { routingRuleIds: string[] } }) => {
        rules = input.routingRuleIds.map((id, at) => ({
          ...(id === FAIR_RULE.id ? FAIR_RULE : NORWAY_RULE),
          position: at + 1,
        }));
        return { reorderRoutingRules: { rules, errors: [] } };
      },
      DeleteRoutingRule: () => ({
        deleteRoutingRule: { deletedRuleId: FAIR_RULE.id, errors: [] },
      }),
    });
    expect(
      (await screen.findByRole("button", { name: "Move up: “Norske leads”" })).hasAttribute(
        "disabled",
      ),
    ).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Move up: “Messeleads”" }));
    expect(await screen.findByText("“Messeleads” is now rule 1.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "ReorderRoutingRules")?.variables).toEqual({
      input: { routingRuleIds: [FAIR_RULE.id, NORWAY_RULE.id] },
    });
    expect(await screen.findByRole("heading", { name: "1. Messeleads" })).toBe(
      document.activeElement,
    );

    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Delete “Messeleads”" }));
    expect(asked.some((a) => a.operation === "DeleteRoutingRule")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Delete “Messeleads”" }));
    expect(await screen.findByText("The rule “Messeleads” is deleted.")).toBeTruthy();
    expect(confirm).toHaveBeenLastCalledWith(
      "Delete the rule “Messeleads”? The rules after it move up one.",
    );
  });

  it("makes a rule, showing a refusal beside the condition it is about", async () => {
    let tries = 0;
    const { asked } = renderRules("/routing/rules/new", {
      CreateRoutingRule: () => {
        tries += 1;
        return {
          createRoutingRule:
            tries === 1
              ? {
                  rule: null,
                  errors: [
                    {
                      field: "conditions.1.upTo",
                      code: "INVALID",
                      message: "The upper bound is below the number.",
                    },
                  ],
                }
              : { rule: { id: "Um91dGluZ1J1bGU6Mw==", name: "Vestland", position: 3 }, errors: [] },
        };
      },
    });
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: "Vestland" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a condition" }));
    const first = screen.getByRole("group", { name: "Condition 1" });
    fireEvent.change(within(first).getByLabelText("Field"), { target: { value: "REGION" } });
    fireEvent.change(within(first).getByLabelText("Comparison"), { target: { value: "CONTAINS" } });
    fireEvent.change(within(first).getByLabelText("Values"), { target: { value: "vest, Bergen" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a condition" }));
    const second = screen.getByRole("group", { name: "Condition 2" });
    fireEvent.change(within(second).getByLabelText("Field"), { target: { value: "SCORE" } });
    fireEvent.change(within(second).getByLabelText("Comparison"), { target: { value: "BETWEEN" } });
    fireEvent.change(within(second).getByLabelText("From"), { target: { value: "80" } });
    fireEvent.change(within(second).getByLabelText("To"), { target: { value: "50" } });
    fireEvent.click(screen.getByLabelText("The lead meets at least one condition"));
    const target = screen.getByRole("group", { name: "Where they go" });
    fireEvent.change(await within(target).findByLabelText("Team"), {
      target: { value: NORD.id },
    });
    fireEvent.change(within(target).getByLabelText("Who in the team"), {
      target: { value: "WEIGHTED_ROUND_ROBIN" },
    });
    fireEvent.click(within(target).getByLabelText("Only to people within their working hours"));
    const overflow = screen.getByRole("group", { name: "If nobody there can take it" });
    fireEvent.change(within(overflow).getByLabelText("Send to"), { target: { value: "USER" } });
    fireEvent.change(await within(overflow).findByLabelText("Person"), {
      target: { value: KARI.id },
    });
    fireEvent.change(screen.getByLabelText("Minutes until someone must answer"), {
      target: { value: "45" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Create rule" }));

    const upTo = within(second).getByLabelText("To");
    const fault = await within(second).findByText("The upper bound is below the number.");
    expect(upTo.getAttribute("aria-describedby")).toBe(fault.id);
    expect(asked.find((a) => a.operation === "CreateRoutingRule")?.variables).toEqual({
      input: {
        rule: {
          name: "Vestland",
          match: "ANY",
          conditions: [
            {
              field: "REGION",
              operator: "CONTAINS",
              customFieldKey: null,
              values: ["vest", "Bergen"],
              number: null,
              upTo: null,
            },
            {
              field: "SCORE",
              operator: "BETWEEN",
              customFieldKey: null,
              values: [],
              number: "80",
              upTo: "50",
            },
          ],
          target: { kind: "TEAM", teamId: NORD.id },
          strategy: "WEIGHTED_ROUND_ROBIN",
          sticky: false,
          withinWorkingHours: true,
          overflow: { kind: "USER", userId: KARI.id },
          slaMinutes: 45,
          slaAction: "NEXT_MEMBER",
        },
      },
    });

    fireEvent.change(upTo, { target: { value: "100" } });
    fireEvent.click(screen.getByRole("button", { name: "Create rule" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Rules" })).toBeTruthy();
    expect(await screen.findByText("The rule “Vestland” is created, as rule 3.")).toBeTruthy();
  });

  it("changes a rule as it is, and where leads no rule takes go", async () => {
    const { asked } = renderRules(`/routing/rules/${encodeURIComponent(FAIR_RULE.id)}`, {
      UpdateRoutingRule: () => ({
        updateRoutingRule: { rule: { id: FAIR_RULE.id, name: "Messe og SQL" }, errors: [] },
      }),
      SetRoutingFallback: () => ({
        setRoutingFallback: { fallback: { strategy: "LEAST_LOADED" }, errors: [] },
      }),
    });
    const name = await screen.findByLabelText("Name");
    expect(name).toHaveProperty("value", "Messeleads");
    const first = screen.getByRole("group", { name: "Condition 1" });
    expect(within(first).getByLabelText("Trade fair")).toHaveProperty("checked", true);
    fireEvent.click(within(first).getByLabelText("Webinar"));
    fireEvent.change(name, { target: { value: "Messe og SQL" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("The rule “Messe og SQL” is saved.")).toBeTruthy();
    const sent = asked.find((a) => a.operation === "UpdateRoutingRule")?.variables as {
      input: { routingRuleId: string; rule: { conditions: { values: string[] }[] } };
    };
    expect(sent.input.routingRuleId).toBe(FAIR_RULE.id);
    expect(sent.input.rule).toMatchObject({
      name: "Messe og SQL",
      match: "ANY",
      target: { kind: "USER", userId: KARI.id },
      overflow: { kind: "QUEUE", teamId: null },
      slaMinutes: null,
    });
    expect(sent.input.rule.conditions.map((condition) => condition.values)).toEqual([
      ["TRADE_FAIR", "WEBINAR"],
      FAIR_RULE.conditions[1]?.values,
    ]);

    const fallback = screen.getByRole("form", { name: "When no rule takes a lead" });
    fireEvent.change(within(fallback).getByLabelText("Send to"), { target: { value: "TEAM" } });
    fireEvent.change(await within(fallback).findByLabelText("Team"), {
      target: { value: NORD.id },
    });
    fireEvent.change(within(fallback).getByLabelText("Who in the team"), {
      target: { value: "LEAST_LOADED" },
    });
    fireEvent.click(within(fallback).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Where leads no rule takes go is saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "SetRoutingFallback")?.variables).toEqual({
      input: { target: { kind: "TEAM", teamId: NORD.id }, strategy: "LEAST_LOADED" },
    });
  });

  it("lets a sales rep read the rules, and change none", async () => {
    logIn({ asRep: true });
    renderApp("/routing/rules", {
      ...ANSWERS,
      RoutingRules: () => rulesAnswer([NORWAY_RULE]),
      RoutingFallback: () => FALLBACK,
    });
    expect(await screen.findByRole("heading", { name: "1. Norske leads" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New rule" })).toBeNull();
    expect(within(screen.getByRole("main")).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("keeps a sales rep from the new rule's form", async () => {
    logIn({ asRep: true });
    renderApp("/routing/rules/new", ANSWERS);
    expect(
      await screen.findByText("Owners, admins and sales managers make and change rules."),
    ).toBeTruthy();
    expect(screen.queryByLabelText("Name")).toBeNull();
  });
});
