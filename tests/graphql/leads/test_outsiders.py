"""Every lead operation refuses outsiders alike: another tenant, and a sales rep
outside the team that owns the lead. Nothing they send changes the lead."""

from datetime import timedelta
from typing import Any

import httpx
import pytest

from leadhub.db import utcnow
from tests.builders import Account, graphql, join, sign_up

IN_A_MONTH = (utcnow().date() + timedelta(days=30)).isoformat()

# Each operation, with its input built from the lead's id and a stage id of the
# outsider's own tenant (so only the lead is foreign), and the field it blames.
OPERATIONS: dict[str, tuple[str, Any, str]] = {
    "updateLead": (
        "UpdateLeadInput",
        lambda lead, _: {"leadId": lead, "lead": {"name": "X"}},
        "leadId",
    ),
    "moveLead": ("MoveLeadInput", lambda lead, stage: {"leadId": lead, "stageId": stage}, "leadId"),
    "qualifyLead": (
        "QualifyLeadInput",
        lambda lead, _: {"leadId": lead, "milestone": "SQL"},
        "leadId",
    ),
    "winLead": ("WinLeadInput", lambda lead, _: {"leadId": lead, "amount": "1"}, "leadId"),
    "loseLead": ("CloseLeadInput", lambda lead, _: {"leadId": lead, "reason": "X"}, "leadId"),
    "disqualifyLead": ("CloseLeadInput", lambda lead, _: {"leadId": lead, "reason": "X"}, "leadId"),
    "reopenLead": ("ReopenLeadInput", lambda lead, _: {"leadId": lead}, "leadId"),
    "parkLead": ("ParkLeadInput", lambda lead, _: {"leadId": lead, "until": IN_A_MONTH}, "leadId"),
    "unparkLead": ("UnparkLeadInput", lambda lead, _: {"leadId": lead}, "leadId"),
    "recycleLead": (
        "RecycleLeadInput",
        lambda lead, _: {"leadId": lead, "until": IN_A_MONTH},
        "leadId",
    ),
    "logActivity": (
        "LogActivityInput",
        lambda lead, _: {"leadId": lead, "kind": "NOTE", "body": "X"},
        "leadId",
    ),
    "assignLeads": ("AssignLeadsInput", lambda lead, _: {"leadIds": [lead]}, "leadIds"),
    "moveLeads": (
        "MoveLeadsInput",
        lambda lead, stage: {"leadIds": [lead], "stageId": stage},
        "leadIds",
    ),
    "tagLeads": ("TagLeadsInput", lambda lead, _: {"leadIds": [lead], "tag": "x"}, "leadIds"),
    "untagLeads": ("TagLeadsInput", lambda lead, _: {"leadIds": [lead], "tag": "x"}, "leadIds"),
}
LEAD = """
query($id: ID!) { lead(id: $id) { name owner { email } stage { name } tags nurtureUntil
  activities { edges { node { kind } } } } }
"""


async def own_stage(client: httpx.AsyncClient, account: Account) -> str:
    body = await graphql(
        client, "query { tenant { funnelStages { edges { node { id name } } } } }", account=account
    )
    stages = {
        e["node"]["name"]: e["node"]["id"] for e in body["data"]["tenant"]["funnelStages"]["edges"]
    }
    return str(stages["Prospect"])


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("outsider_kind", ["another tenant", "rep outside the team"])
async def test_outsiders_cannot_touch_a_teams_lead(
    client: httpx.AsyncClient, operation: str, outsider_kind: str
) -> None:
    owner = await sign_up(client)
    insider = await join(client, owner, "SALES_REP", name="insider")
    team = await graphql(
        client, 'mutation { createTeam(input: {name: "North"}) { team { id } } }', account=owner
    )
    team_id = team["data"]["createTeam"]["team"]["id"]
    await graphql(
        client,
        """mutation($team: ID!, $user: ID!) {
             addTeamMember(input: {teamId: $team, userId: $user}) { errors { code } } }""",
        {"team": team_id, "user": insider.user_id},
        account=owner,
    )
    created = await graphql(
        client,
        """mutation($team: ID!) { createLead(input: {lead: {name: "Team lead",
             ownerTeamId: $team}}) { lead { id } } }""",
        {"team": team_id},
        account=owner,
    )
    lead_id = created["data"]["createLead"]["lead"]["id"]
    before = await graphql(client, LEAD, {"id": lead_id}, account=owner)
    # the team's rep works it; the outsider may not
    assert (await graphql(client, LEAD, {"id": lead_id}, account=insider))["data"]["lead"]
    if outsider_kind == "another tenant":
        outsider = await sign_up(client, company="Other AS")
    else:
        outsider = await join(client, owner, "SALES_REP", name="outsider")

    input_type, build, field = OPERATIONS[operation]
    body = await graphql(
        client,
        f"mutation($input: {input_type}!) {{"
        f" {operation}(input: $input) {{ errors {{ field code }} }} }}",
        {"input": build(lead_id, await own_stage(client, outsider))},
        account=outsider,
    )
    assert body["data"][operation]["errors"] == [{"field": field, "code": "NOT_FOUND"}]
    assert await graphql(client, LEAD, {"id": lead_id}, account=owner) == before
