"""What a tenant's commits tell its endpoints: one delivery per event and endpoint that
subscribes to it, made once, of events committed while the endpoint is enabled."""

from collections import Counter
from typing import Any

import httpx

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import Database
from leadhub.public_ids import public_id
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, row_id, sign_up, system_job
from tests.webhooks.conftest import create_endpoint, dispatched

EVERY_EVENT = [
    "LEAD_CREATED",
    "LEAD_UPDATED",
    "LEAD_STAGE_CHANGED",
    "LEAD_ASSIGNED",
    "LEAD_DELETED",
    "LEAD_MERGED",
    "ACTIVITY_LOGGED",
    "IMPORT_FINISHED",
    "GOAL_REACHED",
    "GOAL_BEHIND",
]
CREATE = """
mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } errors { code } } }
"""
STAGES = "{ tenant { funnelStages(first: 10) { edges { node { id name } } } } }"


async def _lead(client: httpx.AsyncClient, owner: Account, **fields: Any) -> str:
    body = await graphql(client, CREATE, {"lead": fields}, account=owner)
    payload = body["data"]["createLead"]
    assert payload["errors"] == [], payload
    return str(payload["lead"]["id"])


async def _mutate(client: httpx.AsyncClient, owner: Account, mutation: str, **fields: Any) -> None:
    body = await graphql(
        client,
        f"mutation($input: {mutation[0].upper()}{mutation[1:]}Input!)"
        f" {{ {mutation}(input: $input) {{ errors {{ field code }} }} }}",
        {"input": fields},
        account=owner,
    )
    assert body["data"][mutation]["errors"] == [], body


async def test_each_change_to_a_lead_is_its_event_naming_it_and_who_did_it(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS", default_region="NO")
    await create_endpoint(client, owner, "https://hooks.example/alle", EVERY_EVENT)
    await create_endpoint(client, owner, "https://hooks.example/slettet", ["LEAD_DELETED"])

    async def then(mutation: str, **fields: Any) -> None:
        """The mutation, and the dispatch its commit asks for (the worker runs it then)."""
        await _mutate(client, owner, mutation, **fields)
        await dispatched(database, owner)

    kari = await _lead(client, owner, name="Kari Nordmann", phone="412 34 567")
    await then("updateLead", leadId=kari, lead={"company": "Fjordkraft AS"})
    stages = (await graphql(client, STAGES, account=owner))["data"]["tenant"]["funnelStages"]
    await then("moveLead", leadId=kari, stageId=stages["edges"][1]["node"]["id"])
    await then("assignLeads", leadIds=[kari], ownerId=owner.user_id)
    await then("logActivity", leadId=kari, kind="CALL", body="Ringte, svarte ikke")
    twin = await _lead(client, owner, name="Kari N.", email="kari@fjordkraft.example")
    await dispatched(database, owner)
    await then("mergeLeads", survivorId=kari, duplicateId=twin)
    per = await _lead(client, owner, name="Per Ærlig", phone="(+47) 92 67 88 28")
    await dispatched(database, owner)
    await then("deleteLeads", leadIds=[per])

    deliveries = await dispatched(database, owner)
    to_all = [d for d in deliveries if d.endpoint_id == row_id(_endpoint_ids(deliveries)[0])]
    told = [(d.event_type, d.payload["data"].get("leadId")) for d in to_all]
    assert told == [
        ("lead.created", kari),
        ("lead.updated", kari),
        ("lead.stage_changed", kari),
        ("lead.assigned", kari),
        ("activity.logged", kari),
        ("lead.created", twin),
        ("lead.merged", kari),
        ("lead.created", per),
        ("lead.deleted", per),
    ]
    merged = next(d for d in to_all if d.event_type == "lead.merged")
    assert merged.payload["data"]["mergedLeadId"] == twin
    logged = next(d for d in to_all if d.event_type == "activity.logged")
    assert logged.payload["data"]["actor"] == {
        "kind": "MEMBER",
        "userId": owner.user_id,
        "apiClientId": None,
    }
    assert logged.payload["timestamp"].endswith("Z")
    # Only its deletion goes to the endpoint of deletions; the merged twin's gone too,
    # but its merge said so.
    assert Counter(d.event_type for d in deliveries) == Counter(
        [event for event, _ in told] + ["lead.deleted"]
    )
    again = await dispatched(database, owner)
    assert [d.id for d in again] == [d.id for d in deliveries]  # nothing is made twice


def _endpoint_ids(deliveries: list[Any]) -> list[str]:
    """The endpoints' ids, the one of every event first (it has the most)."""
    counts = Counter(public_id("WebhookEndpoint", d.endpoint_id) for d in deliveries)
    return [endpoint for endpoint, _ in counts.most_common()]


async def test_a_tenants_own_news_are_events_too(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Havbris AS")
    await create_endpoint(
        client, owner, "https://hooks.example/", ["IMPORT_FINISHED", "GOAL_REACHED"]
    )
    import_id, goal_id = row_id(owner.tenant_id), row_id(owner.user_id)  # any ids will do
    tenant_job = system_job(row_id(owner.tenant_id))
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        summary = {"importId": str(import_id), "status": "finished", "created": 3}
        activity.record_for_tenant(work, kind=ActivityKind.IMPORTED, payload=summary)
        goal = {"goalId": str(goal_id), "name": "Nye leads", "metric": "lead_volume"}
        activity.record_for_tenant(work, kind=ActivityKind.GOAL_REACHED, payload=goal)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        # One written before its details were: it is told without them.
        activity.record_for_tenant(work, kind=ActivityKind.IMPORTED, payload={})
    told = [(d.event_type, d.payload["data"]) for d in await dispatched(database, owner)]
    *together, (last, odd) = told
    assert (last, odd["importId"], odd["status"]) == ("import.finished", None, None)
    # One transaction's events: in the order of their activities' ids, not of time.
    by_type = dict(together)
    assert sorted(by_type) == ["goal.reached", "import.finished"]
    assert by_type["import.finished"]["importId"] == public_id("LeadImport", import_id)
    assert by_type["import.finished"]["status"] == "FINISHED"
    assert by_type["goal.reached"]["goalId"] == public_id("Goal", goal_id)
    assert by_type["goal.reached"]["actor"]["kind"] == "SYSTEM"


async def test_an_endpoint_hears_only_what_was_committed_while_it_was_enabled(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Nordlys Marked AS")
    await _lead(client, owner, name="Før")
    endpoint, _ = await create_endpoint(client, owner, "https://hooks.example/", ["LEAD_CREATED"])
    heard = await _lead(client, owner, name="Hørt")
    await dispatched(database, owner)
    await _mutate(client, owner, "updateWebhookEndpoint", webhookEndpointId=endpoint, enabled=False)
    await _lead(client, owner, name="Mens av")
    await dispatched(database, owner)  # the log is read on while it is off
    await _mutate(client, owner, "updateWebhookEndpoint", webhookEndpointId=endpoint, enabled=True)
    after = await _lead(client, owner, name="Etter")
    told = [d.payload["data"]["leadId"] for d in await dispatched(database, owner)]
    assert told == [heard, after]
