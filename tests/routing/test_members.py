"""Who can take leads: availability set by members and their managers, and each
team member's part in routing, on both databases."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from leadhub.db import Database, write_transaction
from leadhub.errors import DomainError
from leadhub.principal import Member, Role
from leadhub.routing import service as routing
from leadhub.routing.availability import Shift, Weekday, WorkingHours
from leadhub.scope import Scope
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.teams.models import TeamKind
from leadhub.tenants.models import AuditEvent, Membership
from leadhub.tenants.service import SignUp
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of

T = TypeVar("T")
OFFICE_DAYS = WorkingHours(tuple(Shift(day, 8 * 60, 16 * 60) for day in list(Weekday)[:5]))


async def _joined(database: Database, settings: Settings, tenant: SignUp, role: Role) -> Member:
    """A person who founded a tenant of their own, and joined ``tenant`` with ``role``."""
    other = await make_tenant(database, settings, "Ærlig Bygg AS")
    scope = Scope(tenant_id=tenant.tenant.id)
    async with database.scoped_session(scope) as session, write_transaction(session):
        session.add(Membership(user_id=other.user.id, role=role))
    return Member(tenant.tenant.id, other.user.id, role)


async def _run(
    database: Database, actor: Member, operation: Callable[[UnitOfWork[Member]], Awaitable[T]]
) -> T | DomainError:
    async with unit_of_work(database, actor) as work:
        return await work.run(operation)


async def _audited(database: Database, actor: Member, action: str) -> list[dict[str, Any]]:
    async with unit_of_work(database, actor) as work:
        events = await work.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        )
        return [event.details for event in events]


@pytest.fixture
async def tenant(database: Database, settings: Settings) -> SignUp:
    return await make_tenant(database, settings, "Fjordsalg AS")


async def test_a_rep_sets_their_own_availability_and_a_manager_anyones(
    database: Database, settings: Settings, tenant: SignUp
) -> None:
    rep = await _joined(database, settings, tenant, Role.SALES_REP)
    manager = await _joined(database, settings, tenant, Role.SALES_MANAGER)
    away = {
        "away_from": datetime(2026, 7, 1, 6, tzinfo=UTC),
        "away_until": datetime(2026, 7, 20, 6, tzinfo=UTC),
    }
    # a rep sets their hours and time zone, then their holiday: the rest stays
    hours = {"time_zone": "Europe/Oslo", "working_hours": OFFICE_DAYS}
    await _run(database, rep, lambda work: routing.set_availability(work, rep.user_id, hours))
    await _run(database, rep, lambda work: routing.set_availability(work, rep.user_id, away))
    async with unit_of_work(database, rep) as work:
        stored = await routing.availability_of(work, rep.user_id)
    assert stored == routing.AvailabilityFields(**hours, **away)
    # a rep may not set another's; their manager may, and clears the holiday
    refused = await _run(
        database, rep, lambda work: routing.set_availability(work, manager.user_id, away)
    )
    assert isinstance(refused, routing.RoutingError)
    assert (refused.code, refused.field) == ("not_allowed", "userId")
    back = {"away_from": None, "away_until": None}
    changed = await _run(
        database, manager, lambda work: routing.set_availability(work, rep.user_id, back)
    )
    assert changed == routing.AvailabilityFields(**hours)
    # setting it again as it is changes nothing, and says nothing
    await _run(database, manager, lambda work: routing.set_availability(work, rep.user_id, back))
    # and each change is in the audit trail
    assert await _audited(database, manager, "availability.changed") == [
        {"changed": ["time_zone", "working_hours"]},
        {"changed": ["away_from", "away_until"]},
        {"changed": ["away_from", "away_until"]},
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"time_zone": "Europe/Bergen"}, "timeZone"),
        ({"time_zone": "Oslo"}, "timeZone"),
        ({"time_zone": "../../etc/passwd"}, "timeZone"),
        (
            {
                "away_from": datetime(2026, 7, 20, tzinfo=UTC),
                "away_until": datetime(2026, 7, 1, tzinfo=UTC),
            },
            "awayUntil",
        ),
        ({"away_from": datetime(2026, 7, 1)}, "awayFrom"),  # naive: refused
    ],
)
async def test_an_availability_that_cannot_be_is_refused_and_nothing_is_written(
    database: Database, tenant: SignUp, changes: dict[str, Any], field: str
) -> None:
    owner = owner_of(tenant)
    refused = await _run(
        database, owner, lambda work: routing.set_availability(work, owner.user_id, changes)
    )
    assert isinstance(refused, DomainError)
    assert (refused.code, refused.field) == ("invalid", field)
    async with unit_of_work(database, owner) as work:
        assert await routing.availability_of(work, owner.user_id) == routing.AvailabilityFields()


async def test_a_time_zone_is_spelled_as_iana_spells_it(database: Database, tenant: SignUp) -> None:
    owner = owner_of(tenant)
    set_to = await _run(
        database,
        owner,
        lambda work: routing.set_availability(work, owner.user_id, {"time_zone": " europe/oslo"}),
    )
    assert set_to == routing.AvailabilityFields(time_zone="Europe/Oslo")


async def test_only_a_member_of_the_tenant_has_an_availability(
    database: Database, settings: Settings, tenant: SignUp
) -> None:
    outsider = await make_tenant(database, settings, "Annen AS")
    owner = owner_of(tenant)
    refused = await _run(
        database,
        owner,
        lambda work: routing.set_availability(work, outsider.user.id, {"time_zone": "UTC"}),
    )
    assert isinstance(refused, routing.RoutingError)
    assert (refused.code, refused.field) == ("not_found", "userId")


async def test_a_team_member_takes_a_part_in_routing_within_bounds(
    database: Database, settings: Settings, tenant: SignUp
) -> None:
    owner = owner_of(tenant)
    rep = await _joined(database, settings, tenant, Role.SALES_REP)
    manager = await _joined(database, settings, tenant, Role.SALES_MANAGER)

    async def staffed(work: UnitOfWork[Member]) -> Any:
        team = await teams.create_team(work, "Innsalg Øst", TeamKind.SALES)
        for person in (rep, manager):
            await teams.add_member(work, team.id, person.user_id)
        return team.id

    team_id = await _run(database, owner, staffed)

    def part(user: Member, **changes: Any) -> Callable[[UnitOfWork[Member]], Awaitable[Any]]:
        return lambda work: teams.set_member_part(work, team_id, user.user_id, changes)

    # a rep takes twice the share, at most 40 open leads; the manager manages
    taken = await _run(database, owner, part(rep, weight=2, capacity=40))
    assert (taken.active, taken.manages, taken.capacity, taken.weight) == (True, False, 40, 2)
    managing = await _run(database, owner, part(manager, manages=True, active=False))
    assert (managing.active, managing.manages) == (False, True)
    # out of bounds, or a rep named manager: refused, field by field
    for changes, field in (
        ({"weight": 0}, "weight"),
        ({"weight": 101}, "weight"),
        ({"capacity": -1}, "capacity"),
        ({"capacity": 100_001}, "capacity"),
        ({"manages": True}, "manages"),
    ):
        refused = await _run(database, owner, part(rep, **changes))
        assert isinstance(refused, teams.TeamError), changes
        assert (refused.code, refused.field) == ("invalid", field)
    # no limit again, and only the change is audited
    unlimited = await _run(database, owner, part(rep, capacity=None))
    assert (unlimited.capacity, unlimited.weight) == (None, 2)
    assert await _audited(database, owner, "team.member_changed") == [
        {"team": "Innsalg Øst", "weight": 2, "capacity": 40},
        {"team": "Innsalg Øst", "active": False, "manages": True},
        {"team": "Innsalg Øst", "capacity": None},
    ]


async def test_a_team_is_sales_or_marketing(database: Database, tenant: SignUp) -> None:
    owner = owner_of(tenant)
    team = await _run(database, owner, lambda work: teams.create_team(work, "Kampanjer"))
    assert team.kind is TeamKind.SALES
    marketing = await _run(
        database, owner, lambda work: teams.set_team_kind(work, team.id, TeamKind.MARKETING)
    )
    assert marketing.kind is TeamKind.MARKETING
    assert await _audited(database, owner, "team.kind_changed") == [
        {"team": "Kampanjer", "to": "marketing"}
    ]
