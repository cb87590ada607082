import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { connection, renderSettings } from "../testing";

const NO_FIT = { values: [], number: null, customFieldKey: null };
const RULES = [
  {
    id: "r1",
    name: "Energibransjen",
    kind: "FIT",
    points: 10,
    fit: { ...NO_FIT, field: "INDUSTRY", operator: "IS_ONE_OF", values: ["Energi", "Havbruk"] },
    engagement: null,
  },
  {
    id: "r2",
    name: "Små firma",
    kind: "FIT",
    points: -5,
    fit: { ...NO_FIT, field: "COMPANY_SIZE", operator: "IS_ONE_OF", values: ["MICRO"] },
    engagement: null,
  },
  {
    id: "r3",
    name: "Stort budsjett",
    kind: "FIT",
    points: 20,
    fit: {
      ...NO_FIT,
      field: "CUSTOM",
      operator: "AT_LEAST",
      number: "250000.00",
      customFieldKey: "budsjett",
    },
    engagement: null,
  },
  {
    id: "r4",
    name: "Besøker nettsiden",
    kind: "ENGAGEMENT",
    points: 1,
    fit: null,
    engagement: { activityKind: "WEB_VISIT", halfLifeDays: 30 },
  },
];

const FIELDS = [
  { id: "f1", key: "budsjett", label: "Budsjett", type: "NUMBER", choices: [], required: false },
  {
    id: "f2",
    key: "har_avtale",
    label: "Rammeavtale",
    type: "BOOLEAN",
    choices: [],
    required: false,
  },
];

const SAVED = { rule: { id: "r5" }, errors: [] };

function scoring(answers: Record<string, (variables: never) => unknown> = {}) {
  return {
    SettingsScoringRules: () => ({ tenant: { scoringRules: connection(RULES) } }),
    SettingsCustomFields: () => ({ tenant: { customFields: connection(FIELDS) } }),
    MqlScoreThreshold: () => ({ tenant: { id: "VGVuYW50OjE=", mqlScoreThreshold: 60 } }),
    CreateScoringRule: () => ({ createScoringRule: SAVED }),
    ...answers,
  };
}

function explanations() {
  return screen.getAllByRole("rowheader").map((header) => {
    const cells = within(header.closest("tr") as HTMLElement).getAllByRole("cell");
    return [header.textContent, cells[0]?.textContent, cells[1]?.textContent];
  });
}

/** The form for a new rule, once the custom fields it may look at are known. */
async function newRule() {
  await screen.findByText("Budsjett is at least 250,000");
  return screen.getByRole("form", { name: "Add a rule" });
}

