"""Bulk actions: up to 1,000 leads a call, all or nothing, each lead's feed kept."""

from typing import Any

import httpx

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

BULK_RESULT = """
  leads { name owner { email } ownerTeam { name } stage { name } tags }
  errors { field code message }
"""
OPERATIONS = {
    name: f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {BULK_RESULT} }} }}"
    for name, input_type in (
        ("assignLeads", "AssignLeadsInput"),
        ("moveLeads", "MoveLeadsInput"),
        ("tagLeads", "TagLeadsInput"),
        ("untagLeads", "TagLeadsInput"),
    )
}
DELETE = """
mutation($input: DeleteLeadsInput!) {
  deleteLeads(input: $input) { deletedLeadIds errors { field code } }
}
"""
CREATE = """
mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } } }
"""
LEADS = """
query { tenant { leads(orderBy: NAME, descending: false) {
  edges { node { name stage { name } tags } } } } }
"""
STAGES = "query { tenant { funnelStages { edges { node { id name } } } } }"
FEED = "query($id: ID!) { lead(id: $id) { activities { edges { node { kind } } } } }"


async def create(client: httpx.AsyncClient, account: Account, name: str, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"lead": {"name": name, **lead}}, account=account)
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def run(
    client: httpx.AsyncClient, account: Account, operation: str, **fields: Any
) -> dict[str, Any]:
    body = await graphql(client, OPERATIONS[operation], {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"][operation]
    return payload


async def stage_id(client: httpx.AsyncClient, account: Account, name: str) -> str:
    body = await graphql(client, STAGES, account=account)
    [found] = [
        edge["node"]["id"]
        for edge in body["data"]["tenant"]["funnelStages"]["edges"]
        if edge["node"]["name"] == name
    ]
    return str(found)


async def listed(client: httpx.AsyncClient, account: Account) -> list[dict[str, Any]]:
    body = await graphql(client, LEADS, account=account)
    return [edge["node"] for edge in body["data"]["tenant"]["leads"]["edges"]]


async def test_leads_are_assigned_moved_and_tagged_together(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    ids = [await create(client, owner, name) for name in ("A", "B", "C")]

    assigned = await run(client, owner, "assignLeads", leadIds=ids, ownerId=rep.user_id)
    assert assigned["errors"] == []
    assert [lead["owner"] for lead in assigned["leads"]] == [{"email": rep.email}] * 3
    sql = await stage_id(client, owner, "Sales qualified lead")
    moved = await run(client, rep, "moveLeads", leadIds=ids, stageId=sql)
    assert [lead["stage"]["name"] for lead in moved["leads"]] == ["Sales qualified lead"] * 3
    tagged = await run(client, rep, "tagLeads", leadIds=ids[:2], tag=" Spring ")
    assert [lead["tags"] for lead in tagged["leads"]] == [["spring"], ["spring"]]
    untagged = await run(client, rep, "untagLeads", leadIds=ids, tag="SPRING")
    assert [lead["tags"] for lead in untagged["leads"]] == [[], [], []]

    feed = await graphql(client, FEED, {"id": ids[0]}, account=owner)
    assert [edge["node"]["kind"] for edge in feed["data"]["lead"]["activities"]["edges"]] == [
        "UPDATED",  # untagged
        "UPDATED",  # tagged
        "STAGE_CHANGED",
        "ASSIGNED",
        "CREATED",
    ]
    # C was never tagged: untagging it wrote nothing
    feed = await graphql(client, FEED, {"id": ids[2]}, account=owner)
    assert len(feed["data"]["lead"]["activities"]["edges"]) == 3


async def test_one_lead_that_cannot_move_stops_them_all(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    ids = [await create(client, owner, name) for name in ("Open", "Closed")]
    await graphql(
        client,
        """mutation($id: ID!) {
             loseLead(input: {leadId: $id, reason: "No budget"}) { errors { code } } }""",
        {"id": ids[1]},
        account=owner,
    )
    sql = await stage_id(client, owner, "Sales qualified lead")
    refused = await run(client, owner, "moveLeads", leadIds=ids, stageId=sql)
    assert refused["leads"] == []
    [error] = refused["errors"]
    # the refusal names the lead by its place in the list, and by name
    assert (error["field"], error["code"]) == ("leadIds.1", "ILLEGAL_MOVE")
    assert error["message"].startswith("Closed: ")
    assert [lead["stage"]["name"] for lead in await listed(client, owner)] == ["Lost", "Suspect"]


async def test_bad_ids_and_too_many_are_refused(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    other = await sign_up(client, company="Other AS")
    mine = await create(client, owner, "Mine")
    theirs = await create(client, other, "Theirs")
    for lead_ids, refusals in (
        ([mine, theirs], [("leadIds.1", "NOT_FOUND")]),
        (["", mine, "not-an-id"], [("leadIds.0", "NOT_FOUND"), ("leadIds.2", "NOT_FOUND")]),
        ([], [("leadIds", "INVALID")]),
        ([mine] * 1001, [("leadIds", "INVALID")]),
    ):
        payload = await run(client, owner, "tagLeads", leadIds=lead_ids, tag="x")
        assert [(error["field"], error["code"]) for error in payload["errors"]] == refusals
    assert (await run(client, owner, "tagLeads", leadIds=[mine], tag=" "))["errors"][0][
        "field"
    ] == "tag"
    assert [lead["tags"] for lead in await listed(client, owner)] == [[]]
    assert [lead["tags"] for lead in await listed(client, other)] == [[]]


async def test_a_thousand_leads_take_one_call(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    first = await create(client, owner, "First")
    # the same lead a thousand times is one lead; the limit counts what is sent
    payload = await run(client, owner, "tagLeads", leadIds=[first] * 1000, tag="many")
    assert payload["errors"] == [] and len(payload["leads"]) == 1


async def test_a_rep_acts_only_on_leads_in_reach(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    own = await create(client, rep, "Rep's")
    others = await create(client, owner, "Owner's")
    refused = await run(client, rep, "tagLeads", leadIds=[own, others], tag="x")
    assert refused["errors"][0]["code"] == "NOT_FOUND"
    gift = await run(client, rep, "assignLeads", leadIds=[own], ownerId=owner.user_id)
    assert gift["errors"][0] == {
        "field": "ownerId",
        "code": "NOT_ALLOWED",
        "message": "Sales reps own the leads they work on.",
    }
    error = await graphql_refusal(client, DELETE, {"input": {"leadIds": [own]}}, account=rep)
    assert error["extensions"]["code"] == "FORBIDDEN"


async def test_deleted_leads_take_their_history_and_release_referrals(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    customer = await create(client, owner, "Customer")
    await graphql(
        client,
        """mutation($id: ID!) {
             winLead(input: {leadId: $id, amount: "100"}) { errors { code } } }""",
        {"id": customer},
        account=owner,
    )
    source = await graphql(
        client,
        'mutation { createSource(input: {name: "Friends", kind: REFERRAL}) { source { id } } }',
        account=owner,
    )
    referred = await create(
        client,
        owner,
        "Referred",
        sourceId=source["data"]["createSource"]["source"]["id"],
        referredById=customer,
    )
    body = await graphql(client, DELETE, {"input": {"leadIds": [customer]}}, account=owner)
    assert body["data"]["deleteLeads"] == {"deletedLeadIds": [customer], "errors": []}
    assert [lead["name"] for lead in await listed(client, owner)] == ["Referred"]
    lead = await graphql(
        client,
        "query($id: ID!) { lead(id: $id) { referredBy { name } } }",
        {"id": referred},
        account=owner,
    )
    assert lead["data"]["lead"]["referredBy"] is None
    trail = await graphql(
        client,
        "query { tenant { auditEvents(first: 1) { edges { node { action details } } } } }",
        account=owner,
    )
    assert trail["data"]["tenant"]["auditEvents"]["edges"][0]["node"] == {
        "action": "leads.deleted",
        "details": {"count": 1},
    }


async def test_bulk_targets_are_checked_before_anything_changes(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    other = await sign_up(client, company="Other AS")
    mine = await create(client, owner, "Mine")
    theirs = await create(client, other, "Theirs")
    their_team = await graphql(
        client, 'mutation { createTeam(input: {name: "Theirs"}) { team { id } } }', account=other
    )
    for fields, error in (
        ({"ownerId": other.user_id}, ("ownerId", "NOT_FOUND")),
        ({"ownerId": ""}, ("ownerId", "NOT_FOUND")),
        (
            {"ownerTeamId": their_team["data"]["createTeam"]["team"]["id"]},
            ("ownerTeamId", "NOT_FOUND"),
        ),
    ):
        payload = await run(client, owner, "assignLeads", leadIds=[mine], **fields)
        assert (payload["errors"][0]["field"], payload["errors"][0]["code"]) == error
    lost = await stage_id(client, owner, "Lost")
    closing = await run(client, owner, "moveLeads", leadIds=[mine], stageId=lost)
    assert (closing["errors"][0]["field"], closing["errors"][0]["code"]) == (
        "stageId",
        "ILLEGAL_MOVE",
    )
    body = await graphql(
        client, DELETE, {"input": {"leadIds": [mine, theirs, mine, theirs]}}, account=owner
    )
    assert body["data"]["deleteLeads"]["errors"] == [{"field": "leadIds.1", "code": "NOT_FOUND"}]
    assert [lead["name"] for lead in await listed(client, owner)] == ["Mine"]
    assert [lead["name"] for lead in await listed(client, other)] == ["Theirs"]


async def test_a_lead_holds_fifty_tags_at_most(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    full = await create(client, owner, "Full", tags=[f"tag{n}" for n in range(50)])
    roomy = await create(client, owner, "Roomy")
    payload = await run(client, owner, "tagLeads", leadIds=[roomy, full], tag="one more")
    assert (payload["errors"][0]["field"], payload["errors"][0]["code"]) == ("leadIds.1", "INVALID")
    assert payload["errors"][0]["message"].startswith("Full ")
    assert [len(lead["tags"]) for lead in await listed(client, owner)] == [50, 0]
