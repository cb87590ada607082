"""Funnel rules the API cannot reach yet: history keeps the stages leads passed through."""

import pytest
from sqlalchemy import select

from leadhub.db import Database
from leadhub.leads import funnel
from leadhub.leads import service as lead_service
from leadhub.leads.errors import LeadError, LeadErrorCode
from leadhub.leads.models import FunnelStage, Lead
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job


async def test_a_stage_leads_passed_through_stays_for_their_history(
    database: Database, settings: Settings
) -> None:
    tenant = (await make_tenant(database, settings)).tenant.id
    async with unit_of_work(database, system_job(tenant)) as work, work.transaction():
        session = work.session
        first, second = (await session.scalars(select(FunnelStage).order_by("position"))).all()[:2]
        lead = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Mover"), stage_id=first.id
        )
        # the lifecycle's moves arrive with their own operations; the row moves here
        (await session.get_one(Lead, (tenant, lead.id))).stage_id = second.id
    async with unit_of_work(database, system_job(tenant)) as work:
        session = work.session
        with pytest.raises(LeadError) as refused:
            async with work.transaction():
                await funnel.delete_stage(work, first.id)
    assert refused.value.code is LeadErrorCode.STAGE_HAS_HISTORY
