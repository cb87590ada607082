"""A partner's incremental sync: leads(updatedSince:) and deletedLeads(since:), paged
while the tenant works, end in an exact mirror of the tenant's leads."""

import random
import uuid
from datetime import timedelta
from typing import Any

import httpx
from strawberry import relay

from leadhub.app import create_app
from leadhub.db import Database, utcnow
from leadhub.leads import service as lead_service
from leadhub.schedule import TENANT_SWEEPS
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, post, row_id, sign_up, system_job
from tests.oauth.conftest import register
from tests.oauth.partner import Registered, access_token

CHANGED = """
query($since: DateTime!, $after: String) {
  tenant { leads(updatedSince: $since, first: 7, after: $after) {
    edges { cursor node { id name email } } pageInfo { endCursor hasNextPage } } }
}
"""
DELETED = """
query($since: DateTime!, $after: String) {
  tenant { deletedLeads(since: $since, first: 5, after: $after) {
    edges { cursor node { leadId mergedIntoId } } pageInfo { endCursor hasNextPage } } }
}
"""
EPOCH = "2000-01-01T00:00:00Z"


class Partner:
    """A partner's mirror of the tenant's leads, kept by paging both lists."""

    def __init__(self, client: httpx.AsyncClient, token: str) -> None:
        self.client, self.token = client, token
        self.leads: dict[str, dict[str, Any]] = {}
        self.merged: dict[str, str] = {}
        self.cursors: dict[str, str | None] = {"leads": None, "deletedLeads": None}
        # Its first sync: before the tenant's work (and within deletions' retention).
        self.since = (utcnow() - timedelta(hours=1)).isoformat()

    async def page(self, field: str) -> bool:
        """One page of ``field`` after the last one read; whether there was one."""
        query = CHANGED if field == "leads" else DELETED
        variables = {"since": self.since, "after": self.cursors[field]}
        body = (await post(self.client, query, variables, token=self.token)).json()
        assert "errors" not in body, body
        connection = body["data"]["tenant"][field]
        for edge in connection["edges"]:
            node = edge["node"]
            if field == "leads":
                self.leads[node["id"]] = node
            else:
                self.leads.pop(node["leadId"], None)
                if node["mergedIntoId"]:
                    self.merged[node["leadId"]] = node["mergedIntoId"]
        if connection["pageInfo"]["endCursor"]:
            self.cursors[field] = connection["pageInfo"]["endCursor"]
        return bool(connection["edges"])

    async def catch_up(self) -> None:
        while await self.page("leads") | await self.page("deletedLeads"):
            pass


async def _tenant_leads(client: httpx.AsyncClient, owner: Account) -> dict[str, dict[str, Any]]:
    body = await graphql(
        client,
        "{ tenant { leads(first: 200) { edges { node { id name email } } } } }",
        account=owner,
    )
    return {edge["node"]["id"]: edge["node"] for edge in body["data"]["tenant"]["leads"]["edges"]}


async def test_random_work_while_a_partner_pages_ends_in_an_exact_mirror(
    client: httpx.AsyncClient, owner: Account
) -> None:
    chance = random.Random(1353)
    token = await access_token(client, await register(client, owner))
    partner = Partner(client, token)
    names = ["Åse", "Bjørn", "Cecilie", "Dag", "Eirik", "Frøya", "Gøril", "Håkon", "Ørjan"]
    alive: list[str] = []
    for step in range(60):
        action = chance.choice(["create", "create", "update", "merge", "delete", "page"])
        if action == "create" or len(alive) < 2:
            name = f"{chance.choice(names)} {step}"
            body = await graphql(
                client,
                "mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } } }",
                {"lead": {"name": name, "email": f"lead{step}@fjordkraft.example"}},
                account=owner,
            )
            alive.append(body["data"]["createLead"]["lead"]["id"])
        elif action == "update":
            await graphql(
                client,
                "mutation($id: ID!, $name: String) {"
                " updateLead(input: {leadId: $id, lead: {name: $name}}) { errors { code } } }",
                {"id": chance.choice(alive), "name": f"Endret {step}"},
                account=owner,
            )
        elif action == "merge":
            survivor, duplicate = chance.sample(alive, 2)
            merged = await graphql(
                client,
                "mutation($s: ID!, $d: ID!) {"
                " mergeLeads(input: {survivorId: $s, duplicateId: $d}) { errors { code } } }",
                {"s": survivor, "d": duplicate},
                account=owner,
            )
            assert merged["data"]["mergeLeads"]["errors"] == []
            alive.remove(duplicate)
        elif action == "delete":
            gone = chance.choice(alive)
            await graphql(
                client,
                "mutation($ids: [ID!]!) {"
                " deleteLeads(input: {leadIds: $ids}) { errors { code } } }",
                {"ids": [gone]},
                account=owner,
            )
            alive.remove(gone)
        else:
            await partner.page(chance.choice(["leads", "deletedLeads"]))
    await partner.catch_up()
    assert partner.leads == await _tenant_leads(client, owner)
    assert partner.merged  # the merges were told, with the lead each went into


