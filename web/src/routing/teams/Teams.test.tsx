import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/client";
import { renderApp } from "../../testing";
import { ANSWERS, KARI, NORD, OLA, logIn } from "../fixtures";

function renderTeams(answers: Parameters<typeof renderApp>[1] = {}, language: "en" | "nb" = "en") {
  logIn();
  return renderApp("/routing/teams", { ...ANSWERS, ...answers }, language);
}

describe("the teams page", () => {
  it("lists each team with its members and their part", async () => {
    renderTeams({}, "nb");
    const team = await screen.findByRole("table", { name: "Team Nord" });
    const kari = within(team).getByRole("rowheader", { name: "Kari Nordmann" });
    const cells = within(kari.closest("tr") as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual(["Ja", "Nei", "25", "3", "EndreFjern"]);
    const ase = within(team).getByRole("rowheader", { name: "Åse Ødegård (deg)" });
    expect(within(ase.closest("tr") as HTMLElement).getByText("Ingen grense")).toBeTruthy();
    expect(screen.getByText("Salgsteam", { selector: "p" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Endre Kari Nordmann" }).getAttribute("href")).toBe(
      `/routing/teams/${encodeURIComponent(NORD.id)}/members/${encodeURIComponent(KARI.id)}`,
    );
  });

  it("creates a team, and shows a name taken beside the name", async () => {
    const { asked } = renderTeams({
      CreateTeam: ({ input }: { input: { name: string } }) => ({
        createTeam:
          input.name === "Team Sør"
            ? { team: { id: "VGVhbToy", name: "Team Sør" }, errors: [] }
            : {
                team: null,
                errors: [{ field: "name", code: "NAME_TAKEN", message: "Another team has it." }],
              },
      }),
    });
    const form = await screen.findByRole("form", { name: "New team" });
    const name = within(form).getByLabelText("Name");
    fireEvent.change(name, { target: { value: "Team Nord" } });
    fireEvent.click(within(form).getByRole("button", { name: "Create team" }));
    const fault = await within(form).findByText("That name is taken.");
    expect(name.getAttribute("aria-describedby")).toBe(fault.id);

    fireEvent.change(name, { target: { value: "Team Sør" } });
    fireEvent.change(within(form).getByLabelText("Kind"), { target: { value: "MARKETING" } });
    fireEvent.click(within(form).getByRole("button", { name: "Create team" }));
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      "The team Team Sør is created.",
    );
    expect(asked.filter((a) => a.operation === "CreateTeam").at(-1)?.variables).toEqual({
      input: { name: "Team Sør", kind: "MARKETING" },
    });
    expect(asked.filter((a) => a.operation === "RoutingTeams").length).toBeGreaterThan(1);
  });

  it("adds a member, and removes one only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderTeams({
      AddTeamMember: () => ({ addTeamMember: { team: { id: NORD.id }, errors: [] } }),
      RemoveTeamMember: () => ({ removeTeamMember: { team: { id: NORD.id }, errors: [] } }),
    });
    const add = await screen.findByLabelText("Person to add to Team Nord");
    await within(add).findByRole("option", { name: "Per Åsheim" });
    const offered = within(add)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(offered).toEqual(["Choose someone", "Ola Sørli", "Per Åsheim"]);
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Choose whom to add.")).toBeTruthy();
    expect(asked.some((a) => a.operation === "AddTeamMember")).toBe(false);

    fireEvent.change(add, { target: { value: OLA.id } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Ola Sørli is now on Team Nord.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "AddTeamMember")?.variables).toEqual({
      input: { teamId: NORD.id, userId: OLA.id },
    });

    confirm.mockReturnValueOnce(false);
    const remove = screen.getByRole("button", { name: "Remove Kari Nordmann from the team" });
    fireEvent.click(remove);
    expect(asked.some((a) => a.operation === "RemoveTeamMember")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(remove);
    expect(await screen.findByText("Kari Nordmann is no longer on Team Nord.")).toBeTruthy();
    expect(confirm).toHaveBeenLastCalledWith(
      "Remove Kari Nordmann from Team Nord? The leads they have stay theirs.",
    );
  });

  it("renames a team, and keeps a team that owns leads", async () => {
    vi.spyOn(window, "confirm").mockReturnValue(true);
    const { asked } = renderTeams({
      UpdateTeam: () => ({
        updateTeam: { team: { id: NORD.id, name: "Team Nordland", kind: "SALES" }, errors: [] },
      }),
      DeleteTeam: () => ({
        deleteTeam: {
          deletedTeamId: null,
          errors: [{ field: "teamId", code: "TEAM_OWNS_LEADS", message: "It owns leads." }],
        },
      }),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Team Nord" }));
    const form = screen.getByRole("form", { name: "Edit Team Nord" });
    fireEvent.change(within(form).getByLabelText("Name"), { target: { value: "Team Nordland" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Team Nordland is saved.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateTeam")?.variables).toEqual({
      input: { teamId: NORD.id, name: "Team Nordland", kind: "SALES" },
    });
    expect(screen.queryByRole("form", { name: "Edit Team Nord" })).toBeNull();

    const remove = screen.getByRole("button", { name: "Delete Team Nord" });
    fireEvent.click(remove);
    const fault = await screen.findByText(
      "The team still owns leads: give them to another team first.",
    );
    expect(remove.getAttribute("aria-describedby")).toBe(fault.id);
  });

  it("shows a sales rep the teams, without what only managers do", async () => {
    logIn({ asRep: true });
    const { asked } = renderApp("/routing/teams", ANSWERS);
    expect(await screen.findByRole("table", { name: "Team Nord" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "New team" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Remove|^Delete|^Edit/ })).toBeNull();
    expect(screen.queryByLabelText("Person to add to Team Nord")).toBeNull();
    // Åse is on the team: she may open her own hours, and nobody else's
    expect(screen.getByRole("link", { name: "Your hours" })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: /Your hours|^Edit/ })).toHaveLength(1);
    expect(asked.some((a) => a.operation === "CompanyMembers")).toBe(false);
  });

  it("says when the teams cannot be had, and asks again", async () => {
    let fail = true;
    renderTeams({
      RoutingTeams: () => {
        if (fail) throw new ApiError("Leadhub cannot be reached.", "network");
        return {
          tenant: { teams: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
        };
      },
    });
    expect(
      await screen.findByText("Leadhub cannot be reached. Check your connection and try again."),
    ).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("There are no teams yet: make the first above.")).toBeTruthy();
  });
});
