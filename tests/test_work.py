"""The unit of work: a principal's scoped session, writes all or nothing, refusals
as values."""

import pytest
from sqlalchemy import select

from leadhub.db import Database, new_id
from leadhub.errors import DomainError
from leadhub.leads import sources
from leadhub.leads.errors import LeadError, LeadErrorCode
from leadhub.leads.models import Source, SourceKind
from leadhub.principal import (
    AllTenantsSweep,
    Member,
    Newcomer,
    Person,
    Principal,
    Reach,
    Role,
    SystemJob,
    Visitor,
)
from leadhub.scope import Scope, scope_of
from leadhub.settings import Settings
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of

TENANT, USER, TEAM = new_id(), new_id(), new_id()


@pytest.mark.parametrize(
    ("principal", "scope"),
    [
        (
            Member(TENANT, USER, Role.SALES_REP, Reach(USER, frozenset({TEAM}))),
            Scope(tenant_id=TENANT, user_id=USER, reach=Reach(USER, frozenset({TEAM}))),
        ),
        (Member(TENANT, USER, Role.OWNER), Scope(tenant_id=TENANT, user_id=USER)),
        (SystemJob(TENANT, "sweep"), Scope(tenant_id=TENANT)),
        (SystemJob(TENANT, "rescore", on_behalf_of=USER), Scope(tenant_id=TENANT, user_id=USER)),
        (Newcomer(TENANT), Scope(tenant_id=TENANT)),
        (Person(USER), Scope(user_id=USER)),
        (Visitor(), Scope()),
        (AllTenantsSweep("daily"), Scope(all_tenants=True)),
    ],
    ids=lambda value: type(value).__name__,
)
async def test_the_session_is_scoped_to_the_principal(
    database: Database, principal: Principal, scope: Scope
) -> None:
    async with unit_of_work(database, principal) as work:
        assert scope_of(work.session) == scope


async def test_a_write_commits_whole(database: Database, settings: Settings) -> None:
    owner = owner_of(await make_tenant(database, settings))
    async with unit_of_work(database, owner) as work:
        fields = sources.SourceFields(name="Messe", kind=SourceKind.TRADE_FAIR)
        created = await work.run(lambda work: sources.create_source(work, fields))
    assert isinstance(created, Source)
    async with unit_of_work(database, owner) as work:
        assert (await work.session.scalars(select(Source.name))).all() == ["Messe"]


async def test_a_refusal_is_a_value_and_writes_nothing(
    database: Database, settings: Settings
) -> None:
    owner = owner_of(await make_tenant(database, settings))

    async def half_then_refused(work: UnitOfWork[Member]) -> None:
        work.session.add(Source(name="Half", kind=SourceKind.WEBINAR))
        await work.session.flush()
        raise LeadError(LeadErrorCode.INVALID, "No.", "name")

    async with unit_of_work(database, owner) as work:
        refused = await work.run(half_then_refused)
        assert isinstance(refused, DomainError)
        assert [(p.code, p.field) for p in refused.problems] == [(LeadErrorCode.INVALID, "name")]
        assert (await work.session.scalars(select(Source.name))).all() == []


async def test_a_bug_is_not_a_refusal(database: Database, settings: Settings) -> None:
    owner = owner_of(await make_tenant(database, settings))

    async def broken(work: UnitOfWork[Member]) -> None:
        raise KeyError("bug")

    async with unit_of_work(database, owner) as work:
        with pytest.raises(KeyError):
            await work.run(broken)


async def test_a_service_for_members_refuses_another_principal(database: Database) -> None:
    async with unit_of_work(database, SystemJob(new_id(), "job")) as work:
        with pytest.raises(RuntimeError, match="not a Member"):
            work.narrowed(Member)
        assert work.narrowed(SystemJob).principal == work.principal
    async with unit_of_work(database, Visitor()) as work:
        with pytest.raises(RuntimeError, match="acts in no tenant"):
            _ = work.tenant_id
