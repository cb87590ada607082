"""People log notes, calls, emails and meetings on leads; the feed pages latest first."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, sign_up

CREATE_LEAD = """
mutation { createLead(input: {lead: {name: "Kari Nordmann"}}) { lead { id } } }
"""
LOG = """
mutation($input: LogActivityInput!) {
  logActivity(input: $input) {
    activity { kind details { ... on LoggedDetails { body } } occurredAt }
    errors { field code }
  }
}
"""
FEED = """
query($id: ID!, $first: Int, $after: String) {
  lead(id: $id) {
    activities(first: $first, after: $after) {
      edges { node { kind } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""


async def new_lead(client: httpx.AsyncClient, account: Account) -> str:
    body = await graphql(client, CREATE_LEAD, account=account)
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def log(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, LOG, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["logActivity"]
    return payload


async def feed(client: httpx.AsyncClient, account: Account, lead_id: str) -> list[dict[str, Any]]:
    """The whole feed, fetched two at a time."""
    items: list[dict[str, Any]] = []
    after = None
    while True:
        body = await graphql(
            client, FEED, {"id": lead_id, "first": 2, "after": after}, account=account
        )
        connection = body["data"]["lead"]["activities"]
        items += [edge["node"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            return items
        after = connection["pageInfo"]["endCursor"]


async def test_logged_activities_join_the_feed_by_when_they_happened(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    lead_id = await new_lead(client, owner)
    yesterday = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    call = await log(
        client, owner, leadId=lead_id, kind="CALL", body="Wants a demo.", occurredAt=yesterday
    )
    assert call["errors"] == []
    note = await log(client, owner, leadId=lead_id, kind="NOTE", body="Line one\nLine two")
    assert note["activity"]["details"] == {"body": "Line one\nLine two"}
    await log(client, owner, leadId=lead_id, kind="MEETING", body="Met at the fair.")
    # latest first: the two logged now, the creation, then yesterday's call
    kinds = [item["kind"] for item in await feed(client, owner, lead_id)]
    assert kinds == ["MEETING", "NOTE", "CREATED", "CALL"]


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"kind": "CREATED", "body": "I made it"}, "kind", "INVALID"),
        ({"kind": "NOTE", "body": "   "}, "body", "INVALID"),
        ({"kind": "NOTE", "body": "x" * 10_001}, "body", "INVALID"),
        ({"kind": "NOTE", "body": "bell\u0007"}, "body", "INVALID"),
        (
            {"kind": "CALL", "body": "From the future", "occurredAt": "2999-01-01T00:00:00Z"},
            "occurredAt",
            "INVALID",
        ),
        ({"kind": "NOTE", "body": "Hello", "leadId": "garbage"}, "leadId", "NOT_FOUND"),
        ({"kind": "NOTE", "body": "Hei", "outcome": "CONNECTED"}, "outcome", "INVALID"),
        ({"kind": "MEETING", "body": "Møte", "durationSeconds": 60}, "durationSeconds", "INVALID"),
        (
            {"kind": "CALL", "body": "Lang samtale", "durationSeconds": 86_401},
            "durationSeconds",
            "INVALID",
        ),
        ({"kind": "CALL", "body": "Baklengs", "durationSeconds": -1}, "durationSeconds", "INVALID"),
    ],
)
async def test_bad_activities_are_refused_and_nothing_is_logged(
    client: httpx.AsyncClient, fields: dict[str, Any], field: str, code: str
) -> None:
    owner = await sign_up(client)
    lead_id = await new_lead(client, owner)
    payload = await log(client, owner, **{"leadId": lead_id, **fields})
    assert payload == {"activity": None, "errors": [{"field": field, "code": code}]}
    assert [item["kind"] for item in await feed(client, owner, lead_id)] == ["CREATED"]


async def test_another_tenants_leads_cannot_be_logged_on(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    lead_id = await new_lead(client, first)
    payload = await log(client, second, leadId=lead_id, kind="NOTE", body="Peeking")
    assert payload["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    assert [item["kind"] for item in await feed(client, first, lead_id)] == ["CREATED"]
    refusal = await graphql_refusal(
        client, LOG, {"input": {"leadId": lead_id, "kind": "NOTE", "body": "Anonymous"}}
    )
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"
