"""Tenancy binds every statement: Core and text() ones too, on both databases.

On SQLite a statement the ORM cannot scope is refused; on PostgreSQL row-level
security binds it. Either way another tenant's rows stay out of reach.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    Executable,
    Uuid,
    column,
    delete,
    exists,
    func,
    insert,
    literal,
    literal_column,
    select,
    table,
    text,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased
from sqlalchemy.orm.exc import StaleDataError

from leadhub.db import Database, TenantIsolationError, new_id, utcnow
from leadhub.leads import funnel
from leadhub.leads import service as lead_service
from leadhub.leads.models import FunnelStage, Lead, LeadTag, StageKind, Temperature
from leadhub.principal import Member, Reach, Role
from leadhub.scope import SCOPE, Scope, ScopeChanged
from leadhub.settings import Settings
from leadhub.statement_guard import UnscopedStatement
from leadhub.teams.models import Team
from leadhub.tenants.service import SignUp
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job

STAGES = FunnelStage.__table__
ALIAS = STAGES.alias()


async def _two_tenants(database: Database, settings: Settings) -> tuple[SignUp, SignUp]:
    return (
        await make_tenant(database, settings, "First AS"),
        await make_tenant(database, settings, "Second AS"),
    )


def _planted_stage(tenant_id: Any) -> dict[str, Any]:
    return {
        "tenant_id": tenant_id,
        "id": new_id(),
        "name": "Planted",
        "position": 99,
        "kind": StageKind.OPEN.value,
        "win_probability": Decimal(0),
        "bit": 62,  # past the default funnel's
        "created_at": utcnow(),
    }


# Each builds, from the other tenant's id, a statement aimed at that tenant's stages.
CORE_STATEMENTS: dict[str, Callable[[Any], Executable]] = {
    "count over the Table": lambda other: select(func.count()).select_from(STAGES),
    "insert into the Table": lambda other: insert(STAGES).values(**_planted_stage(other)),
    "update of the Table": lambda other: (
        update(STAGES).where(STAGES.c.tenant_id == other).values(name="Taken")
    ),
    "delete from the Table": lambda other: delete(STAGES).where(STAGES.c.tenant_id == other),
    "join to the Table": lambda other: (
        select(func.count()).select_from(Lead).join(STAGES, STAGES.c.id == Lead.stage_id)
    ),
    "count over a lightweight table": lambda other: select(func.count()).select_from(
        table("funnel_stages", column("id"))
    ),
    "text() count": lambda other: text("SELECT count(*) FROM funnel_stages"),
    "text() update": lambda other: text(
        "UPDATE funnel_stages SET name = 'Taken' WHERE tenant_id = :other"
    ).bindparams(other=other),
    "text() delete": lambda other: text(
        "DELETE FROM funnel_stages WHERE tenant_id = :other"
    ).bindparams(other=other),
}


COUNTS = {name for name in CORE_STATEMENTS if "count" in name or "join" in name}


async def _other_tenants_stage_names(database: Database, tenant_id: Any) -> list[str]:
    async with unit_of_work(database, system_job(tenant_id)) as work:
        return sorted(await work.session.scalars(select(FunnelStage.name)))


@pytest.mark.parametrize("name", CORE_STATEMENTS)
async def test_core_and_text_statements_are_refused_on_sqlite_and_bound_on_postgresql(
    database: Database, settings: Settings, name: str
) -> None:
    # given two tenants, each with its default funnel
    first, second = await _two_tenants(database, settings)
    before = await _other_tenants_stage_names(database, first.tenant.id)
    statement = CORE_STATEMENTS[name](first.tenant.id)
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        own_stages = len((await work.session.scalars(select(FunnelStage.id))).all())
        # when the second tenant runs a statement the ORM cannot scope
        if database.dialect == "sqlite" or name == "insert into the Table":
            # then SQLite refuses it before it runs, as both refuse a row for another
            # tenant
            with pytest.raises(UnscopedStatement):
                await work.session.execute(statement)
        elif name in COUNTS:
            # and on PostgreSQL the policies bind the rest: a count sees its own rows
            counted = await work.session.scalar(statement)
            assert counted == (0 if name == "join to the Table" else own_stages)
        else:
            # and a write touches nothing of the other tenant's
            result = await work.session.execute(statement)
            assert result.rowcount == 0  # type: ignore[attr-defined]
    assert await _other_tenants_stage_names(database, first.tenant.id) == before


@pytest.mark.parametrize(
    "statement",
    [
        lambda other: insert(FunnelStage).values(**_planted_stage(other)),
        lambda other: update(FunnelStage).values(tenant_id=other),
    ],
    ids=["insert naming it", "update moving rows to it"],
)
async def test_orm_writes_naming_another_tenant_are_refused_on_both_databases(
    database: Database, settings: Settings, statement: Callable[[Any], Executable]
) -> None:
    first, second = await _two_tenants(database, settings)
    before = await _other_tenants_stage_names(database, first.tenant.id)
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        with pytest.raises(UnscopedStatement):
            await work.session.execute(statement(first.tenant.id))
    assert await _other_tenants_stage_names(database, first.tenant.id) == before


async def test_a_write_naming_its_own_tenant_goes_through(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    tenant = signed_up.tenant.id
    async with unit_of_work(database, system_job(tenant)) as work, work.transaction():
        await work.session.execute(insert(FunnelStage).values(**_planted_stage(tenant)))
        await work.session.execute(
            update(FunnelStage).where(FunnelStage.name == "Planted").values(tenant_id=tenant)
        )
        names = await work.session.scalars(
            select(FunnelStage.name).where(FunnelStage.position == 99)
        )
        assert names.all() == ["Planted"]


async def test_bulk_inserts_are_stamped_with_the_tenant_and_checked_row_by_row(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    async with unit_of_work(database, system_job(second.tenant.id)) as work, work.transaction():
        stage = await funnel.first_open_stage(work)
        # the documented way for set-based inserts: the mapped class and a list of rows
        rows = [
            {"name": f"Imported {n}", "stage_id": stage.id, "temperature": Temperature.COLD}
            for n in range(3)
        ]
        await work.session.execute(insert(Lead), rows)
        imported = await work.session.scalars(select(Lead.tenant_id).where(Lead.name.like("Imp%")))
        assert imported.all() == [second.tenant.id] * 3
        # a row naming another tenant refuses the whole statement
        with pytest.raises(UnscopedStatement):
            await work.session.execute(
                insert(Lead), [{**rows[0], "name": "Stray", "tenant_id": first.tenant.id}]
            )


async def test_a_reps_bulk_insert_stays_in_their_reach(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(database, system_job(tenant)) as work:
        stage_id = (await funnel.first_open_stage(work)).id
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner))
    async with unit_of_work(database, rep) as work:
        row = {"stage_id": stage_id, "temperature": Temperature.COLD}
        async with work.session.begin_nested():
            await work.session.execute(insert(Lead), [{**row, "name": "Mine", "owner_id": owner}])
        # an unowned lead would leave the rep's reach the moment it is written
        refused: type[Exception] = UnscopedStatement if database.dialect == "sqlite" else DBAPIError
        with pytest.raises(refused):
            async with work.session.begin_nested():
                await work.session.execute(insert(Lead), [{**row, "name": "Nobody's"}])
        assert (await work.session.scalars(select(Lead.name))).all() == ["Mine"]


async def test_insert_from_a_query_is_refused_on_sqlite_and_checked_on_postgresql(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    before = await _other_tenants_stage_names(database, first.tenant.id)
    # copies of the second tenant's stages, planted in the first tenant
    planted = insert(FunnelStage).from_select(
        ["tenant_id", "id", "name", "position", "kind", "win_probability", "created_at"],
        select(
            literal(first.tenant.id, Uuid()),
            func.gen_random_uuid(),
            FunnelStage.name,
            FunnelStage.position,
            FunnelStage.kind,
            FunnelStage.win_probability,
            FunnelStage.created_at,
        ),
    )
    refused: type[Exception] = UnscopedStatement if database.dialect == "sqlite" else DBAPIError
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        with pytest.raises(refused):
            await work.session.execute(planted)
    assert await _other_tenants_stage_names(database, first.tenant.id) == before


async def test_a_session_cannot_change_tenant_once_opened(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        # even by rewriting its scope by hand
        work.session.info[SCOPE] = Scope(tenant_id=first.tenant.id)
        with pytest.raises(ScopeChanged):
            await work.session.scalars(select(FunnelStage))


async def test_a_reps_core_aggregate_counts_only_their_reach_on_postgresql(
    postgres: Database, settings: Settings
) -> None:
    # given a tenant with three leads: the rep's, their team's, and someone else's
    signed_up = await make_tenant(postgres, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        team = Team(name="North")
        work.session.add(team)
        await work.session.flush()
        for name, fields in (
            ("Rep's", {"owner_id": owner}),
            ("Team's", {"owner_team_id": team.id}),
            ("Nobody's", {}),
        ):
            await lead_service.create_lead(work, lead_service.LeadFields(name=name, **fields))
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner, frozenset({team.id})))
    manager = Member(tenant, owner, Role.SALES_MANAGER)

    async def counts(principal: Member) -> tuple[int | None, ...]:
        # aggregates in Core and raw SQL, which the ORM's criteria do not filter
        async with unit_of_work(postgres, principal) as work:
            return (
                await work.session.scalar(select(func.count()).select_from(Lead.__table__)),
                await work.session.scalar(text("SELECT count(*) FROM leads")),
                await work.session.scalar(text("SELECT count(*) FROM activities")),
                await work.session.scalar(text("SELECT count(*) FROM stage_changes")),
            )

    # then the policies count only the rep's reach, and the rows about those leads
    assert await counts(rep) == (2, 2, 2, 2)
    assert await counts(manager) == (3, 3, 3, 3)


# Statements that name the other tenant's stages somewhere an ORM entity of the
# same statement does not cover them: refused on SQLite, bound on PostgreSQL.
def _mixed_statements(other: Any) -> dict[str, Executable]:
    return {
        "a Core delete beside an entity": delete(STAGES).where(
            STAGES.c.tenant_id == other, FunnelStage.id.is_not(None)
        ),
        "a union with a Core part": union_all(
            select(FunnelStage.tenant_id), select(STAGES.c.tenant_id)
        ),
        "a Core scalar subquery": select(
            FunnelStage.id,
            select(func.max(STAGES.c.name)).where(STAGES.c.tenant_id == other).scalar_subquery(),
        ),
        "a Core EXISTS": select(FunnelStage.id).where(exists().where(STAGES.c.tenant_id == other)),
        "a Core alias": select(FunnelStage.name, ALIAS.c.name).where(
            ALIAS.c.position == FunnelStage.position
        ),
        "literal SQL": select(literal_column("(SELECT count(*) FROM funnel_stages)")),
        "a table named in capitals": select(func.count()).select_from(table("FUNNEL_STAGES")),
    }


@pytest.mark.parametrize("name", _mixed_statements(None))
async def test_core_parts_of_orm_statements_are_refused_on_sqlite(
    database: Database, settings: Settings, name: str
) -> None:
    first, second = await _two_tenants(database, settings)
    before = await _other_tenants_stage_names(database, first.tenant.id)
    statement = _mixed_statements(first.tenant.id)[name]
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        if database.dialect == "sqlite":
            with pytest.raises(UnscopedStatement):
                await work.session.execute(statement)
        elif name == "a table named in capitals":  # PostgreSQL has no such table
            with pytest.raises(DBAPIError):
                await work.session.execute(statement)
        else:
            result = await work.session.execute(statement)
            if name != "a Core delete beside an entity":
                rows = result.all()
                # nothing of the first tenant's: its id, names or count
                assert first.tenant.id not in {value for row in rows for value in row}
                assert all(row[-1] != 14 for row in rows)  # both funnels' stages
    assert await _other_tenants_stage_names(database, first.tenant.id) == before


async def test_an_aliased_entity_is_scoped_and_allowed(
    database: Database, settings: Settings
) -> None:
    _, second = await _two_tenants(database, settings)
    stage = aliased(FunnelStage)
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        tenants = set(await work.session.scalars(select(stage.tenant_id)))
    assert tenants == {second.tenant.id}


async def test_an_upsert_cannot_move_a_row_to_another_tenant(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    dialect_insert = sqlite_insert if database.dialect == "sqlite" else postgresql_insert
    row = _planted_stage(second.tenant.id) | {"name": "Suspect"}  # clashes: its own stage
    upsert = dialect_insert(FunnelStage).values(**row)
    moving = upsert.on_conflict_do_update(
        index_elements=["tenant_id", "name"], set_={"tenant_id": first.tenant.id}
    )
    async with unit_of_work(database, system_job(second.tenant.id)) as work:
        with pytest.raises(UnscopedStatement):
            await work.session.execute(moving)
        names = await work.session.scalars(select(FunnelStage.name))
        assert "Suspect" in names.all()


async def test_a_tuple_of_rows_is_inserted_whole(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        stage = await funnel.first_open_stage(work)
        rows = tuple(
            {"name": f"T{n}", "stage_id": stage.id, "temperature": Temperature.COLD}
            for n in range(3)
        )
        await work.session.execute(insert(Lead), rows)
        names = await work.session.scalars(select(Lead.name).order_by(Lead.name))
        assert names.all() == ["T0", "T1", "T2"]


async def _rep_and_someone_elses_lead(
    database: Database, settings: Settings
) -> tuple[Member, Any, Any]:
    """A rep with no leads, and a lead of the tenant outside their reach."""
    signed_up = await make_tenant(database, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(database, system_job(tenant)) as work, work.transaction():
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Not yours"))
        stage_id = lead.stage_id
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner))
    return rep, lead.id, stage_id


async def test_a_rep_writes_nothing_outside_their_reach_in_bulk(
    database: Database, settings: Settings
) -> None:
    rep, lead_id, stage_id = await _rep_and_someone_elses_lead(database, settings)
    refused = (UnscopedStatement,) if database.dialect == "sqlite" else (DBAPIError, StaleDataError)
    attempts: list[tuple[Executable, Any]] = [
        # by primary key, which the criteria do not reach
        (update(Lead), [{"tenant_id": rep.tenant_id, "id": lead_id, "title": "Taken"}]),
        # a lead of no one's, in the statement's own values
        (
            insert(Lead).values(
                tenant_id=rep.tenant_id,
                id=new_id(),
                name="Nobody's",
                stage_id=stage_id,
                temperature=Temperature.COLD.value,
            ),
            None,
        ),
        # a tag on someone else's lead
        (insert(LeadTag), [{"lead_id": lead_id, "tag": "mine"}]),
    ]
    async with unit_of_work(database, rep) as work:
        for statement, rows in attempts:
            with pytest.raises(refused):
                async with work.session.begin_nested():
                    await work.session.execute(statement, rows)
    async with unit_of_work(database, system_job(rep.tenant_id)) as work:
        leads = await work.session.execute(select(Lead.name, Lead.title))
        assert [tuple(lead) for lead in leads] == [("Not yours", None)]
        assert (await work.session.scalars(select(LeadTag.tag))).all() == []


async def test_a_rep_cannot_flush_a_row_about_a_lead_outside_their_reach(
    database: Database, settings: Settings
) -> None:
    rep, lead_id, _ = await _rep_and_someone_elses_lead(database, settings)
    async with unit_of_work(database, rep) as work:
        work.session.add(LeadTag(lead_id=lead_id, tag="mine"))
        with pytest.raises(TenantIsolationError):
            await work.session.flush()