async def test_a_lead_changed_while_a_partner_pages_comes_again_at_the_end(
    client: httpx.AsyncClient, owner: Account
) -> None:
    token = await access_token(client, await register(client, owner))
    ids = []
    for name in ("Kari", "Ola", "Per"):
        body = await graphql(
            client,
            "mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } } }",
            {"lead": {"name": name}},
            account=owner,
        )
        ids.append(body["data"]["createLead"]["lead"]["id"])
    first = (await post(client, CHANGED, {"since": EPOCH}, token=token)).json()
    seen = [edge["node"]["id"] for edge in first["data"]["tenant"]["leads"]["edges"]]
    assert seen == ids  # in the order they were created, each its own commit
    await graphql(
        client,
        "mutation($id: ID!) {"
        ' updateLead(input: {leadId: $id, lead: {name: "Kari N."}}) { errors { code } } }',
        {"id": ids[0]},
        account=owner,
    )
    after = first["data"]["tenant"]["leads"]["pageInfo"]["endCursor"]
    then = (await post(client, CHANGED, {"since": EPOCH, "after": after}, token=token)).json()
    assert [edge["node"]["name"] for edge in then["data"]["tenant"]["leads"]["edges"]] == [
        "Kari N."
    ]
    # From now on, nothing: a time after every change.
    later = (utcnow() + timedelta(seconds=1)).isoformat()
    none = (await post(client, CHANGED, {"since": later}, token=token)).json()
    assert none["data"]["tenant"]["leads"]["edges"] == []


async def test_a_transaction_that_began_first_and_committed_last_is_not_skipped(
    committing_postgres: Database, settings: Settings
) -> None:
    app = create_app(settings, committing_postgres)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        owner = await sign_up(client, "Havbris AS")
        token = await access_token(client, await register(client, owner))
        job = system_job(row_id(owner.tenant_id))
        async with (
            unit_of_work(committing_postgres, job) as first,
            unit_of_work(committing_postgres, job) as second,
            first.transaction(),
        ):
            await lead_service.create_lead(first, lead_service.LeadFields(name="Først"))
            async with second.transaction():
                await lead_service.create_lead(second, lead_service.LeadFields(name="Andre"))
            # The partner pages now: it sees the second, committed, and not the first.
            seen = (await post(client, CHANGED, {"since": EPOCH}, token=token)).json()
            connection = seen["data"]["tenant"]["leads"]
            assert [edge["node"]["name"] for edge in connection["edges"]] == ["Andre"]
        after = connection["pageInfo"]["endCursor"]
        then = (await post(client, CHANGED, {"since": EPOCH, "after": after}, token=token)).json()
    # The first began first, and its id (time-ordered) is the earlier: an order by id,
    # or by when it was written, would have skipped it.
    [late] = then["data"]["tenant"]["leads"]["edges"]
    assert late["node"]["name"] == "Først"
    assert _uuid(late["node"]["id"]) < _uuid(connection["edges"][0]["node"]["id"])


def _uuid(global_id: str) -> uuid.UUID:
    return uuid.UUID(relay.GlobalID.from_id(global_id).node_id)


