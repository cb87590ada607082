"""Teams: managed by owners, admins and sales managers; members come from the tenant."""

from typing import Any

import httpx

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

TEAM_FIELDS = "team { id name members { email } } errors { field code }"
CREATE = f"""
mutation($name: String!) {{ createTeam(input: {{name: $name}}) {{ {TEAM_FIELDS} }} }}
"""
RENAME = f"""
mutation($id: ID!, $name: String!) {{
  renameTeam(input: {{teamId: $id, name: $name}}) {{ {TEAM_FIELDS} }}
}}
"""
ADD = f"""
mutation($team: ID!, $user: ID!) {{
  addTeamMember(input: {{teamId: $team, userId: $user}}) {{ {TEAM_FIELDS} }}
}}
"""
REMOVE = f"""
mutation($team: ID!, $user: ID!) {{
  removeTeamMember(input: {{teamId: $team, userId: $user}}) {{ {TEAM_FIELDS} }}
}}
"""
DELETE = """
mutation($id: ID!) { deleteTeam(input: {teamId: $id}) { deletedTeamId errors { field code } } }
"""
TEAMS = "query { tenant { teams { edges { node { name members { email } } } } } }"
AUDIT = "query { tenant { auditEvents(first: 10) { edges { node { action details } } } } }"


async def create_team(client: httpx.AsyncClient, account: Account, name: str) -> dict[str, Any]:
    body = await graphql(client, CREATE, {"name": name}, account=account)
    payload: dict[str, Any] = body["data"]["createTeam"]
    return payload


async def teams(client: httpx.AsyncClient, account: Account) -> list[dict[str, Any]]:
    body = await graphql(client, TEAMS, account=account)
    return [edge["node"] for edge in body["data"]["tenant"]["teams"]["edges"]]


