"""Inviting, accepting, changing roles and removing members: roles, tenants, bad input."""

from typing import Any

import httpx
import pytest

from tests.builders import (
    ACCEPT,
    INVITE,
    PASSWORD,
    Account,
    graphql,
    graphql_refusal,
    join,
    sent_invitation_token,
    sign_up,
    unique_email,
)

MEMBERS = """
query { tenant { members { edges { node { id role user { email } } } } } }
"""
CHANGE_ROLE = """
mutation($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { membership { id role } errors { field code } }
}
"""
REMOVE = """
mutation($input: RemoveMemberInput!) {
  removeMember(input: $input) { removedMembershipId errors { field code } }
}
"""
REVOKE = """
mutation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) { invitation { status } errors { field code } }
}
"""
INVITATIONS = "query { tenant { invitations { edges { node { email status } } } } }"


async def members(client: httpx.AsyncClient, account: Account) -> dict[str, dict[str, Any]]:
    body = await graphql(client, MEMBERS, account=account)
    return {
        edge["node"]["user"]["email"]: edge["node"]
        for edge in body["data"]["tenant"]["members"]["edges"]
    }


async def invite(client: httpx.AsyncClient, by: Account, email: str, role: str) -> dict[str, Any]:
    body = await graphql(client, INVITE, {"input": {"email": email, "role": role}}, account=by)
    payload: dict[str, Any] = body["data"]["inviteMember"]
    return payload


