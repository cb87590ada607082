"""An activity names the lead it happened to, as the viewer may see that lead: the
feed loads the leads of a page at once, not one query each."""

import uuid

import httpx

from leadhub.activity.models import Activity, ActivityKind, ActorKind
from leadhub.db import Database
from leadhub.graphql.node import global_id
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, make_lead, row_id, sign_up, system_job
from tests.conftest import StatementCounter

FEED = """
query($first: Int) {
  activityFeed(first: $first) { edges { node { id kind lead { id name } } } }
}
"""
NODE = "query($id: ID!) { node(id: $id) { ... on Activity { lead { name } } } }"


async def leads_named(client: httpx.AsyncClient, account: Account, first: int = 50) -> list[object]:
    body = await graphql(client, FEED, {"first": first}, account=account)
    return [edge["node"]["lead"] for edge in body["data"]["activityFeed"]["edges"]]


async def record_of_the_tenant(database: Database, tenant_id: uuid.UUID) -> None:
    """An activity of no lead, as an import's summary is."""
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        work.session.add(
            Activity(
                lead_id=None,
                kind=ActivityKind.IMPORTED,
                payload={},
                actor_kind=ActorKind.SYSTEM,
            )
        )


async def test_each_activity_names_its_lead_and_one_of_the_tenant_none(
    client: httpx.AsyncClient, database: Database
) -> None:
    # given
    owner = await sign_up(client)
    first = await make_lead(database, owner, name="Åse Ødegård")
    second = await make_lead(database, owner, name="Kari Nordmann")
    await record_of_the_tenant(database, row_id(owner.tenant_id))
    # when
    named = await leads_named(client, owner)
    # then
    assert named == [
        None,
        {"id": global_id("Lead", second), "name": "Kari Nordmann"},
        {"id": global_id("Lead", first), "name": "Åse Ødegård"},
    ]


async def test_a_page_of_activities_loads_its_leads_at_once(
    client: httpx.AsyncClient, database: Database, statements: StatementCounter
) -> None:
    owner = await sign_up(client)
    for index in range(6):
        await make_lead(database, owner, name=f"Lead {index}")
    await leads_named(client, owner)  # the login read once, and kept
    counts = []
    for first in (1, 6):
        statements.count = 0
        assert len(await leads_named(client, owner, first)) == first
        counts.append(statements.count)
    assert counts[0] == counts[1]


async def test_another_tenants_activity_and_lead_stay_unseen(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    stranger = await sign_up(client, "Havbris AS")
    await make_lead(database, owner, name="Åse Ødegård")
    [activity] = (await graphql(client, FEED, account=owner))["data"]["activityFeed"]["edges"]
    # the stranger's feed is their own, and an id of the owner's finds nothing
    assert await leads_named(client, stranger) == []
    found = await graphql(client, NODE, {"id": activity["node"]["id"]}, account=stranger)
    assert found["data"]["node"] is None


async def test_a_deleted_leads_activities_go_with_it(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    kept = await make_lead(database, owner, name="Kari Nordmann")
    gone = await make_lead(database, owner, name="Per Ås")
    deleted = await graphql(
        client,
        "mutation($id: ID!) { deleteLeads(input: {leadIds: [$id]}) { errors { code } } }",
        {"id": global_id("Lead", gone)},
        account=owner,
    )
    assert deleted["data"]["deleteLeads"]["errors"] == []
    assert await leads_named(client, owner) == [
        {"id": global_id("Lead", kept), "name": "Kari Nordmann"}
    ]
