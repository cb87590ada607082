import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  HAVBRIS,
  LEAD_GOAL,
  RESPONSE_GOAL,
  SALG_ØST,
  renderDashboard,
  setUpDashboardTests,
} from "../fixtures";

const read = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ");

/** The goal's card, by its name. */
async function goalCard(name: string) {
  const heading = await screen.findByRole("heading", { level: 3, name });
  return heading.closest("li") as HTMLElement;
}

const askedTimes = (asked: { operation: string }[], operation: string) =>
  asked.filter((a) => a.operation === operation).length;

describe("the dashboard's goals", () => {
  setUpDashboardTests();

  it("shows each goal's progress and pace", async () => {
    renderDashboard();
    const leads = await goalCard("Nye leads i desember");
    const bar = within(leads).getByRole("progressbar", {
      name: "Progress towards Nye leads i desember",
    });
    expect(bar.getAttribute("value")).toBe("0.42");
    expect(read(within(leads).getByText("42 of 100"))).toBe("42 of 100");
    expect(bar.getAttribute("aria-describedby")).toBe(within(leads).getByText("42 of 100").id);
    expect(read(within(leads).getByText("On pace").parentElement)).toBe(
      "On pace · 7 ahead of pace (35 expected by now)",
    );
    expect(within(leads).getByText("New leads · 1 – 31 Dec 2026")).toBeTruthy();
    expect(within(leads).getByText("Owned by Salg Øst")).toBeTruthy();

    // A ceiling: behind while above it, with no pace to keep.
    const response = await goalCard("Svar innen en time");
    expect(within(response).getByRole("progressbar").getAttribute("value")).toBe("0.8");
    expect(read(within(response).getByText(/target is/))).toBe(
      "75 min; the target is 60 min at most",
    );
    expect(read(within(response).getByText("Behind pace").parentElement)).toBe("Behind pace");
    expect(within(response).getByText("Owned by Salg Øst and Marked")).toBeTruthy();
  });

  it("sets a goal, with a refusal shown beside its field", async () => {
    const names: string[] = [];
    const { asked } = renderDashboard({
      CreateGoal: ({ input }: { input: { name: string } }) => {
        names.push(input.name);
        return names.length === 1
          ? {
              createGoal: {
                goal: null,
                errors: [{ field: "name", code: "NAME_TAKEN", message: "A goal has that name." }],
              },
            }
          : { createGoal: { goal: { id: "R29hbDoz", name: input.name }, errors: [] } };
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "New goal" }));
    const form = screen.getByRole("form", { name: "New goal" });
    const name = within(form).getByLabelText("Name");
    fireEvent.change(name, { target: { value: "Nye leads i desember" } });
    fireEvent.change(within(form).getByLabelText("Measures"), { target: { value: "WIN_RATE" } });
    fireEvent.change(within(form).getByLabelText("Target"), { target: { value: "27,5" } });
    fireEvent.change(within(form).getByLabelText("Period"), { target: { value: "QUARTER" } });
    fireEvent.click(await within(form).findByLabelText("Salg Øst"));
    fireEvent.click(within(form).getByRole("button", { name: "Create goal" }));

    const fault = await within(form).findByText("A goal has that name.");
    expect(name.getAttribute("aria-describedby")).toBe(fault.id);

    fireEvent.change(name, { target: { value: "Vinnrate i vinter" } });
    fireEvent.click(within(form).getByRole("button", { name: "Create goal" }));
    expect(await screen.findByText("The goal “Vinnrate i vinter” was created.")).toBeTruthy();
    expect(screen.queryByRole("form", { name: "New goal" })).toBeNull();
    // Focus goes back to the button that opened the form, not to the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "New goal" })),
    );
    expect(asked.filter((a) => a.operation === "CreateGoal").at(-1)?.variables).toEqual({
      input: {
        name: "Vinnrate i vinter",
        metric: "WIN_RATE",
        target: "0.275",
        period: "QUARTER",
        firstDay: "2026-12-01",
        lastDay: null,
        teamIds: [SALG_ØST],
        stageId: null,
        fromStageId: null,
        sourceId: null,
      },
    });
    expect(askedTimes(asked, "DashboardGoals")).toBe(2);
  });

  it("gives focus back to the goal when its form is cancelled", async () => {
    renderDashboard();
    fireEvent.click(await screen.findByRole("button", { name: "Edit Nye leads i desember" }));
    const form = screen.getByRole("form", { name: "Edit Nye leads i desember" });
    fireEvent.click(
      within(form.parentElement as HTMLElement).getByRole("button", { name: "Cancel" }),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("heading", { level: 3, name: "Nye leads i desember" }),
      ),
    );
  });

  it("refuses a target that is no number before sending it", async () => {
    const { asked } = renderDashboard();
    fireEvent.click(await screen.findByRole("button", { name: "New goal" }));
    const target = screen.getByLabelText("Target");
    fireEvent.change(target, { target: { value: "mange" } });
    fireEvent.click(screen.getByRole("button", { name: "Create goal" }));
    const fault = await screen.findByText("Give the target as a number.");
    expect(target.getAttribute("aria-describedby")).toContain(fault.id);
    expect(asked.some((a) => a.operation === "CreateGoal")).toBe(false);
  });

  it("asks for the stages a conversion goal measures", async () => {
    renderDashboard();
    fireEvent.click(await screen.findByRole("button", { name: "New goal" }));
    expect(screen.queryByLabelText("From stage")).toBeNull();
    fireEvent.change(screen.getByLabelText("Measures"), {
      target: { value: "STAGE_CONVERSION" },
    });
    const from = screen.getByLabelText("From stage");
    expect(await within(from).findByRole("option", { name: "Suspect" })).toBeTruthy();
    expect(screen.getByLabelText("To stage")).toBeTruthy();
    expect(screen.getByText("In percent, such as 25.")).toBeTruthy();
  });

  it("changes a goal, and deletes one only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderDashboard({
      UpdateGoal: () => ({ updateGoal: { goal: LEAD_GOAL, errors: [] } }),
      DeleteGoal: () => ({ deleteGoal: { deletedGoalId: RESPONSE_GOAL.id, errors: [] } }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Nye leads i desember" }));
    const form = screen.getByRole("form", { name: "Edit Nye leads i desember" });
    const target = within(form).getByLabelText<HTMLInputElement>("Target");
    expect(target.value).toBe("100");
    fireEvent.change(target, { target: { value: "120" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save goal" }));
    expect(await screen.findByText("The goal “Nye leads i desember” was saved.")).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("heading", { level: 3, name: "Nye leads i desember" }),
      ),
    );
    expect(asked.find((a) => a.operation === "UpdateGoal")?.variables).toEqual({
      input: {
        goalId: LEAD_GOAL.id,
        name: "Nye leads i desember",
        metric: "LEAD_VOLUME",
        target: "120",
        period: "MONTH",
        firstDay: "2026-12-01",
        lastDay: null,
        teamIds: [SALG_ØST],
        stageId: null,
        fromStageId: null,
        sourceId: null,
      },
    });

    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Delete Svar innen en time" }));
    expect(asked.some((a) => a.operation === "DeleteGoal")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Delete Svar innen en time" }));
    expect(await screen.findByText("The goal “Svar innen en time” was deleted.")).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "Goals" })),
    );
    expect(confirm).toHaveBeenLastCalledWith(
      "Delete the goal “Svar innen en time”? Its progress goes with it.",
    );
    expect(asked.find((a) => a.operation === "DeleteGoal")?.variables).toEqual({
      input: { goalId: RESPONSE_GOAL.id },
    });
  });

  it("shows a refused deletion in the goal's card, in Norwegian", async () => {
    vi.spyOn(window, "confirm").mockReturnValue(true);
    renderDashboard(
      {
        DeleteGoal: () => ({
          deleteGoal: {
            deletedGoalId: null,
            errors: [{ field: "goalId", code: "NOT_FOUND", message: "No such goal." }],
          },
        }),
      },
      { language: "nb" },
    );
    const card = await goalCard("Svar innen en time");
    const remove = within(card).getByRole("button", { name: "Slett Svar innen en time" });
    fireEvent.click(remove);
    const fault = await within(card).findByText(
      "Den finnes ikke lenger: noen kan ha endret den i mellomtiden.",
    );
    expect(remove.getAttribute("aria-describedby")).toBe(fault.id);
    expect(within(card).getByText("Bak skjema")).toBeTruthy();
  });

  it("shows a sales rep the goals, without setting them", async () => {
    const { asked } = renderDashboard({}, { tenantId: HAVBRIS });
    await goalCard("Nye leads i desember");
    expect(screen.queryByRole("button", { name: "New goal" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Delete/ })).toBeNull();
    await waitFor(() => expect(askedTimes(asked, "DashboardGoals")).toBe(1));
  });
});
