"""Every lookup of the hot paths is served by an index: the statements the API
really runs (list pages in each order and filter, a lead's page, creating a lead
and its duplicate check), caught as it sends them and planned as the application
role plans them, row-level security and all.

Run over a seeded and analyzed tenant of 20,000 leads, each reads a page's worth
of them, not the tenant; and with sequential scans priced out, none is left on any
tenant table, so every lookup has an index whatever the table's size in the test.
Counts are bounded on their own (COUNT_CAP). Text search goes through a function
(migration 0014) whose own statement is checked to use its trigram index.
"""

import json
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection
from strawberry import relay

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.scope import Scope, publish
from leadhub.settings import Settings
from tests.builders import Account, graphql, sign_up
from tests.test_tenancy import TENANT_TABLES

LEADS = 20_000  # in the tenant read; the planner needs enough to choose
OTHER_TENANT_LEADS = 5_000
# A statement of these paths reads at most this many of the tenant's 20,000 leads:
# a page, its look-ahead, the rows a filter passes over on its way (5%).
MAX_LEADS_READ = 1_000
# What row-level security and the tenant lock guard: every table but the global ones.


@pytest.fixture
async def client(
    committing_postgres: Database, settings: Settings
) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(settings, committing_postgres))
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        yield client


def _row_id(global_id: str) -> uuid.UUID:
    return uuid.UUID(relay.GlobalID.from_id(global_id).node_id)


async def _seed(superuser: Database, tenant_id: uuid.UUID, leads: int, owner_id: uuid.UUID) -> None:
    """Leads spread over the tenant's stages and sources, half with its owner, as a
    list import leaves them; written by the administrator, then analyzed."""
    async with superuser.engine.begin() as connection:
        await connection.execute(
            text(
                """
                INSERT INTO leads (tenant_id, id, name, email, phone, company, domain,
                  search_text, stage_id, source_id, owner_id, purchase_timeframe,
                  temperature, temperature_overridden, score, custom_fields,
                  created_at, updated_at)
                SELECT :tenant, gen_random_uuid(), 'Lead ' || n,
                  'lead' || n || '@firma' || (n % 500) || '.no',
                  '+479' || lpad(n::text, 7, '0'),
                  'Firma ' || (n % 500), 'firma' || (n % 500) || '.no',
                  'lead ' || n || chr(10) || 'firma ' || (n % 500) || chr(10)
                    || 'lead' || n || '@firma' || (n % 500) || '.no' || chr(10)
                    || '479' || lpad(n::text, 7, '0') || chr(10),
                  stages.ids[1 + n % cardinality(stages.ids)],
                  CASE WHEN n % 3 > 0 THEN sources.ids[1 + n % cardinality(sources.ids)] END,
                  CASE WHEN n % 2 = 0 THEN CAST(:owner AS uuid) END,
                  'unknown', 'cold', false, n % 100, '{}',
                  now() - n * interval '1 minute', now() - n * interval '1 minute'
                FROM generate_series(1, :count) AS n,
                  (SELECT array_agg(id) AS ids FROM funnel_stages
                   WHERE tenant_id = :tenant) AS stages,
                  (SELECT coalesce(array_agg(id), ARRAY[NULL::uuid]) AS ids FROM sources
                   WHERE tenant_id = :tenant) AS sources
                """
            ),
            {"tenant": tenant_id, "owner": owner_id, "count": leads},
        )
    async with superuser.engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("ANALYZE"))


