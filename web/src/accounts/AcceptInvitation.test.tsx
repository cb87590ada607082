import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { OWNER_ME, logInAs, renderApp } from "../testing";

const JOINED = {
  acceptInvitation: {
    token: "n3w",
    membership: { tenant: { id: "VGVuYW50OjI=" } },
    errors: [],
  },
};

describe("accepting an invitation", () => {
  it("makes a newcomer's account and takes them into the company joined", async () => {
    const { asked } = renderApp("/invitations/accept?token=inv.1", {
      AcceptInvitation: () => JOINED,
      Me: () => OWNER_ME,
    });
    fireEvent.change(screen.getByLabelText("Your name"), { target: { value: "Kari Nordmann" } });
    fireEvent.change(screen.getByLabelText("Choose a password"), {
      target: { value: "korrekt hest batteri" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Join" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Havbris AS" })).toBeTruthy();
    expect(asked[0]?.variables).toEqual({
      input: { token: "inv.1", name: "Kari Nordmann", password: "korrekt hest batteri" },
    });
    expect(JSON.parse(localStorage.getItem("leadhub.session") ?? "null")).toEqual({
      token: "n3w",
      tenantId: "VGVuYW50OjI=",
    });
  });

  it("lets someone with an account log in first and come back", async () => {
    const { router } = renderApp("/invitations/accept?token=inv.1", {});
    fireEvent.click(screen.getByRole("link", { name: "Log in, then accept" }));
    expect(router.state.location.pathname).toBe("/log-in");
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent("/invitations/accept?token=inv.1")}`,
    );
  });

  it("joins as the person logged in", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    const { asked } = renderApp("/invitations/accept?token=inv.1", {
      Me: () => OWNER_ME,
      AcceptInvitation: () => ({ acceptInvitation: { ...JOINED.acceptInvitation, token: null } }),
    });
    expect(
      await screen.findByText("You are logged in as Åse Ødegård (åse@fjordkraft.example)."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Accept the invitation" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Havbris AS" })).toBeTruthy();
    const accepted = asked.find((a) => a.operation === "AcceptInvitation");
    expect(accepted).toEqual({
      operation: "AcceptInvitation",
      variables: { input: { token: "inv.1" } },
      token: "t0k3n", // as the person, in no company yet
    });
  });

  it("lets a newcomer join when the login kept in this browser has ended", async () => {
    logInAs("ended");
    renderApp("/invitations/accept?token=inv.1", {
      Me: () => {
        throw new ApiError("Log in first.", "UNAUTHENTICATED");
      },
    });
    expect(await screen.findByLabelText("Your name")).toBeTruthy();
    expect(localStorage.getItem("leadhub.session")).toBeNull();
  });

  it("says an invitation used or withdrawn is not valid", async () => {
    renderApp("/invitations/accept?token=old", {
      AcceptInvitation: () => ({
        acceptInvitation: {
          token: null,
          membership: null,
          errors: [{ field: "token", code: "INVITATION_INVALID", message: "Not valid." }],
        },
      }),
    });
    fireEvent.click(screen.getByRole("button", { name: "Join" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This invitation is not valid: it expired, was used or was withdrawn.",
    );
  });
});
