import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../testing";
import { ANSWERS, logIn } from "./fixtures";

describe("routing's start page", () => {
  it("leads a manager to each routing page", async () => {
    logIn();
    renderApp("/routing", ANSWERS, "nb");
    expect(await screen.findByRole("heading", { level: 1, name: "Fordeling" })).toBeTruthy();
    const menu = screen.getByRole("navigation", { name: "Fordeling" });
    expect(
      within(menu)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Oversikt", "Team", "Regler", "Prøvekjøring", "Din tilgjengelighet"]);
    expect(within(menu).getByRole("link", { name: "Oversikt" }).getAttribute("aria-current")).toBe(
      "page",
    );
    const pages = screen.getByRole("list");
    expect(within(pages).getByRole("link", { name: "Prøvekjøring" }).getAttribute("href")).toBe(
      "/routing/dry-run",
    );
  });

  it("tells a sales rep what they may do, without the dry run", async () => {
    logIn({ asRep: true });
    renderApp("/routing", ANSWERS);
    expect(
      await screen.findByText(
        "Owners, admins and sales managers change routing. You can read it, and set your own availability.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Dry run" })).toBeNull();
    expect(screen.getAllByRole("link", { name: "Your availability" })).toHaveLength(2);
  });
});
