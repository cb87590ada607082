import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../testing";

const PAGE = { hasNextPage: false, endCursor: null };

function member(id: string, name: string, role: string, userId = `user-${id}`) {
  return {
    node: {
      id,
      role,
      createdAt: "2026-11-02T09:30:00+00:00",
      user: { id: userId, name, email: `${name.split(" ")[0]?.toLowerCase()}@fjordkraft.example` },
    },
  };
}

const MEMBERS = {
  tenant: {
    members: {
      pageInfo: PAGE,
      edges: [
        member("m1", "Åse Ødegård", "OWNER", "VXNlcjox"),
        member("m2", "Kari Nordmann", "SALES_REP"),
      ],
    },
  },
};

const INVITATIONS = {
  tenant: {
    invitations: {
      pageInfo: PAGE,
      edges: [
        {
          node: {
            id: "i1",
            email: "ola@fjordkraft.example",
            role: "MARKETING",
            status: "PENDING",
            createdAt: "2026-11-28T10:00:00+00:00",
            expiresAt: "2026-12-05T10:00:00+00:00",
          },
        },
      ],
    },
  },
};

function renderPeople(answers: Parameters<typeof renderApp>[1] = {}, language: "en" | "nb" = "en") {
  logInAs("t0k3n", "VGVuYW50OjE=");
  return renderApp(
    "/people",
    { Me: () => OWNER_ME, Members: () => MEMBERS, Invitations: () => INVITATIONS, ...answers },
    language,
  );
}

describe("the people page", () => {
  it("lists members with their roles, and pending invitations", async () => {
    renderPeople({}, "nb");
    const members = await screen.findByRole("table", { name: "Medlemmer" });
    expect(within(members).getByRole("rowheader", { name: "Åse Ødegård (deg)" })).toBeTruthy();
    const role = screen.getByLabelText<HTMLSelectElement>("Rollen til Kari Nordmann");
    expect(role.value).toBe("SALES_REP");
    const invitation = screen.getByRole("rowheader", { name: "ola@fjordkraft.example" });
    const cells = within(invitation.closest("tr") as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual([
      "Markedsføring",
      "Venter",
      "5. des. 2026",
      "Trekk tilbake",
    ]);
    expect(within(members).getAllByText("2. nov. 2026")).toHaveLength(2);
  });

  it("changes a role, and shows a refusal in the member's row", async () => {
    const { asked } = renderPeople({
      ChangeMemberRole: ({ input }: { input: { role: string } }) => ({
        changeMemberRole:
          input.role === "SALES_MANAGER"
            ? { membership: { id: "m2", role: "SALES_MANAGER" }, errors: [] }
            : {
                membership: null,
                errors: [{ field: "role", code: "LAST_OWNER", message: "A tenant needs one." }],
              },
      }),
    });
    fireEvent.change(await screen.findByLabelText("Role of Kari Nordmann"), {
      target: { value: "SALES_MANAGER" },
    });
    const apply = screen.getByRole("button", { name: "Change role of Kari Nordmann" });
    expect(asked.some((a) => a.operation === "ChangeMemberRole")).toBe(false); // chosen only
    fireEvent.click(apply);
    expect(await screen.findByText("Kari Nordmann is now Sales manager.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "ChangeMemberRole")?.variables).toEqual({
      input: { membershipId: "m2", role: "SALES_MANAGER" },
    });

    const owner = screen.getByLabelText("Role of Åse Ødegård");
    const applyOwner = screen.getByRole("button", { name: "Change role of Åse Ødegård" });
    fireEvent.click(applyOwner); // unchanged: nothing to send
    expect(asked.filter((a) => a.operation === "ChangeMemberRole")).toHaveLength(1);
    fireEvent.change(owner, { target: { value: "ADMIN" } });
    fireEvent.click(applyOwner);
    const fault = await screen.findByText("A company needs at least one owner.");
    expect(owner.getAttribute("aria-describedby")).toBe(fault.id);
    expect((owner as HTMLSelectElement).value).toBe("OWNER"); // what she still is
  });

  it("invites someone, and removes a member only when confirmed", async () => {
    const confirm = vi.spyOn(window, "confirm");
    const { asked } = renderPeople({
      InviteMember: () => ({
        inviteMember: { invitation: { id: "i2", email: "per@fjordkraft.example" }, errors: [] },
      }),
      RemoveMember: () => ({ removeMember: { removedMembershipId: "m2", errors: [] } }),
    });
    const invite = await screen.findByRole("form", { name: "Invite someone" });
    fireEvent.change(within(invite).getByLabelText("Email"), {
      target: { value: "per@fjordkraft.example" },
    });
    fireEvent.change(within(invite).getByLabelText("Role"), { target: { value: "ADMIN" } });
    fireEvent.click(within(invite).getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByText("Invitation sent to per@fjordkraft.example.")).toBeTruthy();
    expect(asked.find((a) => a.operation === "InviteMember")?.variables).toEqual({
      input: { email: "per@fjordkraft.example", role: "ADMIN" },
    });

    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole("button", { name: "Remove Kari Nordmann" }));
    expect(asked.some((a) => a.operation === "RemoveMember")).toBe(false);
    confirm.mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole("button", { name: "Remove Kari Nordmann" }));
    expect(await screen.findByText("Kari Nordmann was removed.")).toBeTruthy();
    // The row and its button are gone: the focus is on the list's heading.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Members" })),
    );
    expect(confirm).toHaveBeenLastCalledWith(
      "Remove Kari Nordmann from Fjordkraft Salg AS? Their leads stay.",
    );
  });

  it("shows a sales rep the members, without what only managers do", async () => {
    logInAs("t0k3n", "VGVuYW50OjI=");
    const { asked } = renderApp("/people", { Me: () => OWNER_ME, Members: () => MEMBERS });
    expect(await screen.findByRole("rowheader", { name: "Kari Nordmann" })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: /^Role of/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Remove/ })).toBeNull();
    expect(screen.queryByRole("form", { name: "Invite someone" })).toBeNull();
    expect(asked.some((a) => a.operation === "Invitations")).toBe(false);
  });

  it("withdraws an invitation, the focus going to the invitations' heading", async () => {
    vi.spyOn(window, "confirm").mockReturnValueOnce(true);
    renderPeople({
      RevokeInvitation: () => ({
        revokeInvitation: { invitation: { id: "i1", status: "REVOKED" }, errors: [] },
      }),
    });
    const withdraw = await screen.findByRole("button", { name: /ola@fjordkraft.example/ });
    withdraw.focus();
    fireEvent.click(withdraw);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Invitations" })),
    );
    expect(screen.getByRole("status").textContent).toMatch(/ola@fjordkraft.example/);
  });
});
