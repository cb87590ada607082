"""The stages a lead has reached, which the funnel counts, kept as its history is
written: a merge gives the survivor the duplicate's history, and its stages."""

from sqlalchemy import select

from leadhub.db import Database
from leadhub.leads import dedupe, lifecycle
from leadhub.leads import service as lead_service
from leadhub.leads.models import FunnelStage, Lead, Milestone
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of


async def test_a_merge_gives_the_survivor_the_stages_the_duplicate_reached(
    database: Database, settings: Settings
) -> None:
    owner = owner_of(await make_tenant(database, settings))
    async with unit_of_work(database, owner) as work, work.transaction():
        survivor = await lead_service.create_lead(work, lead_service.LeadFields(name="Åse Berg"))
        duplicate = await lead_service.create_lead(work, lead_service.LeadFields(name="Åse B."))
        await lifecycle.qualify(work, duplicate.id, Milestone.SQL)
        await dedupe.merge(work, survivor_id=survivor.id, duplicate_id=duplicate.id)
    async with unit_of_work(database, owner) as work:
        stages = {
            stage.milestone: stage.mask for stage in await work.session.scalars(select(FunnelStage))
        }
        reached = await work.session.scalar(select(Lead.reached_stages))
    assert reached == stages[Milestone.SUSPECT] | stages[Milestone.SQL]
