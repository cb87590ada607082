"""A lead's way through the funnel: qualify, move, win, lose, disqualify, reopen."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, sign_up

RESULT = """
  lead { stage { name } wonAmount closedReason closedAt
         stageHistory { fromStage { name } toStage { name } } }
  errors { field code }
"""
OPERATIONS = {
    name: f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {RESULT} }} }}"
    for name, input_type in (
        ("moveLead", "MoveLeadInput"),
        ("qualifyLead", "QualifyLeadInput"),
        ("winLead", "WinLeadInput"),
        ("loseLead", "CloseLeadInput"),
        ("disqualifyLead", "CloseLeadInput"),
        ("reopenLead", "ReopenLeadInput"),
    )
}
CREATE_LEAD = 'mutation { createLead(input: {lead: {name: "Kari"}}) { lead { id } } }'
STAGES = "query { tenant { funnelStages { edges { node { id name } } } } }"
FEED = """
query($id: ID!) {
  lead(id: $id) {
    activities { edges { node { kind details {
      ... on StageChangedDetails { fromStageName toStageName wonAmount }
    } } } }
  }
}
"""


async def new_lead(client: httpx.AsyncClient, account: Account) -> str:
    lead_id: str = (await graphql(client, CREATE_LEAD, account=account))["data"]["createLead"][
        "lead"
    ]["id"]
    return lead_id


async def stage_ids(client: httpx.AsyncClient, account: Account) -> dict[str, str]:
    body = await graphql(client, STAGES, account=account)
    return {
        e["node"]["name"]: e["node"]["id"] for e in body["data"]["tenant"]["funnelStages"]["edges"]
    }


async def run(
    client: httpx.AsyncClient, account: Account, operation: str, **fields: Any
) -> dict[str, Any]:
    body = await graphql(client, OPERATIONS[operation], {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"][operation]
    return payload


async def test_a_lead_is_qualified_moved_won_and_its_history_kept(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    lead = await new_lead(client, owner)
    stages = await stage_ids(client, owner)
    mql = await run(client, owner, "qualifyLead", leadId=lead, milestone="MQL")
    assert mql["lead"]["stage"] == {"name": "Marketing qualified lead"}
    moved = await run(client, owner, "moveLead", leadId=lead, stageId=stages["Prospect"])
    assert moved["lead"]["stage"] == {"name": "Prospect"}
    won = await run(client, owner, "winLead", leadId=lead, amount="125000.5")
    assert won["errors"] == []
    assert (won["lead"]["stage"], won["lead"]["wonAmount"]) == ({"name": "Customer"}, "125000.50")
    assert won["lead"]["closedAt"] is not None
    assert [
        (change["fromStage"] and change["fromStage"]["name"], change["toStage"]["name"])
        for change in won["lead"]["stageHistory"]
    ] == [
        (None, "Suspect"),
        ("Suspect", "Marketing qualified lead"),
        ("Marketing qualified lead", "Prospect"),
        ("Prospect", "Customer"),
    ]
    feed = await graphql(client, FEED, {"id": lead}, account=owner)
    latest = feed["data"]["lead"]["activities"]["edges"][0]["node"]
    assert latest == {
        "kind": "STAGE_CHANGED",
        "details": {
            "fromStageName": "Prospect",
            "toStageName": "Customer",
            "wonAmount": "125000.50",
        },
    }


@pytest.mark.parametrize(
    ("operation", "stage", "reason"),
    [
        ("loseLead", "Lost", "Bought a competitor's product"),
        ("disqualifyLead", "Disqualified", "Student"),
    ],
)
async def test_a_lead_is_closed_with_its_reason_and_reopened(
    client: httpx.AsyncClient, operation: str, stage: str, reason: str
) -> None:
    owner = await sign_up(client)
    lead = await new_lead(client, owner)
    closed = await run(client, owner, operation, leadId=lead, reason=f"  {reason} ")
    assert (closed["lead"]["stage"]["name"], closed["lead"]["closedReason"]) == (stage, reason)
    reopened = await run(client, owner, "reopenLead", leadId=lead)
    assert reopened["lead"]["stage"] == {"name": "Suspect"}
    assert reopened["lead"]["closedAt"] is None


@pytest.mark.parametrize(
    ("operation", "fields", "field", "code"),
    [
        ("winLead", {"amount": "0"}, "amount", "INVALID"),
        ("winLead", {"amount": "-10"}, "amount", "INVALID"),
        ("loseLead", {"reason": "   "}, "reason", "INVALID"),
        ("disqualifyLead", {"reason": "x" * 501}, "reason", "INVALID"),
        ("qualifyLead", {"milestone": "CUSTOMER"}, "milestone", "INVALID"),
        ("moveLead", {"stageId": "garbage"}, "stageId", "NOT_FOUND"),
        ("reopenLead", {}, "leadId", "ILLEGAL_MOVE"),
        ("winLead", {"amount": "10", "leadId": "garbage"}, "leadId", "NOT_FOUND"),
    ],
)
async def test_bad_or_illegal_operations_are_refused_and_change_nothing(
    client: httpx.AsyncClient, operation: str, fields: dict[str, Any], field: str, code: str
) -> None:
    owner = await sign_up(client)
    lead = await new_lead(client, owner)
    payload = await run(client, owner, operation, **{"leadId": lead, **fields})
    assert payload == {"lead": None, "errors": [{"field": field, "code": code}]}
    feed = await graphql(client, FEED, {"id": lead}, account=owner)
    assert [e["node"]["kind"] for e in feed["data"]["lead"]["activities"]["edges"]] == ["CREATED"]


async def test_the_lifecycle_refuses_illegal_moves(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    stages = await stage_ids(client, owner)
    lead = await new_lead(client, owner)
    # closing takes win, lose or disqualify; a stage is not entered twice
    into_won = await run(client, owner, "moveLead", leadId=lead, stageId=stages["Customer"])
    into_same = await run(client, owner, "moveLead", leadId=lead, stageId=stages["Suspect"])
    assert into_won["errors"] == [{"field": "stageId", "code": "ILLEGAL_MOVE"}]
    assert into_same["errors"] == [{"field": "stageId", "code": "ILLEGAL_MOVE"}]
    # qualification goes forward only
    await run(client, owner, "qualifyLead", leadId=lead, milestone="SQL")
    back = await run(client, owner, "qualifyLead", leadId=lead, milestone="MQL")
    assert back["errors"] == [{"field": "milestone", "code": "ILLEGAL_MOVE"}]
    # a closed lead is reopened before anything else, and only into an open stage
    await run(client, owner, "loseLead", leadId=lead, reason="No budget")
    for operation, fields in (
        ("winLead", {"amount": "10"}),
        ("moveLead", {"stageId": stages["Prospect"]}),
        ("loseLead", {"reason": "Twice"}),
    ):
        refused = await run(client, owner, operation, leadId=lead, **fields)
        assert refused["errors"] == [{"field": "leadId", "code": "ILLEGAL_MOVE"}]
    into_lost = await run(client, owner, "reopenLead", leadId=lead, stageId=stages["Lost"])
    assert into_lost["errors"] == [{"field": "stageId", "code": "ILLEGAL_MOVE"}]


async def test_a_funnel_without_the_milestone_says_so(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    stages = await stage_ids(client, owner)
    delete = "mutation($id: ID!) { deleteFunnelStage(input: {stageId: $id}) { errors { code } } }"
    assert (await graphql(client, delete, {"id": stages["Disqualified"]}, account=owner))["data"][
        "deleteFunnelStage"
    ]["errors"] == []
    lead = await new_lead(client, owner)
    payload = await run(client, owner, "disqualifyLead", leadId=lead, reason="Student")
    assert payload["errors"] == [{"field": "milestone", "code": "NO_SUCH_MILESTONE"}]


async def test_another_tenants_leads_cannot_be_moved(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    lead = await new_lead(client, first)
    payload = await run(client, second, "winLead", leadId=lead, amount="10")
    assert payload["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    their_stage = (await stage_ids(client, second))["Prospect"]
    mine = await new_lead(client, first)
    crossed = await run(client, first, "moveLead", leadId=mine, stageId=their_stage)
    assert crossed["errors"] == [{"field": "stageId", "code": "NOT_FOUND"}]
    refusal = await graphql_refusal(
        client, OPERATIONS["winLead"], {"input": {"leadId": lead, "amount": "10"}}
    )
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"
