"""A thousand leads in one bulk action: one transaction, statements not per lead."""

from sqlalchemy import func, select

from leadhub.db import Database
from leadhub.leads import bulk, funnel
from leadhub.leads.models import FunnelStage, Lead, LeadTag, Milestone, StageChange, Temperature
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job
from tests.conftest import StatementCounter


async def test_a_thousand_leads_move_and_are_tagged_in_few_statements(
    database: Database, settings: Settings, statements: StatementCounter
) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work, work.transaction():
        session = work.session
        first = await funnel.first_open_stage(work)
        leads = [
            Lead(name=f"Lead {n}", stage_id=first.id, temperature=Temperature.COLD)
            for n in range(bulk.MAX_LEADS)
        ]
        session.add_all(leads)
        await session.flush()
        sql = await session.scalar(
            select(FunnelStage).where(FunnelStage.milestone == Milestone.SQL)
        )
        assert sql is not None
        ids = [lead.id for lead in leads]

        before = statements.count
        await bulk.move(work, ids, sql.id)
        await bulk.tag(work, ids, "spring")
        await session.flush()
        # loading, checking and writing in batches, not a round trip per lead
        assert statements.count - before < 20

        moved = await session.scalar(
            select(func.count()).select_from(StageChange).where(StageChange.to_stage_id == sql.id)
        )
        tagged = await session.scalar(select(func.count()).select_from(LeadTag))
        assert (moved, tagged) == (bulk.MAX_LEADS, bulk.MAX_LEADS)
