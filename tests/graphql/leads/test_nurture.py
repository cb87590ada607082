"""Parking a lead for nurture, recycling a lost one, and ending the wait early."""

from datetime import timedelta
from typing import Any

import httpx

from leadhub.db import utcnow
from tests.builders import Account, graphql, sign_up

RESULT = """
  lead { stage { name } source { name } nurtureUntil closedReason
         activities { edges { node { kind details { ... on ParkedDetails { until } } } } } }
  errors { field code }
"""
OPERATIONS = {
    name: f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {RESULT} }} }}"
    for name, input_type in (
        ("parkLead", "ParkLeadInput"),
        ("recycleLead", "RecycleLeadInput"),
        ("unparkLead", "UnparkLeadInput"),
        ("loseLead", "CloseLeadInput"),
    )
}
CREATE_LEAD = 'mutation { createLead(input: {lead: {name: "Kari"}}) { lead { id } } }'
SOURCE = """
mutation($kind: SourceKind!) {
  createSource(input: {name: "Win-back", kind: $kind}) { source { id } }
}
"""
PARKED = "query { tenant { leads(filter: {parked: true}) { totalCount } } }"
IN_A_MONTH = (utcnow().date() + timedelta(days=30)).isoformat()


async def new_lead(client: httpx.AsyncClient, account: Account) -> str:
    body = await graphql(client, CREATE_LEAD, account=account)
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def run(
    client: httpx.AsyncClient, account: Account, operation: str, **fields: Any
) -> dict[str, Any]:
    body = await graphql(client, OPERATIONS[operation], {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"][operation]
    return payload


def kinds(lead: dict[str, Any]) -> list[str]:
    return [edge["node"]["kind"] for edge in lead["activities"]["edges"]]


async def parked_count(client: httpx.AsyncClient, account: Account) -> int:
    body = await graphql(client, PARKED, account=account)
    count: int = body["data"]["tenant"]["leads"]["totalCount"]
    return count


async def test_an_open_lead_is_parked_until_a_day_and_unparked(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    lead = await new_lead(client, owner)
    parked = await run(client, owner, "parkLead", leadId=lead, until=IN_A_MONTH)
    assert parked["errors"] == []
    assert parked["lead"]["nurtureUntil"] == IN_A_MONTH
    assert parked["lead"]["activities"]["edges"][0]["node"] == {
        "kind": "PARKED",
        "details": {"until": IN_A_MONTH},
    }
    assert await parked_count(client, owner) == 1

    unparked = await run(client, owner, "unparkLead", leadId=lead)
    assert unparked["lead"]["nurtureUntil"] is None
    assert kinds(unparked["lead"])[0] == "NURTURE_ENDED"
    assert await parked_count(client, owner) == 0
    again = await run(client, owner, "unparkLead", leadId=lead)
    assert again["errors"] == [{"field": "leadId", "code": "ILLEGAL_MOVE"}]


async def test_parking_takes_a_day_from_today_and_an_open_lead(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    other = await sign_up(client, company="Other AS")
    lead = await new_lead(client, owner)
    yesterday = (utcnow().date() - timedelta(days=1)).isoformat()
    refused = await run(client, owner, "parkLead", leadId=lead, until=yesterday)
    assert refused["errors"] == [{"field": "until", "code": "INVALID"}]
    stolen = await run(client, other, "parkLead", leadId=lead, until=IN_A_MONTH)
    assert stolen["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    await run(client, owner, "loseLead", leadId=lead, reason="Bought elsewhere")
    closed = await run(client, owner, "parkLead", leadId=lead, until=IN_A_MONTH)
    assert closed["errors"] == [{"field": "leadId", "code": "ILLEGAL_MOVE"}]
    assert await parked_count(client, owner) == 0
    # today is allowed (it is tomorrow somewhere): the next sweep returns it
    reopened = await new_lead(client, owner)
    today = utcnow().date().isoformat()
    assert (await run(client, owner, "parkLead", leadId=reopened, until=today))["errors"] == []


async def test_a_lost_lead_is_recycled_into_nurture(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    lead = await new_lead(client, owner)
    open_lead = await run(client, owner, "recycleLead", leadId=lead, until=IN_A_MONTH)
    assert open_lead["errors"] == [{"field": "leadId", "code": "ILLEGAL_MOVE"}]
    await run(client, owner, "loseLead", leadId=lead, reason="Bought a competitor's product")
    advertising = await graphql(client, SOURCE, {"kind": "ADVERTISING"}, account=owner)
    wrong_kind = advertising["data"]["createSource"]["source"]["id"]
    refused = await run(
        client, owner, "recycleLead", leadId=lead, until=IN_A_MONTH, sourceId=wrong_kind
    )
    assert refused["errors"] == [{"field": "sourceId", "code": "INVALID"}]
    assert await parked_count(client, owner) == 0  # still lost, nothing written

    await graphql(
        client,
        'mutation { createSource(input: {name: "Recycled", kind: RECYCLED}) { source { id } } }',
        account=owner,
    )
    sources = await graphql(
        client, "query { tenant { sources { edges { node { id kind } } } } }", account=owner
    )
    [recycled_source] = [
        edge["node"]["id"]
        for edge in sources["data"]["tenant"]["sources"]["edges"]
        if edge["node"]["kind"] == "RECYCLED"
    ]
    recycled = await run(
        client, owner, "recycleLead", leadId=lead, until=IN_A_MONTH, sourceId=recycled_source
    )
    assert recycled["errors"] == []
    assert recycled["lead"]["stage"] == {"name": "Suspect"}
    assert recycled["lead"]["source"] == {"name": "Recycled"}
    assert recycled["lead"]["closedReason"] is None
    assert recycled["lead"]["nurtureUntil"] == IN_A_MONTH
    assert kinds(recycled["lead"])[:2] == ["PARKED", "STAGE_CHANGED"]
