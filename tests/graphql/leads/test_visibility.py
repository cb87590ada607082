"""Sales reps see and change only the leads they own, unless the tenant lets them see all."""

from typing import Any

import httpx

from tests.builders import Account, graphql, join, sign_up

CREATE = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id owner { email } } errors { field code } }
}
"""
LEADS = "query { tenant { leads { edges { node { name } } } } }"
LEAD = "query($id: ID!) { lead(id: $id) { name activities { edges { node { kind } } } } }"
NODE = "query($id: ID!) { node(id: $id) { id } }"
UPDATE = """
mutation($id: ID!) {
  updateLead(input: {leadId: $id, lead: {name: "Taken"}}) { errors { field code } }
}
"""
WIN = """
mutation($id: ID!) { winLead(input: {leadId: $id, amount: "5"}) { errors { field code } } }
"""
LOG = """
mutation($id: ID!) {
  logActivity(input: {leadId: $id, kind: NOTE, body: "Peek"}) { errors { field code } }
}
"""
SETTINGS = """
mutation($all: Boolean!) {
  updateTenantSettings(input: {repsSeeAllLeads: $all}) { tenant { repsSeeAllLeads } }
}
"""
ME = "query { me { user { id } } }"


async def create(
    client: httpx.AsyncClient, account: Account, name: str, **fields: Any
) -> dict[str, Any]:
    body = await graphql(
        client, CREATE, {"input": {"lead": {"name": name, **fields}}}, account=account
    )
    payload: dict[str, Any] = body["data"]["createLead"]
    return payload


async def names(client: httpx.AsyncClient, account: Account) -> list[str]:
    body = await graphql(client, LEADS, account=account)
    return sorted(edge["node"]["name"] for edge in body["data"]["tenant"]["leads"]["edges"])


async def user_id(client: httpx.AsyncClient, account: Account) -> str:
    body = await graphql(client, ME, account=account)
    found: str = body["data"]["me"]["user"]["id"]
    return found


async def test_a_rep_sees_and_changes_only_their_own_leads(client: httpx.AsyncClient) -> None:
    # given a tenant with two reps and a lead owned by each, and one owned by nobody
    owner = await sign_up(client)
    ada = await join(client, owner, "SALES_REP", name="ada")
    bo = await join(client, owner, "SALES_REP", name="bo")
    theirs = (await create(client, owner, "Bo's lead", ownerId=await user_id(client, bo)))["lead"]
    await create(client, owner, "Nobody's lead")
    mine = await create(client, ada, "Ada's lead")
    # a lead a rep creates is theirs
    assert mine["lead"]["owner"] == {"email": ada.email}
    # then each rep lists only their own, and the owner lists all
    assert await names(client, ada) == ["Ada's lead"]
    assert await names(client, bo) == ["Bo's lead"]
    assert await names(client, owner) == ["Ada's lead", "Bo's lead", "Nobody's lead"]
    # and another rep's lead cannot be read, changed, moved or logged on
    for query in (LEAD, NODE):
        body = await graphql(client, query, {"id": theirs["id"]}, account=ada)
        assert next(iter(body["data"].values())) is None
    for mutation in (UPDATE, WIN, LOG):
        body = await graphql(client, mutation, {"id": theirs["id"]}, account=ada)
        payload = next(iter(body["data"].values()))
        assert payload["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    untouched = await graphql(client, LEAD, {"id": theirs["id"]}, account=bo)
    assert untouched["data"]["lead"]["name"] == "Bo's lead"
    assert [e["node"]["kind"] for e in untouched["data"]["lead"]["activities"]["edges"]] == [
        "CREATED"
    ]


async def test_a_rep_cannot_give_a_lead_away(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    payload = await create(client, rep, "Gift", ownerId=await user_id(client, owner))
    assert payload["errors"] == [{"field": "ownerId", "code": "NOT_ALLOWED"}]
    assert await names(client, owner) == []


async def test_managers_and_marketing_see_every_lead(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    await create(client, rep, "Rep's lead")
    await create(client, owner, "Owner's lead")
    for role in ("SALES_MANAGER", "MARKETING", "ADMIN"):
        member = await join(client, owner, role, name=role.lower())
        assert await names(client, member) == ["Owner's lead", "Rep's lead"]


async def test_the_tenant_can_let_reps_see_all(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    await create(client, owner, "Owner's lead")
    assert await names(client, rep) == []
    body = await graphql(client, SETTINGS, {"all": True}, account=owner)
    assert body["data"]["updateTenantSettings"]["tenant"] == {"repsSeeAllLeads": True}
    assert await names(client, rep) == ["Owner's lead"]
    await graphql(client, SETTINGS, {"all": False}, account=owner)
    assert await names(client, rep) == []


TEAM = """
mutation($name: String!) { createTeam(input: {name: $name}) { team { id } } }
"""
ADD_TO_TEAM = """
mutation($team: ID!, $user: ID!) {
  addTeamMember(input: {teamId: $team, userId: $user}) { errors { code } }
}
"""
REMOVE_FROM_TEAM = """
mutation($team: ID!, $user: ID!) {
  removeTeamMember(input: {teamId: $team, userId: $user}) { errors { code } }
}
"""


async def team_with(client: httpx.AsyncClient, owner: Account, name: str, *members: Account) -> str:
    body = await graphql(client, TEAM, {"name": name}, account=owner)
    team_id: str = body["data"]["createTeam"]["team"]["id"]
    for member in members:
        await graphql(client, ADD_TO_TEAM, {"team": team_id, "user": member.user_id}, account=owner)
    return team_id


async def test_a_rep_works_the_leads_of_their_teams(client: httpx.AsyncClient) -> None:
    # given reps on the north team, one on the south team, and a lead for each team
    owner = await sign_up(client)
    ada = await join(client, owner, "SALES_REP", name="ada")
    bo = await join(client, owner, "SALES_REP", name="bo")
    cy = await join(client, owner, "SALES_REP", name="cy")
    north = await team_with(client, owner, "North", ada, bo)
    south = await team_with(client, owner, "South", cy)
    north_lead = (await create(client, owner, "North lead", ownerTeamId=north))["lead"]
    await create(client, owner, "South lead", ownerTeamId=south)
    # then each rep sees their team's lead, and may change it
    assert await names(client, ada) == ["North lead"]
    assert await names(client, bo) == ["North lead"]
    assert await names(client, cy) == ["South lead"]
    body = await graphql(client, LOG, {"id": north_lead["id"]}, account=bo)
    assert body["data"]["logActivity"]["errors"] == []
    # a rep outside the owning team can neither read nor change it
    body = await graphql(client, LEAD, {"id": north_lead["id"]}, account=cy)
    assert body["data"]["lead"] is None
    body = await graphql(client, WIN, {"id": north_lead["id"]}, account=cy)
    assert body["data"]["winLead"]["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    # and a rep who leaves the team loses sight of its leads at once
    await graphql(client, REMOVE_FROM_TEAM, {"team": north, "user": bo.user_id}, account=owner)
    assert await names(client, bo) == []


async def test_a_rep_gives_leads_only_to_their_own_teams(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    mine = await team_with(client, owner, "Mine", rep)
    other = await team_with(client, owner, "Other")
    shared = await create(client, rep, "Shared", ownerTeamId=mine)
    assert shared["errors"] == []
    assert shared["lead"]["owner"] is None  # the team's, not the rep's alone
    refused = await create(client, rep, "Elsewhere", ownerTeamId=other)
    assert refused["errors"] == [{"field": "ownerTeamId", "code": "NOT_ALLOWED"}]
    assert await names(client, owner) == ["Shared"]


async def test_the_leads_list_filters_by_owning_team(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    north = await team_with(client, owner, "North")
    south = await team_with(client, owner, "South")
    for name, team in (("N", north), ("S", south), ("None", None)):
        await create(client, owner, name, ownerTeamId=team)
    body = await graphql(
        client,
        """query($teams: [ID!]!) { tenant {
             leads(filter: {teamIds: $teams}) { totalCount edges { node { name } } } } }""",
        {"teams": [north]},
        account=owner,
    )
    assert body["data"]["tenant"]["leads"]["totalCount"] == 1
    assert body["data"]["tenant"]["leads"]["edges"] == [{"node": {"name": "N"}}]
    another = await sign_up(client, company="Another AS")
    body = await create(client, another, "Sneaky", ownerTeamId=north)
    assert body["errors"] == [{"field": "ownerTeamId", "code": "NOT_FOUND"}]


async def test_a_rep_edits_a_teammates_lead_and_it_stays_theirs(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    ada = await join(client, owner, "SALES_REP", name="ada")
    bo = await join(client, owner, "SALES_REP", name="bo")
    north = await team_with(client, owner, "North", ada, bo)
    lead = (await create(client, ada, "Ada's", ownerId=ada.user_id, ownerTeamId=north))["lead"]
    kept = await graphql(
        client,
        """mutation($id: ID!, $owner: ID!, $team: ID!) {
             updateLead(input: {leadId: $id, lead: {name: "Renamed", ownerId: $owner,
               ownerTeamId: $team}}) { lead { owner { email } ownerTeam { name } } errors { code } }
           }""",
        {"id": lead["id"], "owner": ada.user_id, "team": north},
        account=bo,
    )
    assert kept["data"]["updateLead"] == {
        "lead": {"owner": {"email": ada.email}, "ownerTeam": {"name": "North"}},
        "errors": [],
    }
    # keeping Ada but dropping the team would take the lead out of Bo's reach
    dropped = await graphql(
        client,
        """mutation($id: ID!, $owner: ID!) {
             updateLead(input: {leadId: $id, lead: {ownerId: $owner, ownerTeamId: null}}) {
               errors { field code } } }""",
        {"id": lead["id"], "owner": ada.user_id},
        account=bo,
    )
    assert dropped["data"]["updateLead"]["errors"] == [{"field": "ownerId", "code": "NOT_ALLOWED"}]
    assert await names(client, ada) == ["Renamed"]