async def test_a_manager_builds_a_team_and_the_audit_trail_tells(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    rep = await join(client, owner, "SALES_REP", name="rep")
    created = await create_team(client, manager, "  North  ")
    assert created["errors"] == []
    team = created["team"]
    assert team["name"] == "North" and team["members"] == []

    for account in (rep, manager, rep):  # adding twice changes nothing
        added = await graphql(
            client, ADD, {"team": team["id"], "user": account.user_id}, account=manager
        )
        assert added["data"]["addTeamMember"]["errors"] == []
    renamed = await graphql(client, RENAME, {"id": team["id"], "name": "Nord"}, account=manager)
    assert renamed["data"]["renameTeam"]["team"]["name"] == "Nord"
    # members by name: "manager" before "rep"
    assert await teams(client, owner) == [
        {"name": "Nord", "members": [{"email": manager.email}, {"email": rep.email}]}
    ]

    removed = await graphql(
        client, REMOVE, {"team": team["id"], "user": rep.user_id}, account=manager
    )
    assert removed["data"]["removeTeamMember"]["team"]["members"] == [{"email": manager.email}]
    deleted = await graphql(client, DELETE, {"id": team["id"]}, account=manager)
    assert deleted["data"]["deleteTeam"] == {"deletedTeamId": team["id"], "errors": []}
    assert await teams(client, owner) == []

    trail = await graphql(client, AUDIT, account=owner)
    actions = [edge["node"]["action"] for edge in trail["data"]["tenant"]["auditEvents"]["edges"]]
    assert actions[:6] == [
        "team.deleted",
        "team.member_removed",
        "team.renamed",
        "team.member_added",
        "team.member_added",
        "team.created",
    ]


async def test_bad_team_input_is_refused_with_nothing_written(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    other = await sign_up(client, company="Other AS")
    team = (await create_team(client, owner, "North"))["team"]
    assert (await create_team(client, owner, "North"))["errors"] == [
        {"field": "name", "code": "NAME_TAKEN"}
    ]
    assert (await create_team(client, owner, " \n "))["errors"] == [
        {"field": "name", "code": "INVALID"}
    ]
    outsider = await graphql(
        client, ADD, {"team": team["id"], "user": other.user_id}, account=owner
    )
    assert outsider["data"]["addTeamMember"]["errors"] == [{"field": "userId", "code": "NOT_FOUND"}]
    not_on = await graphql(
        client, REMOVE, {"team": team["id"], "user": owner.user_id}, account=owner
    )
    assert not_on["data"]["removeTeamMember"]["errors"] == [
        {"field": "userId", "code": "NOT_FOUND"}
    ]
    # another tenant cannot see, rename or delete the team
    for mutation, variables in (
        (RENAME, {"id": team["id"], "name": "Mine"}),
        (DELETE, {"id": team["id"]}),
        (ADD, {"team": team["id"], "user": other.user_id}),
    ):
        body = await graphql(client, mutation, variables, account=other)
        payload = next(iter(body["data"].values()))
        assert payload["errors"] == [{"field": "teamId", "code": "NOT_FOUND"}]
    assert await teams(client, other) == []
    assert await teams(client, owner) == [{"name": "North", "members": []}]


async def test_only_owners_admins_and_sales_managers_manage_teams(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    for role in ("SALES_REP", "MARKETING"):
        member = await join(client, owner, role, name=role.lower())
        error = await graphql_refusal(client, CREATE, {"name": "Mine"}, account=member)
        assert error["extensions"]["code"] == "FORBIDDEN"
        # and every member may see the teams
        assert await teams(client, member) == []
    admin = await join(client, owner, "ADMIN", name="admin")
    assert (await create_team(client, admin, "Admins' team"))["errors"] == []


async def test_a_team_that_owns_leads_stays_until_they_move(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    team = (await create_team(client, owner, "North"))["team"]
    created = await graphql(
        client,
        """mutation($team: ID!) {
             createLead(input: {lead: {name: "Team lead", ownerTeamId: $team}}) {
               lead { id ownerTeam { name } } } }""",
        {"team": team["id"]},
        account=owner,
    )
    lead = created["data"]["createLead"]["lead"]
    assert lead["ownerTeam"] == {"name": "North"}
    refused = await graphql(client, DELETE, {"id": team["id"]}, account=owner)
    assert refused["data"]["deleteTeam"]["errors"] == [
        {"field": "teamId", "code": "TEAM_OWNS_LEADS"}
    ]
    await graphql(
        client,
        """mutation($id: ID!) {
             updateLead(input: {leadId: $id, lead: {ownerTeamId: null}}) { errors { code } } }""",
        {"id": lead["id"]},
        account=owner,
    )
    deleted = await graphql(client, DELETE, {"id": team["id"]}, account=owner)
    assert deleted["data"]["deleteTeam"]["errors"] == []


async def test_leaving_the_tenant_leaves_its_teams(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    team = (await create_team(client, owner, "North"))["team"]
    await graphql(client, ADD, {"team": team["id"], "user": rep.user_id}, account=owner)
    members = await graphql(
        client,
        "query { tenant { members { edges { node { id user { email } } } } } }",
        account=owner,
    )
    [membership] = [
        edge["node"]["id"]
        for edge in members["data"]["tenant"]["members"]["edges"]
        if edge["node"]["user"]["email"] == rep.email
    ]
    removed = await graphql(
        client,
        """mutation($id: ID!) { removeMember(input: {membershipId: $id}) { errors { code } } }""",
        {"id": membership},
        account=owner,
    )
    assert removed["data"]["removeMember"]["errors"] == []
    assert await teams(client, owner) == [{"name": "North", "members": []}]


ROSTER_FIELDS = "team { kind roster { user { email } active manages capacity weight } }"
CREATE_KIND = """
mutation($name: String!, $kind: TeamKind!) {
  createTeam(input: {name: $name, kind: $kind}) { team { id } }
}
"""
UPDATE_TEAM = """
mutation($input: UpdateTeamInput!) {
  updateTeam(input: $input) { team { name kind } errors { field code } }
}
"""
UPDATE_MEMBER = f"""
mutation($input: UpdateTeamMemberInput!) {{
  updateTeamMember(input: $input) {{ {ROSTER_FIELDS} errors {{ field code }} }}
}}
"""


async def test_a_team_member_takes_a_part_in_routing_a_manager_sets(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Nordlys Salg AS")
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    rep = await join(client, owner, "SALES_REP", name="rep")
    created = await graphql(
        client, CREATE_KIND, {"name": "Kampanjer", "kind": "MARKETING"}, account=manager
    )
    team_id = created["data"]["createTeam"]["team"]["id"]
    renamed = await graphql(
        client,
        UPDATE_TEAM,
        {"input": {"teamId": team_id, "name": "Innsalg Øst", "kind": "SALES"}},
        account=manager,
    )
    assert renamed["data"]["updateTeam"] == {
        "team": {"name": "Innsalg Øst", "kind": "SALES"},
        "errors": [],
    }
    for person in (rep, manager):
        await graphql(client, ADD, {"team": team_id, "user": person.user_id}, account=manager)

    async def change(account: Account, **fields: Any) -> dict[str, Any]:
        body = await graphql(
            client, UPDATE_MEMBER, {"input": {"teamId": team_id, **fields}}, account=account
        )
        payload: dict[str, Any] = body["data"]["updateTeamMember"]
        return payload

    # a rep takes twice the share, 40 leads at most; the manager manages and takes none
    assert (await change(manager, userId=rep.user_id, weight=2, capacity=40))["errors"] == []
    managing = await change(manager, userId=manager.user_id, manages=True, active=False)
    assert managing["team"]["roster"] == [
        {
            "user": {"email": manager.email},
            "active": False,
            "manages": True,
            "capacity": None,
            "weight": 1,
        },
        {
            "user": {"email": rep.email},
            "active": True,
            "manages": False,
            "capacity": 40,
            "weight": 2,
        },
    ]
    # each bad value is named; a null weight cannot clear it; a rep is no manager
    refused = await change(manager, userId=rep.user_id, weight=None, capacity=-1, manages=True)
    assert sorted(refused["errors"], key=lambda error: error["field"]) == [
        {"field": "capacity", "code": "INVALID"},
        {"field": "weight", "code": "INVALID"},
    ]
    refused = await change(manager, userId=rep.user_id, manages=True)
    assert refused["errors"] == [{"field": "manages", "code": "INVALID"}]
    # and a rep may not change the team at all
    error = await graphql_refusal(
        client,
        UPDATE_MEMBER,
        {"input": {"teamId": team_id, "userId": rep.user_id, "weight": 9}},
        account=rep,
    )
    assert error["extensions"]["code"] == "FORBIDDEN"


MEMBERSHIPS = "query { tenant { members { edges { node { id user { email } } } } } }"
DEMOTE = """
mutation($id: ID!) {
  changeMemberRole(input: {membershipId: $id, role: SALES_REP}) { errors { code } }
}
"""


async def test_a_manager_given_a_role_that_cannot_manage_manages_no_more(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    created = await graphql(client, CREATE, {"name": "Vest"}, account=owner)
    team_id = created["data"]["createTeam"]["team"]["id"]
    await graphql(client, ADD, {"team": team_id, "user": manager.user_id}, account=owner)
    named = {"input": {"teamId": team_id, "userId": manager.user_id, "manages": True}}
    await graphql(client, UPDATE_MEMBER, named, account=owner)
    # when the manager becomes a rep
    listed = await graphql(client, MEMBERSHIPS, account=owner)
    membership = next(
        edge["node"]["id"]
        for edge in listed["data"]["tenant"]["members"]["edges"]
        if edge["node"]["user"]["email"] == manager.email
    )
    await graphql(client, DEMOTE, {"id": membership}, account=owner)
    # then the roster says so, their part can still change, and naming them again is refused
    weighted = {"input": {"teamId": team_id, "userId": manager.user_id, "weight": 5}}
    changed = await graphql(client, UPDATE_MEMBER, weighted, account=owner)
    payload = changed["data"]["updateTeamMember"]
    assert payload["errors"] == []
    assert [(m["manages"], m["weight"]) for m in payload["team"]["roster"]] == [(False, 5)]
    again = await graphql(client, UPDATE_MEMBER, named, account=owner)
    assert again["data"]["updateTeamMember"]["errors"] == [{"field": "manages", "code": "INVALID"}]