async def test_deletions_are_kept_for_the_retention_period_only(
    client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    token = await access_token(client, confidential)
    too_old = (utcnow() - timedelta(days=91)).isoformat()
    body = (await post(client, DELETED, {"since": too_old}, token=token)).json()
    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "90 days" in error["message"]
    naive = (await post(client, DELETED, {"since": "2026-11-30T08:00:00"}, token=token)).json()
    assert "offset" in naive["errors"][0]["message"]


async def test_the_daily_sweep_forgets_tombstones_past_their_retention(
    client: httpx.AsyncClient, owner: Account, database: Database
) -> None:
    assert "forget_old_tombstones" in TENANT_SWEEPS
    body = await graphql(
        client,
        'mutation { createLead(input: {lead: {name: "Borte"}}) { lead { id } } }',
        account=owner,
    )
    gone = body["data"]["createLead"]["lead"]["id"]
    await graphql(
        client,
        "mutation($ids: [ID!]!) { deleteLeads(input: {leadIds: $ids}) { errors { code } } }",
        {"ids": [gone]},
        account=owner,
    )
    tenant = system_job(row_id(owner.tenant_id))
    for before, forgotten in ((utcnow() - timedelta(days=1), 0), (utcnow(), 1)):
        async with unit_of_work(database, tenant) as work, work.transaction():
            assert await lead_service.forget_tombstones(work, before) == forgotten


async def _changed_names(
    client: httpx.AsyncClient, token: str, after: str | None
) -> tuple[list[str], str | None]:
    body = (await post(client, CHANGED, {"since": EPOCH, "after": after}, token=token)).json()
    connection = body["data"]["tenant"]["leads"]
    names = [edge["node"]["name"] for edge in connection["edges"]]
    return names, connection["pageInfo"]["endCursor"] or after


async def test_a_merge_and_an_upsert_that_changes_nothing_are_told_as_they_are(
    client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    token = await access_token(client, confidential)
    upsert = """
    mutation($leads: [UpsertLeadInput!]!) {
      upsertLeads(input: {matchOn: EXTERNAL_ID, system: "crm", leads: $leads}) {
        leads { lead { id } } errors { field code } } }
    """
    leads = [
        {"externalId": "1", "name": "Kari", "email": "kari@x.no"},
        {"externalId": "2", "name": "Kari dublett", "tags": ["messe"]},
    ]
    body = await graphql(client, upsert, {"leads": leads}, account=owner)
    survivor, duplicate = (each["lead"]["id"] for each in body["data"]["upsertLeads"]["leads"])
    names, cursor = [], None
    while True:  # the partner reads to the end
        page, cursor = await _changed_names(client, token, cursor)
        if not page:
            break
        names += page
    # The same call again changes nothing: nothing new to tell.
    await graphql(client, upsert, {"leads": leads}, account=owner)
    assert (await _changed_names(client, token, cursor))[0] == []
    # A merge that gives the survivor only the duplicate's tag still tells it.
    await graphql(
        client,
        "mutation($s: ID!, $d: ID!) {"
        " mergeLeads(input: {survivorId: $s, duplicateId: $d}) { errors { code } } }",
        {"s": survivor, "d": duplicate},
        account=owner,
    )
    assert (await _changed_names(client, token, cursor))[0] == ["Kari"]


async def test_deletions_page_on_from_a_cursor_whatever_time_began_them(
    client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    token = await access_token(client, confidential)
    for name in ("En", "To"):
        body = await graphql(
            client,
            "mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } } }",
            {"lead": {"name": name}},
            account=owner,
        )
        await graphql(
            client,
            "mutation($ids: [ID!]!) { deleteLeads(input: {leadIds: $ids}) { errors { code } } }",
            {"ids": [body["data"]["createLead"]["lead"]["id"]]},
            account=owner,
        )
    since = (utcnow() - timedelta(hours=1)).isoformat()
    first = (
        await post(client, DELETED.replace("first: 5", "first: 1"), {"since": since}, token=token)
    ).json()
    cursor = first["data"]["tenant"]["deletedLeads"]["pageInfo"]["endCursor"]
    # Resuming, the time the sync began may be long past: the cursor bounds the page.
    long_ago = (utcnow() - timedelta(days=400)).isoformat()
    then = (await post(client, DELETED, {"since": long_ago, "after": cursor}, token=token)).json()
    assert len(then["data"]["tenant"]["deletedLeads"]["edges"]) == 1
