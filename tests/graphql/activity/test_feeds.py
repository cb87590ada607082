"""The feed as people follow it: the tenant's, a person's, a team's and a lead's,
newest first and of the kinds asked; marketing sees what sales does with its
leads and sales the marketing touches on theirs; a rep, the leads in reach."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up
from tests.graphql.activity.test_feed import CREATE, OPERATIONS, TEAM

FEED = """
query($feed: FeedInput, $first: Int, $after: String) {
  activityFeed(feed: $feed, first: $first, after: $after) {
    edges { node { kind occurred_at: occurredAt actor { ... on MemberActor { member { name } } } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
ADD_MEMBER = """
mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { errors { code } } }
"""


async def create(client: httpx.AsyncClient, account: Account, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"lead": lead}, account=account)
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def log(
    client: httpx.AsyncClient, account: Account, lead_id: str, kind: str, body: str
) -> None:
    result = await graphql(
        client,
        OPERATIONS["logActivity"],
        {"input": {"leadId": lead_id, "kind": kind, "body": body}},
        account=account,
    )
    assert result["data"]["logActivity"]["errors"] == [], result


async def feed(client: httpx.AsyncClient, account: Account, **wanted: Any) -> list[tuple[str, str]]:
    """(kind, who) of each activity on the feed's first page, newest first."""
    body = await graphql(client, FEED, {"feed": wanted or None, "first": 50}, account=account)
    edges = body["data"]["activityFeed"]["edges"]
    return [
        (edge["node"]["kind"], (edge["node"]["actor"].get("member") or {}).get("name", "system"))
        for edge in edges
    ]


@pytest.fixture
async def office(client: httpx.AsyncClient) -> dict[str, Any]:
    """A tenant with a rep on the sales team, a marketer, and three leads: the
    rep's, the team's and nobody's, each touched by someone."""
    owner = await sign_up(client, "Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rønnaug")
    marketer = await join(client, owner, "MARKETING", name="Åsmund")
    team = (await graphql(client, TEAM, {"name": "Salg Sør"}, account=owner))["data"]
    team_id = team["createTeam"]["team"]["id"]
    added = await graphql(
        client, ADD_MEMBER, {"input": {"teamId": team_id, "userId": rep.user_id}}, account=owner
    )
    assert added["data"]["addTeamMember"]["errors"] == []
    reps_lead = await create(client, owner, name="Kari Nordmann", ownerId=rep.user_id)
    teams_lead = await create(client, owner, name="Ola Bø", ownerTeamId=team_id)
    nobodys = await create(client, owner, name="Per Ås")
    await log(client, marketer, reps_lead, "NOTE", "Lastet ned brosjyren")
    await log(client, rep, reps_lead, "CALL", "Ringte, svarte ikke")
    await log(client, owner, nobodys, "MEETING", "Lunsj")
    return {
        "owner": owner,
        "rep": rep,
        "marketer": marketer,
        "team_id": team_id,
        "leads": (reps_lead, teams_lead, nobodys),
    }


async def test_the_tenants_feed_is_newest_first_and_of_the_kinds_asked(
    client: httpx.AsyncClient, office: dict[str, Any]
) -> None:
    owner = office["owner"]
    everything = await feed(client, owner)
    assert everything[:3] == [
        ("MEETING", "Owner Person"),
        ("CALL", "Rønnaug"),
        ("NOTE", "Åsmund"),
    ]
    assert sum(1 for kind, _ in everything if kind == "CREATED") == 3
    assert await feed(client, owner, kinds=["CALL", "NOTE", "CALL"]) == [
        ("CALL", "Rønnaug"),
        ("NOTE", "Åsmund"),
    ]


async def test_a_persons_feed_holds_what_they_did_and_what_happened_to_their_leads(
    client: httpx.AsyncClient, office: dict[str, Any]
) -> None:
    owner, rep, marketer = office["owner"], office["rep"], office["marketer"]
    # Sales sees the marketing touch on its lead; marketing sees what sales did after.
    assert await feed(client, owner, userId=rep.user_id, kinds=["NOTE", "CALL", "MEETING"]) == [
        ("CALL", "Rønnaug"),
        ("NOTE", "Åsmund"),
    ]
    assert await feed(client, owner, userId=marketer.user_id) == [("NOTE", "Åsmund")]


async def test_a_teams_feed_holds_its_members_and_its_leads(
    client: httpx.AsyncClient, office: dict[str, Any]
) -> None:
    teams_feed = await feed(client, office["owner"], teamId=office["team_id"])
    # the rep's lead (a member's) and the team's own: two creations, a call and a note
    assert sorted(teams_feed) == sorted(
        [("CALL", "Rønnaug"), ("NOTE", "Åsmund")] + [("CREATED", "Owner Person")] * 2
    )


async def test_a_leads_feed_and_a_reps_reach(
    client: httpx.AsyncClient, office: dict[str, Any]
) -> None:
    owner, rep = office["owner"], office["rep"]
    reps_lead, teams_lead, nobodys = office["leads"]
    assert await feed(client, owner, leadId=nobodys) == [
        ("MEETING", "Owner Person"),
        ("CREATED", "Owner Person"),
    ]
    # the rep follows the tenant: their lead and their team's, nobody's not at all
    seen = await feed(client, rep)
    assert ("MEETING", "Owner Person") not in seen
    assert sorted(seen) == sorted(
        [("CALL", "Rønnaug"), ("NOTE", "Åsmund")] + [("CREATED", "Owner Person")] * 2
    )
    assert await feed(client, rep, leadId=nobodys) == []
    stranger = await sign_up(client, "Havbris AS")
    assert await feed(client, stranger, leadId=reps_lead) == []
    assert await feed(client, stranger, userId=rep.user_id) == []
    assert await feed(client, stranger, leadId=teams_lead) == []


async def test_pages_follow_one_another(client: httpx.AsyncClient, office: dict[str, Any]) -> None:
    owner = office["owner"]
    everything = await feed(client, owner)
    first = await graphql(client, FEED, {"first": 2}, account=owner)
    page = first["data"]["activityFeed"]
    assert page["pageInfo"]["hasNextPage"] is True
    second = await graphql(
        client, FEED, {"first": 50, "after": page["pageInfo"]["endCursor"]}, account=owner
    )
    kinds = [
        edge["node"]["kind"] for edge in page["edges"] + second["data"]["activityFeed"]["edges"]
    ]
    assert kinds == [kind for kind, _ in everything]


@pytest.mark.parametrize(
    ("wanted", "field"),
    [
        ({"leadId": "TGVhZDox", "userId": "VXNlcjox"}, "feed"),
        ({"teamId": "nonsense"}, "feed.teamId"),
        ({"userId": "VGVhbTox"}, "feed.userId"),
    ],
    ids=["two at once", "not an id", "an id of another type"],
)
async def test_a_feed_asked_wrongly_is_refused(
    client: httpx.AsyncClient, wanted: dict[str, str], field: str
) -> None:
    owner = await sign_up(client)
    error = await graphql_refusal(client, FEED, {"feed": wanted}, account=owner)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
