"""Response SLAs: the first sales activity answers a routed lead and is kept; a lead
nobody answered in time goes to the next member or to the team's manager, the
feed saying so; on both databases, with the time given to each step."""

import uuid
from datetime import timedelta
from typing import Any

import pytest
from dramatiq.brokers.stub import StubBroker
from sqlalchemy import select

from leadhub import tasks
from leadhub.activity.models import Activity, ActivityKind
from leadhub.db import Database, utcnow
from leadhub.leads import bulk, logbook
from leadhub.leads.ownership import Owners
from leadhub.principal import Member, Role
from leadhub.routing import responses
from leadhub.routing.candidates import Skipped
from leadhub.routing.models import RoutingDecision, SlaAction, SlaState, Trigger
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.work import unit_of_work
from tests.routing.tenants import Tenant, taken_jobs, team_tenant

ASSIGNED_AT = utcnow().replace(microsecond=0) - timedelta(hours=2)
SLA = timedelta(minutes=30)


async def _decisions(tenant: Tenant, lead_id: uuid.UUID) -> list[RoutingDecision]:
    async with unit_of_work(tenant.database, tenant.owner) as work:
        return list(
            await work.session.scalars(
                select(RoutingDecision)
                .where(RoutingDecision.lead_id == lead_id)
                .order_by(RoutingDecision.id)
            )
        )


async def _check(tenant: Tenant, after: timedelta) -> Any:
    return await tenant.work(lambda work: responses.check_due(work, ASSIGNED_AT + after))


async def _routed(tenant: Tenant, **rule: Any) -> uuid.UUID:
    await tenant.rule("Svar innen en halvtime", sla_minutes=30, **rule)
    (lead_id,) = await tenant.leads("Åsmund Ødegård")
    await tenant.route([lead_id], now=ASSIGNED_AT)
    return lead_id


async def _log_call(
    tenant: Tenant, member: uuid.UUID, lead_id: uuid.UUID, after: timedelta
) -> None:
    """The member logs a call on the lead, as the API does (which notes the answer)."""
    caller = Member(tenant.signed_up.tenant.id, member, Role.SALES_REP)
    async with unit_of_work(tenant.database, caller) as work, work.transaction():
        logged = await logbook.log(
            work,
            lead_id=lead_id,
            kind=ActivityKind.CALL,
            body="Ringte, snakket med innkjøper",
            occurred_at=ASSIGNED_AT + after,
        )
        await responses.note_response(work, lead_id, logged.occurred_at)


async def test_a_lead_nobody_answered_in_time_goes_to_the_next_member_and_the_feed_says_so(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    first, second = tenant.members
    lead_id = await _routed(tenant)
    (decision,) = await _decisions(tenant, lead_id)
    assert (decision.user_id, decision.sla, decision.respond_by) == (
        first,
        SlaState.PENDING,
        ASSIGNED_AT + SLA,
    )

    early = await _check(tenant, SLA - timedelta(minutes=1))
    assert early.read == 0  # not up yet
    await _check(tenant, SLA + timedelta(minutes=1))

    missed, moved = await _decisions(tenant, lead_id)
    assert (missed.sla, missed.responded_at) == (SlaState.MISSED, None)
    assert (moved.trigger, moved.user_id, moved.sla) == (Trigger.SLA, second, SlaState.PENDING)
    assert moved.explanation["steps"][0]["skipped"] == {str(first): Skipped.NO_RESPONSE.value}
    assert await tenant.owners([lead_id]) == [second]
    async with unit_of_work(database, tenant.owner) as work:
        feed = await work.session.scalars(
            select(Activity.payload)
            .where(Activity.lead_id == lead_id, Activity.kind == ActivityKind.ASSIGNED)
            .order_by(Activity.id)
        )
        assert [entry["why"] for entry in feed] == ["bulk", "sla"]


async def test_a_call_in_time_answers_the_lead_and_its_time_is_kept(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    first, _ = tenant.members
    lead_id = await _routed(tenant)
    await _log_call(tenant, first, lead_id, timedelta(minutes=12))

    checked = await _check(tenant, SLA + timedelta(minutes=1))

    assert checked.read == 0
    (decision,) = await _decisions(tenant, lead_id)
    assert (decision.sla, decision.responded_at) == (
        SlaState.MET,
        ASSIGNED_AT + timedelta(minutes=12),
    )
    assert await tenant.owners([lead_id]) == [first]


async def test_a_late_answer_misses_the_sla_but_keeps_the_lead(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    first, _ = tenant.members
    lead_id = await _routed(tenant)
    await _log_call(tenant, first, lead_id, SLA + timedelta(minutes=5))
    await _check(tenant, SLA + timedelta(minutes=10))

    (decision,) = await _decisions(tenant, lead_id)
    assert (decision.sla, decision.responded_at) == (
        SlaState.MISSED,
        ASSIGNED_AT + SLA + timedelta(minutes=5),
    )
    assert await tenant.owners([lead_id]) == [first]


async def test_an_escalating_rule_gives_the_unanswered_lead_to_the_teams_manager(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=1)
    (rep,) = tenant.members
    manager = tenant.owner.user_id
    await tenant.work(lambda work: teams.add_member(work, tenant.team_id, manager))
    await tenant.work(
        lambda work: teams.set_member_part(
            work, tenant.team_id, manager, {"manages": True, "active": False}
        )
    )
    lead_id = await _routed(tenant, sla_action=SlaAction.ESCALATE)
    assert await tenant.owners([lead_id]) == [rep]  # the manager takes no leads of their own

    await _check(tenant, SLA + timedelta(minutes=1))

    _, escalated = await _decisions(tenant, lead_id)
    assert escalated.user_id == manager
    assert escalated.explanation["steps"][0]["escalated"] is True
    assert await tenant.owners([lead_id]) == [manager]


async def test_a_lead_a_person_took_meanwhile_stays_theirs(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    lead_id = await _routed(tenant)
    await tenant.work(lambda work: bulk.assign(work, [lead_id], Owners(tenant.owner.user_id)))
    await _check(tenant, SLA + timedelta(minutes=1))

    (decision,) = await _decisions(tenant, lead_id)
    assert decision.sla is SlaState.SUPERSEDED
    assert await tenant.owners([lead_id]) == [tenant.owner.user_id]


async def test_the_check_is_queued_for_when_the_sla_is_up(
    database: Database, settings: Settings
) -> None:
    broker = tasks.configure(settings)
    assert isinstance(broker, StubBroker)
    tenant = await team_tenant(database, settings, members=1)
    await tenant.rule("Raskt svar", sla_minutes=30)
    (lead_id,) = await tenant.leads("Kari")
    taken_jobs(broker, "check_responses")  # and what creating the lead queued

    await tenant.route([lead_id])

    (message,) = taken_jobs(broker, "check_responses")
    assert message.kwargs == {"tenant_id": str(tenant.signed_up.tenant.id)}
    held_ms = message.options["eta"] - message.message_timestamp
    assert held_ms == pytest.approx(SLA.total_seconds() * 1000, abs=5_000)
