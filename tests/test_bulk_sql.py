"""Many rows in one statement (leadhub.bulk_sql): on PostgreSQL unnested from an
array for each column, on SQLite executed row by row; the same rows either way,
and in the session's tenant only."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from leadhub.activity.models import Activity, ActivityKind, ActorKind
from leadhub.bulk_sql import insert_rows, one_of, update_rows
from leadhub.db import Database, new_id
from leadhub.leads import service as lead_service
from leadhub.leads.models import Lead
from leadhub.settings import Settings
from leadhub.statement_guard import UnscopedStatement
from leadhub.tenants.service import SignUp
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job


async def _leads(database: Database, tenant_id: uuid.UUID, *names: str) -> list[uuid.UUID]:
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        return [
            (await lead_service.create_lead(work, lead_service.LeadFields(name=name))).id
            for name in names
        ]


async def _two_tenants(
    database: Database, settings: Settings
) -> tuple[SignUp, list[uuid.UUID], SignUp, uuid.UUID]:
    """Ours with three leads, and theirs with one."""
    ours = await make_tenant(database, settings, "Første AS")
    theirs = await make_tenant(database, settings, "Andre AS")
    our_leads = await _leads(database, ours.tenant.id, "Kari Hansen", "Ola Nordmann", "Siri Berg")
    (their_lead,) = await _leads(database, theirs.tenant.id, "Eva Dahl")
    return ours, our_leads, theirs, their_lead


async def test_inserted_rows_read_back_as_given(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    tenant_id = signed_up.tenant.id
    lead_ids = await _leads(database, tenant_id, "Åse Ødegård", "Per Olsen")
    occurred_at = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # Oslo's clocks go forward at 01:00
    rows = [
        {
            "id": new_id(),
            "lead_id": lead_id,
            "kind": kind,
            "actor_kind": ActorKind.SYSTEM,
            "actor_id": actor_id,
            "actor_client_id": None,
            "actor_job": job,
            "payload": payload,
            "occurred_at": occurred_at + timedelta(minutes=minutes),
        }
        for lead_id, kind, actor_id, job, payload, minutes in (
            (
                lead_ids[0],
                ActivityKind.ASSIGNED,
                signed_up.user.id,
                "Regel Nord",
                {"why": "æøå"},
                0,
            ),
            (lead_ids[1], ActivityKind.NOTE, None, None, {}, 45),
        )
    ]
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        await insert_rows(work.session, Activity, rows)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        found = await work.session.scalars(
            select(Activity).where(Activity.id.in_([row["id"] for row in rows]))
        )
        columns = ["tenant_id", *rows[0]]
        read = {
            activity.id: {name: getattr(activity, name) for name in columns} for activity in found
        }
    assert read == {row["id"]: {"tenant_id": tenant_id, **row} for row in rows}


async def test_updated_rows_are_the_tenants_named_by_id_or_none_is(
    database: Database, settings: Settings
) -> None:
    ours, our_leads, theirs, their_lead = await _two_tenants(database, settings)
    before = datetime.now(UTC)
    # a JSON list is one value, not an array's dimension
    breakdown = [{"rule": "Nord", "points": 40}]
    rows = [
        {"id": our_leads[0], "owner_id": ours.user.id, "score": 40, "score_breakdown": breakdown},
        {"id": our_leads[1], "owner_id": None, "score": 7, "score_breakdown": []},
    ]
    async with unit_of_work(database, system_job(ours.tenant.id)) as work, work.transaction():
        await update_rows(work.session, Lead, rows)
    their_row = {"id": their_lead, "owner_id": ours.user.id, "score": 99, "score_breakdown": []}
    with pytest.raises(StaleDataError):
        async with unit_of_work(database, system_job(ours.tenant.id)) as work, work.transaction():
            await update_rows(work.session, Lead, [{**rows[0], "score": 1}, their_row])
    async with unit_of_work(database, system_job(ours.tenant.id)) as work:
        found = await work.session.scalars(select(Lead).where(Lead.id.in_(our_leads)))
        leads = {lead.id: lead for lead in found}
    first, second = leads[our_leads[0]], leads[our_leads[1]]
    assert (first.owner_id, first.score, first.score_breakdown) == (ours.user.id, 40, breakdown)
    assert (second.owner_id, second.score, second.score_breakdown) == (None, 7, [])
    assert leads[our_leads[2]].score == 0  # not among the rows
    assert leads[our_leads[0]].updated_at >= before > leads[our_leads[2]].updated_at
    async with unit_of_work(database, system_job(theirs.tenant.id)) as work:
        their = await work.session.get_one(Lead, (theirs.tenant.id, their_lead))
    assert (their.owner_id, their.score) == (None, 0)


async def test_rows_that_differ_in_their_columns_are_refused(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    lead_ids = await _leads(database, signed_up.tenant.id, "Kari Hansen", "Per Olsen")
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        with pytest.raises(ValueError, match="differ in their columns"):
            await update_rows(
                work.session, Lead, [{"id": lead_ids[0], "score": 1}, {"id": lead_ids[1]}]
            )
        with pytest.raises(ValueError, match="by its id"):
            await update_rows(work.session, Lead, [{"score": 1}])


async def test_rows_without_what_may_not_be_null_or_of_another_tenant_are_refused(
    database: Database, settings: Settings
) -> None:
    ours = await make_tenant(database, settings, "Første AS")
    theirs = await make_tenant(database, settings, "Andre AS")
    (lead_id,) = await _leads(database, ours.tenant.id, "Kari Hansen")
    activity = {
        "lead_id": lead_id,
        "kind": ActivityKind.NOTE,
        "actor_kind": ActorKind.SYSTEM,
        "payload": {},
        "occurred_at": datetime.now(UTC),
    }
    async with unit_of_work(database, system_job(ours.tenant.id)) as work:
        # the mapped class would give an id on SQLite; neither database does here
        with pytest.raises(ValueError, match="leave out id"):
            await insert_rows(work.session, Activity, [activity])
        with pytest.raises(UnscopedStatement, match="another tenant"):
            await insert_rows(
                work.session,
                Activity,
                [{**activity, "id": new_id(), "tenant_id": theirs.tenant.id}],
            )
        with pytest.raises(UnscopedStatement, match="another tenant"):
            await update_rows(
                work.session, Lead, [{"id": lead_id, "score": 5, "tenant_id": theirs.tenant.id}]
            )


async def test_one_of_finds_the_rows_of_the_values_given_and_of_none_none(
    database: Database, settings: Settings
) -> None:
    ours, our_leads, _, their_lead = await _two_tenants(database, settings)
    async with unit_of_work(database, system_job(ours.tenant.id)) as work:
        asked = [our_leads[0], our_leads[2], their_lead]
        found = await work.session.scalars(
            select(Lead.name).where(one_of(work.session, Lead.id, asked)).order_by(Lead.name)
        )
        none = await work.session.scalars(select(Lead.id).where(one_of(work.session, Lead.id, [])))
        assert (list(found), list(none)) == (["Kari Hansen", "Siri Berg"], [])