function fill(form: HTMLElement, label: string, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

describe("lead scoring", () => {
  it("says each rule in words, with its points", async () => {
    renderSettings("/settings/scoring", "MARKETING", scoring());
    await screen.findByRole("table", { name: "Rules" });
    expect(await screen.findByText("Budsjett is at least 250,000")).toBeTruthy();
    expect(explanations()).toEqual([
      ["Energibransjen", "Industry is “Energi” or “Havbruk”", "+10 points"],
      ["Små firma", "Company size is “Micro (under 10)”", "-5 points"],
      ["Stort budsjett", "Budsjett is at least 250,000", "+20 points"],
      ["Besøker nettsiden", "Each activity “Web visit”, worth half after 30 days", "+1 point"],
    ]);
    expect(screen.getByLabelText<HTMLInputElement>("Score that makes a suspect an MQL").value).toBe(
      "60",
    );
  });

  it("shows a sales rep the rules and the threshold to read", async () => {
    const { asked } = renderSettings("/settings/scoring", "SALES_REP", scoring(), "nb");
    expect(await screen.findByText("Emner med 60 poeng eller mer blir MQL.")).toBeTruthy();
    expect(await screen.findByText("Bransje er «Energi» eller «Havbruk»")).toBeTruthy();
    expect(
      screen.getByText(
        "Bare eiere, administratorer og markedsføring endrer hvordan leads får poeng.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Slett/ })).toBeNull();
    expect(asked.some((a) => a.operation === "CreateScoringRule")).toBe(false);
  });

  it("adds a rule on a text field, its values typed one a line", async () => {
    const { asked } = renderSettings("/settings/scoring", "OWNER", scoring());
    const form = await newRule();
    fill(form, "Name", "Daglig leder");
    fill(form, "Points", "15");
    fill(form, "Field", "TITLE");
    fill(form, "Comparison", "CONTAINS");
    fill(form, "Values, one a line", "daglig leder\n CEO \n");
    fireEvent.click(within(form).getByRole("button", { name: "Add rule" }));
    expect(
      await screen.findByText("Daglig leder was added; leads are rescored in the background."),
    ).toBeTruthy();
    expect(asked.find((a) => a.operation === "CreateScoringRule")?.variables).toEqual({
      input: {
        name: "Daglig leder",
        points: 15,
        fit: {
          field: "TITLE",
          operator: "CONTAINS",
          values: ["daglig leder", "CEO"],
          number: null,
          customFieldKey: null,
        },
      },
    });
    expect(within(form).getByLabelText<HTMLInputElement>("Name").value).toBe("");
  });

  it("offers a yes-or-no custom field's answers to choose", async () => {
    const { asked } = renderSettings("/settings/scoring", "ADMIN", scoring());
    const form = await newRule();
    fill(form, "Name", "Har rammeavtale");
    fill(form, "Points", "25");
    fill(form, "Field", "CUSTOM");
    fill(form, "Custom field", "har_avtale");
    const values = within(form).getByRole("group", { name: "Values" });
    fireEvent.click(within(values).getByLabelText("Yes"));
    fireEvent.click(within(form).getByRole("button", { name: "Add rule" }));
    await screen.findByText("Har rammeavtale was added; leads are rescored in the background.");
    expect(asked.find((a) => a.operation === "CreateScoringRule")?.variables).toEqual({
      input: {
        name: "Har rammeavtale",
        points: 25,
        fit: {
          field: "CUSTOM",
          operator: "IS_ONE_OF",
          values: ["true"],
          number: null,
          customFieldKey: "har_avtale",
        },
      },
    });
  });

  it("adds an engagement rule", async () => {
    const { asked } = renderSettings("/settings/scoring", "MARKETING", scoring());
    const form = await newRule();
    fill(form, "Name", "Møter");
    fill(form, "Points", "8");
    fill(form, "Looks at", "ENGAGEMENT");
    fill(form, "Activity", "MEETING");
    fill(form, "Half-life in days", "14");
    fireEvent.click(within(form).getByRole("button", { name: "Add rule" }));
    await screen.findByText("Møter was added; leads are rescored in the background.");
    expect(asked.find((a) => a.operation === "CreateScoringRule")?.variables).toEqual({
      input: {
        name: "Møter",
        points: 8,
        engagement: { activityKind: "MEETING", halfLifeDays: 14 },
      },
    });
  });

  it("shows what is wrong beside the field it is about", async () => {
    const { asked } = renderSettings(
      "/settings/scoring",
      "OWNER",
      scoring({
        CreateScoringRule: () => ({
          createScoringRule: {
            rule: null,
            errors: [{ field: "fit.values", code: "INVALID", message: "Give 1 to 50 values." }],
          },
        }),
      }),
    );
    const form = await newRule();
    fill(form, "Name", "Bransje");
    fill(form, "Points", "ti");
    fireEvent.click(within(form).getByRole("button", { name: "Add rule" }));
    expect(await screen.findByText("Give a whole number from −1000 to 1000.")).toBeTruthy();
    expect(asked.some((a) => a.operation === "CreateScoringRule")).toBe(false);

    fill(form, "Points", "10");
    fireEvent.click(within(form).getByRole("button", { name: "Add rule" }));
    const fault = await screen.findByText("Give 1 to 50 values.");
    const values = within(form).getByLabelText("Values, one a line");
    expect(values.getAttribute("aria-describedby")).toBe(fault.id);
  });

  it("edits a rule in place, and deletes one once confirmed", async () => {
    vi.spyOn(window, "confirm").mockReturnValueOnce(true);
    const { asked } = renderSettings(
      "/settings/scoring",
      "OWNER",
      scoring({
        UpdateScoringRule: () => ({ updateScoringRule: SAVED }),
        DeleteScoringRule: () => ({ deleteScoringRule: { deletedRuleId: "r2", errors: [] } }),
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Edit Stort budsjett" }));
    const form = screen.getByRole("form", { name: "Edit Stort budsjett" });
    const number = within(form).getByLabelText<HTMLInputElement>("Number");
    expect(number.value).toBe("250000.00");
    fireEvent.change(number, { target: { value: "300 000" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await screen.findByText("Stort budsjett was saved; leads are rescored in the background.");
    expect(asked.find((a) => a.operation === "UpdateScoringRule")?.variables).toEqual({
      input: {
        ruleId: "r3",
        rule: {
          name: "Stort budsjett",
          points: 20,
          fit: {
            field: "CUSTOM",
            operator: "AT_LEAST",
            values: [],
            number: "300000",
            customFieldKey: "budsjett",
          },
        },
      },
    });

    fireEvent.click(screen.getByRole("button", { name: "Delete Små firma" }));
    expect(window.confirm).toHaveBeenCalledWith(
      "Delete the rule Små firma? Leads lose its points.",
    );
    await screen.findByText("Små firma was deleted; leads are rescored in the background.");
    expect(asked.find((a) => a.operation === "DeleteScoringRule")?.variables).toEqual({
      input: { ruleId: "r2" },
    });
  });

  it("sets the MQL threshold, or stops it", async () => {
    const { asked } = renderSettings(
      "/settings/scoring",
      "MARKETING",
      scoring({
        SetMqlScoreThreshold: ({ input }: { input: { threshold: number | null } }) => ({
          setMqlScoreThreshold: { threshold: input.threshold, errors: [] },
        }),
      }),
    );
    const form = await screen.findByRole("form", { name: "Marketing qualified leads" });
    const threshold = within(form).getByLabelText("Score that makes a suspect an MQL");
    fireEvent.change(threshold, { target: { value: "mange" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText("Give a whole number from 1 to 100 000, or leave it empty."),
    ).toBeTruthy();

    fireEvent.change(threshold, { target: { value: "75" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText(
        "Suspects scoring 75 or more now become MQLs; leads are checked in the background.",
      ),
    ).toBeTruthy();

    fireEvent.change(threshold, { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText("Suspects are no longer moved to MQL by their score."),
    ).toBeTruthy();
    expect(
      asked.filter((a) => a.operation === "SetMqlScoreThreshold").map((a) => a.variables),
    ).toEqual([{ input: { threshold: 75 } }, { input: { threshold: null } }]);
  });
});