async def test_invited_person_joins_with_the_invited_role(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    assert (await members(client, owner))[rep.email]["role"] == "SALES_REP"
    # the new member is logged in by accepting, inside the tenant
    assert set(await members(client, rep)) == {owner.email, rep.email}


async def test_an_existing_user_accepts_while_logged_in(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    invited = await invite(client, first, second.email, "ADMIN")
    token = sent_invitation_token(invited["invitation"]["id"])
    body = await graphql(client, ACCEPT, {"input": {"token": token}}, token=second.token)
    payload = body["data"]["acceptInvitation"]
    assert payload["errors"] == [] and payload["token"] is None
    assert payload["membership"]["tenant"]["id"] == first.tenant_id
    assert (await members(client, first))[second.email]["role"] == "ADMIN"


@pytest.mark.parametrize(
    ("token_of", "who", "code"),
    [
        (lambda token: token + "x", "new", "INVITATION_INVALID"),
        (lambda token: "not-a-token", "new", "INVITATION_INVALID"),
        (lambda token: token, "other-user", "INVITATION_EMAIL_MISMATCH"),
    ],
)
async def test_bad_acceptance_is_refused_and_joins_nobody(
    client: httpx.AsyncClient, token_of: Any, who: str, code: str
) -> None:
    owner = await sign_up(client)
    invited = await invite(client, owner, unique_email("invitee"), "MARKETING")
    token = token_of(sent_invitation_token(invited["invitation"]["id"]))
    other = await sign_up(client, company="Other AS")
    body = await graphql(
        client,
        ACCEPT,
        {"input": {"token": token, "name": "Invitee", "password": PASSWORD}},
        token=other.token if who == "other-user" else None,
    )
    assert [e["code"] for e in body["data"]["acceptInvitation"]["errors"]] == [code]
    assert set(await members(client, owner)) == {owner.email}


async def test_an_invitation_works_once(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    email = unique_email("once")
    invited = await invite(client, owner, email, "MARKETING")
    accept = {"token": sent_invitation_token(invited["invitation"]["id"]), "name": "Once"}
    first = await graphql(client, ACCEPT, {"input": {**accept, "password": PASSWORD}})
    assert first["data"]["acceptInvitation"]["errors"] == []
    again = await graphql(client, ACCEPT, {"input": {**accept, "password": PASSWORD}})
    assert [e["code"] for e in again["data"]["acceptInvitation"]["errors"]] == [
        "INVITATION_INVALID"
    ]


async def test_new_account_needs_a_good_password_and_writes_nothing_otherwise(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    invited = await invite(client, owner, unique_email("weak"), "MARKETING")
    token = sent_invitation_token(invited["invitation"]["id"])
    weak = await graphql(client, ACCEPT, {"input": {"token": token, "name": "W", "password": "x"}})
    assert [e["code"] for e in weak["data"]["acceptInvitation"]["errors"]] == ["PASSWORD_TOO_WEAK"]
    assert set(await members(client, owner)) == {owner.email}
    # the invitation is still good after the refusal
    good = await graphql(
        client, ACCEPT, {"input": {"token": token, "name": "W", "password": PASSWORD}}
    )
    assert good["data"]["acceptInvitation"]["errors"] == []


async def test_revoked_and_replaced_invitations_stop_working(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    email = unique_email("revoked")
    first = await invite(client, owner, email, "MARKETING")
    second = await invite(client, owner, email, "SALES_REP")
    revoked = await graphql(
        client, REVOKE, {"input": {"invitationId": second["invitation"]["id"]}}, account=owner
    )
    assert revoked["data"]["revokeInvitation"]["invitation"]["status"] == "REVOKED"
    statuses = await graphql(client, INVITATIONS, account=owner)
    assert [e["node"]["status"] for e in statuses["data"]["tenant"]["invitations"]["edges"]] == [
        "REVOKED",
        "REVOKED",
    ]
    for invitation in (first, second):
        token = sent_invitation_token(invitation["invitation"]["id"])
        body = await graphql(
            client, ACCEPT, {"input": {"token": token, "name": "R", "password": PASSWORD}}
        )
        assert body["data"]["acceptInvitation"]["errors"][0]["code"] == "INVITATION_INVALID"


@pytest.mark.parametrize(
    ("email", "role", "field", "code"),
    [
        ("nope", "SALES_REP", "email", "EMAIL_INVALID"),
        (None, "SALES_REP", "email", "ALREADY_MEMBER"),
    ],
)
async def test_bad_invitations_get_typed_errors(
    client: httpx.AsyncClient, email: str | None, role: str, field: str, code: str
) -> None:
    owner = await sign_up(client)
    payload = await invite(client, owner, email or owner.email, role)
    assert payload["invitation"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert (await graphql(client, INVITATIONS, account=owner))["data"]["tenant"]["invitations"][
        "edges"
    ] == []


@pytest.mark.parametrize("role", ["MARKETING", "SALES_MANAGER", "SALES_REP"])
async def test_only_owners_and_admins_manage_members(client: httpx.AsyncClient, role: str) -> None:
    owner = await sign_up(client)
    member = await join(client, owner, role)
    refusal = await graphql_refusal(
        client, INVITE, {"input": {"email": unique_email(), "role": "ADMIN"}}, account=member
    )
    assert refusal["extensions"]["code"] == "FORBIDDEN"
    listing = await graphql_refusal(client, INVITATIONS, account=member)
    assert listing["extensions"]["code"] == "FORBIDDEN"


async def test_an_admin_cannot_make_owners(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    admin = await join(client, owner, "ADMIN", name="admin")
    payload = await invite(client, admin, unique_email(), "OWNER")
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("role", "ROLE_NOT_ALLOWED")]
    rep = await join(client, owner, "SALES_REP", name="rep")
    rep_id = (await members(client, owner))[rep.email]["id"]
    body = await graphql(
        client, CHANGE_ROLE, {"input": {"membershipId": rep_id, "role": "OWNER"}}, account=admin
    )
    assert body["data"]["changeMemberRole"]["errors"] == [
        {"field": "role", "code": "ROLE_NOT_ALLOWED"}
    ]
    assert (await members(client, owner))[rep.email]["role"] == "SALES_REP"


async def test_change_role_and_remove_a_member(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    rep_id = (await members(client, owner))[rep.email]["id"]
    changed = await graphql(
        client,
        CHANGE_ROLE,
        {"input": {"membershipId": rep_id, "role": "SALES_MANAGER"}},
        account=owner,
    )
    assert changed["data"]["changeMemberRole"]["membership"] == {
        "id": rep_id,
        "role": "SALES_MANAGER",
    }
    removed = await graphql(client, REMOVE, {"input": {"membershipId": rep_id}}, account=owner)
    assert removed["data"]["removeMember"] == {"removedMembershipId": rep_id, "errors": []}
    assert set(await members(client, owner)) == {owner.email}
    # the removed person is no longer let into the tenant
    refusal = await graphql_refusal(client, MEMBERS, account=rep)
    assert refusal["extensions"]["code"] == "FORBIDDEN"


async def test_the_last_owner_stays(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    owner_id = (await members(client, owner))[owner.email]["id"]
    demoted = await graphql(
        client, CHANGE_ROLE, {"input": {"membershipId": owner_id, "role": "ADMIN"}}, account=owner
    )
    removed = await graphql(client, REMOVE, {"input": {"membershipId": owner_id}}, account=owner)
    assert demoted["data"]["changeMemberRole"]["errors"][0]["code"] == "LAST_OWNER"
    assert removed["data"]["removeMember"]["errors"][0]["code"] == "LAST_OWNER"
    # with a second owner, the first may step down
    second = await join(client, owner, "OWNER", name="second")
    assert (await members(client, owner))[second.email]["role"] == "OWNER"
    stepped_down = await graphql(
        client, CHANGE_ROLE, {"input": {"membershipId": owner_id, "role": "ADMIN"}}, account=owner
    )
    assert stepped_down["data"]["changeMemberRole"]["errors"] == []


async def test_another_tenants_members_are_out_of_reach(client: httpx.AsyncClient) -> None:
    # given two tenants
    first = await sign_up(client, company="First AS")
    rep = await join(client, first, "SALES_REP", name="rep")
    rep_id = (await members(client, first))[rep.email]["id"]
    second = await sign_up(client, company="Second AS")
    # when the second tenant's owner acts on the first tenant's member
    for mutation, variables in (
        (CHANGE_ROLE, {"input": {"membershipId": rep_id, "role": "ADMIN"}}),
        (REMOVE, {"input": {"membershipId": rep_id}}),
    ):
        body = await graphql(client, mutation, variables, account=second)
        payload = next(iter(body["data"].values()))
        assert payload["errors"] == [{"field": "membershipId", "code": "NOT_FOUND"}]
    # or names the first tenant in its requests
    spoofed = await graphql_refusal(client, MEMBERS, token=second.token, tenant_id=first.tenant_id)
    assert spoofed["extensions"]["code"] == "FORBIDDEN"
    # then nothing changed
    assert (await members(client, first))[rep.email]["role"] == "SALES_REP"


@pytest.mark.parametrize("bad_id", ["", "garbage", "VXNlcjox"])
async def test_malformed_ids_are_typed_errors(client: httpx.AsyncClient, bad_id: str) -> None:
    owner = await sign_up(client)
    body = await graphql(client, REMOVE, {"input": {"membershipId": bad_id}}, account=owner)
    assert body["data"]["removeMember"]["errors"] == [
        {"field": "membershipId", "code": "NOT_FOUND"}
    ]


AUDIT = """
query($first: Int, $after: String) {
  tenant {
    auditEvents(first: $first, after: $after) {
      edges { node { action details actor { email } subjectUser { email } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""


async def test_the_audit_trail_lists_changes_newest_first(client: httpx.AsyncClient) -> None:
    # given a tenant whose owner invites, promotes and removes a member
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    rep_id = (await members(client, owner))[rep.email]["id"]
    change = {"input": {"membershipId": rep_id, "role": "SALES_MANAGER"}}
    await graphql(client, CHANGE_ROLE, change, account=owner)
    await graphql(client, REMOVE, {"input": {"membershipId": rep_id}}, account=owner)
    # when the owner pages through the audit trail two at a time
    events: list[dict[str, Any]] = []
    after = None
    while True:
        body = await graphql(client, AUDIT, {"first": 2, "after": after}, account=owner)
        connection = body["data"]["tenant"]["auditEvents"]
        events += [edge["node"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    # then every change is there, newest first, with who did it to whom
    assert [event["action"] for event in events] == [
        "member.removed",
        "member.role_changed",
        "member.joined",
        "member.invited",
        "tenant.signed_up",
    ]
    assert events[1]["details"] == {"from": "sales_rep", "to": "sales_manager"}
    assert events[1]["actor"] == {"email": owner.email}
    assert events[1]["subjectUser"] == {"email": rep.email}


async def test_the_audit_trail_is_for_owners_and_admins(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    refusal = await graphql_refusal(client, AUDIT, account=manager)
    assert refusal["extensions"]["code"] == "FORBIDDEN"
    other = await sign_up(client, company="Other AS")
    spoofed = await graphql_refusal(client, AUDIT, token=other.token, tenant_id=owner.tenant_id)
    assert spoofed["extensions"]["code"] == "FORBIDDEN"


async def test_another_tenants_invitation_cannot_be_revoked(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    invited = await invite(client, first, unique_email("invitee"), "MARKETING")
    second = await sign_up(client, company="Second AS")
    for invitation_id in (invited["invitation"]["id"], "garbage"):
        body = await graphql(
            client, REVOKE, {"input": {"invitationId": invitation_id}}, account=second
        )
        assert body["data"]["revokeInvitation"]["errors"] == [
            {"field": "invitationId", "code": "NOT_FOUND"}
        ]
    statuses = await graphql(client, INVITATIONS, account=first)
    assert [e["node"]["status"] for e in statuses["data"]["tenant"]["invitations"]["edges"]] == [
        "PENDING"
    ]
