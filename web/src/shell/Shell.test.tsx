import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { OWNER_ME, logInAs, renderApp } from "../testing";

describe("the signed-in frame", () => {
  it("switches company for every request after, and logs out", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    const { asked } = renderApp("/", {
      Me: () => OWNER_ME,
      LogOut: () => ({ logOut: { endedSessions: 1 } }),
    });
    fireEvent.change(await screen.findByLabelText("Company"), {
      target: { value: "VGVuYW50OjI=" },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Havbris AS" })).toBeTruthy();
    expect(screen.getByText("The figures count the leads in your reach.")).toBeTruthy();
    expect(JSON.parse(localStorage.getItem("leadhub.session") ?? "null")).toEqual({
      token: "t0k3n",
      tenantId: "VGVuYW50OjI=",
    });

    fireEvent.click(screen.getByRole("button", { name: "Log out" }));
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
    expect(localStorage.getItem("leadhub.session")).toBeNull();
    expect(asked.at(-1)).toMatchObject({ operation: "LogOut", tenantId: "VGVuYW50OjI=" });
  });

  it("takes a company the person has left for their first", async () => {
    logInAs("t0k3n", "VGVuYW50OjM=");
    renderApp("/", { Me: () => OWNER_ME });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Fjordkraft Salg AS" }),
    ).toBeTruthy();
  });

  it("sends an ended login back to log in", async () => {
    logInAs("expired");
    renderApp("/people", {
      Me: () => {
        throw new ApiError("Log in first.", "UNAUTHENTICATED");
      },
    });
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
    expect(localStorage.getItem("leadhub.session")).toBeNull();
  });

  it("says so to someone who belongs to no company", async () => {
    logInAs("t0k3n");
    renderApp("/", {
      Me: () => ({ me: { ...OWNER_ME.me, memberships: [] } }),
      LogOut: () => ({ logOut: { endedSessions: 1 } }),
    });
    expect((await screen.findByRole("alert")).textContent).toContain(
      "You are not a member of any company now.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Log out" }));
    expect(await screen.findByRole("heading", { name: "Log in to Leadhub" })).toBeTruthy();
  });

  it("names each page in the browser's title by its heading", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    const { router } = renderApp("/no/such/page", { Me: () => OWNER_ME });
    await screen.findByRole("heading", { name: "There is no page here." });
    await waitFor(() => expect(document.title).toBe("There is no page here. · Leadhub"));
    await router.navigate("/log-in");
    await waitFor(() => expect(document.title).not.toContain("There is no page"));
  });

  it("takes focus to the heading of the page moved to", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    renderApp("/no/such/page", { Me: () => OWNER_ME, LogOut: () => ({}) });
    const menuLink = await screen.findByRole("link", { name: "Your profile: Åse Ødegård" });
    menuLink.focus();
    fireEvent.click(menuLink);
    const heading = await screen.findByRole("heading", { level: 1, name: "Your profile" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it("has a page for a path it does not know", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    renderApp("/no/such/page", { Me: () => OWNER_ME });
    expect(await screen.findByRole("heading", { name: "There is no page here." })).toBeTruthy();
  });
});