@contextmanager
def caught(database: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SELECTs the API sends while inside, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def catch(_: Any, __: Any, statement: str, parameters: Any, *___: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "set_config" not in statement:
            sent.append((statement, parameters))

    event.listen(database.engine.sync_engine, "before_cursor_execute", catch)
    try:
        yield sent
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", catch)


def _sequential_scans(plan: dict[str, Any]) -> Iterator[str]:
    if plan["Node Type"] == "Seq Scan" and plan.get("Relation Name") in TENANT_TABLES:
        yield plan["Relation Name"]
    for child in plan.get("Plans", ()):
        yield from _sequential_scans(child)


def _rows_read(plan: dict[str, Any], table: str) -> int:
    """The rows of ``table`` a plan that ran read: those it kept and those its
    filters threw away, in every loop."""
    read = 0
    if plan.get("Relation Name") == table:
        kept_and_dropped = (
            plan["Actual Rows"]
            + plan.get("Rows Removed by Filter", 0)
            + plan.get("Rows Removed by Index Recheck", 0)
        )
        read = kept_and_dropped * plan["Actual Loops"]
    return read + sum(_rows_read(child, table) for child in plan.get("Plans", ()))


async def _explained(
    database: Database,
    scope: Scope,
    statements: list[tuple[str, Any]],
    *,
    analyze: bool = False,
    indexes_only: bool = False,
) -> list[tuple[dict[str, Any], str]]:
    """Each statement's plan, as the application role plans it in the tenant's scope;
    ``analyze`` runs it too (in a transaction rolled back), ``indexes_only`` plans as
    if a sequential scan cost the earth, so one is left only where no index serves."""
    plans = []
    async with database.engine.connect() as connection:

        def scoped(sync: Connection) -> None:
            publish(sync, scope)

        await connection.run_sync(scoped)
        if indexes_only:
            await connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        options = "ANALYZE, FORMAT JSON" if analyze else "FORMAT JSON"
        for statement, parameters in statements:
            result = await connection.exec_driver_sql(
                f"EXPLAIN ({options}) {statement}", parameters
            )
            plan = result.scalar_one()
            plans.append(
                ((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"], statement)
            )
        await connection.rollback()
    return plans


LIST = """
query($order: LeadOrder!, $filter: LeadFilterInput) {
  tenant { leads(first: 50, orderBy: $order, filter: $filter) {
    edges { node { id name owner { email } source { name } stage { name } } } } }
}
"""
LEAD_PAGE = """
query($id: ID!) {
  lead(id: $id) {
    name score scoreBreakdown { rule points } tags externalIds { system externalId }
    stageHistory { fromStage { name } toStage { name } }
    activities(first: 20) { edges { node { kind occurredAt } } }
    duplicateCandidates { reasons lead { id name } }
  }
}
"""
CREATE = """
mutation($lead: LeadInput!) {
  createLead(input: {lead: $lead}) { lead { id } duplicates { reasons } errors { code } }
}
"""


async def _hot_paths(client: httpx.AsyncClient, owner: Account) -> None:
    stages = await graphql(
        client, "query { tenant { funnelStages { edges { node { id } } } } }", account=owner
    )
    stage = stages["data"]["tenant"]["funnelStages"]["edges"][1]["node"]["id"]
    for order in ("CREATED", "UPDATED", "SCORE", "NAME"):
        for filter in (None, {"stageIds": [stage]}, {"ownerIds": [owner.user_id]}):
            await graphql(client, LIST, {"order": order, "filter": filter}, account=owner)
    await graphql(client, LIST, {"order": "SCORE", "filter": {"tags": ["messe"]}}, account=owner)
    # a name, a phone as people type it, and a company thousands of leads match
    for searched in ("lead 1999", "900 01 999", "firma 1"):
        search = {"order": "CREATED", "filter": {"text": searched}}
        await graphql(client, LIST, search, account=owner)
    created = await graphql(
        client,
        CREATE,
        {
            "lead": {
                "name": "Åse Ødegård",
                "email": "lead17@firma17.no",
                "phone": "+4790000042",
                "website": "firma17.no",
                "tags": ["messe"],
            }
        },
        account=owner,
    )
    lead = created["data"]["createLead"]["lead"]["id"]
    await graphql(client, LEAD_PAGE, {"id": lead}, account=owner)


async def test_the_hot_paths_read_a_page_not_the_tenant(
    client: httpx.AsyncClient, committing_postgres: Database, superuser_postgres: Database
) -> None:
    owner = await sign_up(client, company="Storfirma AS", default_region="NO")
    other = await sign_up(client, company="Annet AS")
    tenant_id, owner_id = _row_id(owner.tenant_id), _row_id(owner.user_id)
    await _seed(superuser_postgres, tenant_id, LEADS, owner_id)
    await _seed(
        superuser_postgres, _row_id(other.tenant_id), OTHER_TENANT_LEADS, _row_id(other.user_id)
    )

    with caught(committing_postgres) as statements:
        await _hot_paths(client, owner)

    on_tenant_tables = [
        (statement, parameters)
        for statement, parameters in statements
        if any(f" {table}" in statement for table in TENANT_TABLES)
    ]
    assert len(on_tenant_tables) > 20, "the paths ran fewer statements than they make"
    scope = Scope(tenant_id=tenant_id, user_id=owner_id)
    # run over the seeded tenant, each reads a page's worth of its leads, not all
    ran = await _explained(committing_postgres, scope, on_tenant_tables, analyze=True)
    reads = [(_rows_read(plan, "leads"), statement) for plan, statement in ran]
    heavy = [(read, statement) for read, statement in reads if read > MAX_LEADS_READ]
    assert heavy == [], _listed(heavy)
    # and every lookup of every tenant table has an index it can use, however few
    # rows the test gave the table
    planned = await _explained(committing_postgres, scope, on_tenant_tables, indexes_only=True)
    scans = [(list(_sequential_scans(plan)), statement) for plan, statement in planned]
    unindexed = [(tables, statement) for tables, statement in scans if tables]
    assert unindexed == [], _listed(unindexed)


def _listed(found: list[tuple[Any, str]]) -> str:
    return "\n\n".join(f"{what}: {statement}" for what, statement in found)


@pytest.fixture
async def searched_tenant(superuser_postgres: Database, client: httpx.AsyncClient) -> uuid.UUID:
    """A tenant of LEADS leads, each a "Lead n" of a "Firma": its id."""
    owner = await sign_up(client, company="Storfirma AS")
    tenant_id = _row_id(owner.tenant_id)
    await _seed(superuser_postgres, tenant_id, LEADS, _row_id(owner.user_id))
    return tenant_id


@asynccontextmanager
async def _in_tenant(database: Database, tenant_id: uuid.UUID) -> AsyncIterator[AsyncConnection]:
    """A connection of the application role in the tenant, whose statistics are
    flushed when the block ends, for the administrator to read."""
    async with database.engine.connect() as connection:
        await connection.run_sync(lambda sync: publish(sync, Scope(tenant_id=tenant_id)))
        yield connection
        await connection.exec_driver_sql("SELECT pg_stat_force_next_flush()")
        await connection.commit()


async def test_search_reads_its_trigram_index_under_row_level_security(
    committing_postgres: Database, superuser_postgres: Database, searched_tenant: uuid.UUID
) -> None:
    before = await _scans_of_the_copy(superuser_postgres)
    # as the application role: the function runs as the owner, on its private copy
    async with _in_tenant(committing_postgres, searched_tenant) as connection:
        found = await connection.exec_driver_sql(
            "SELECT count(*) FROM leads_with_search_text_like(ARRAY['%lead 1999%'], NULL, NULL)"
        )
        assert found.scalar_one() == 11  # lead 1999 and lead 19990 to 19999
    after = await _scans_of_the_copy(superuser_postgres)
    # the trigram index was read, and the table never scanned (other connections'
    # counts may land late, so more than one read of the index is no fault)
    assert after.seq_scan == before.seq_scan
    assert after.trigram_scans > before.trigram_scans


async def test_a_page_and_a_count_of_a_common_text_read_about_what_they_answer(
    committing_postgres: Database, superuser_postgres: Database, searched_tenant: uuid.UUID
) -> None:
    before = await _rows_read_from_the_copy(superuser_postgres)
    async with _in_tenant(committing_postgres, searched_tenant) as connection:
        # every lead's company is a "firma"
        page = await connection.exec_driver_sql(
            "SELECT * FROM leads_with_search_text_like(ARRAY['%firma%'], NULL, 51)"
        )
        assert len(page.all()) == 51
        counted = await connection.exec_driver_sql(
            "SELECT count_leads_with_search_text_like(ARRAY['%firma%'], 1001)"
        )
        assert counted.scalar_one() == 1001
    read = await _rows_read_from_the_copy(superuser_postgres) - before
    assert read <= 2 * (51 + 1001), f"{read:,} rows of the copy read for 51 and 1,001 matches"


async def _rows_read_from_the_copy(superuser: Database) -> int:
    """The search texts the copy's scans have read, by its table and by its indexes."""
    async with superuser.engine.connect() as connection:
        await connection.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
        read = await connection.exec_driver_sql(
            "SELECT coalesce(tables.seq_tup_read, 0) + sum(coalesce(indexes.idx_tup_read, 0))"
            " FROM pg_stat_all_tables AS tables JOIN pg_stat_all_indexes AS indexes"
            " USING (relid) WHERE relid = 'leadhub_private.lead_search'::regclass"
            " GROUP BY tables.seq_tup_read"
        )
        rows: int = read.scalar_one()
        return rows


async def _scans_of_the_copy(superuser: Database) -> Any:
    async with superuser.engine.connect() as connection:
        await connection.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
        scans = await connection.exec_driver_sql(
            "SELECT tables.seq_scan, indexes.idx_scan AS trigram_scans"
            " FROM pg_stat_all_tables AS tables JOIN pg_stat_all_indexes AS indexes"
            " USING (relid) WHERE relid = 'leadhub_private.lead_search'::regclass"
            " AND indexes.indexrelname = 'lead_search_search_text'"
        )
        return scans.one()
