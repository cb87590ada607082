"""The funnel's rollup (``FunnelCount``, PostgreSQL's): when it answers, and
folding a tenant's rows together.

It answers for the whole tenant, in the tenant's time zone: a rep's reach and
the KPI filters ask about leads it does not tell apart, so those read the leads.
"""

from typing import Any

from sqlalchemy import func, select, text

from leadhub.analytics.filters import LeadFilters
from leadhub.analytics.models import FunnelCount
from leadhub.analytics.periods import Window
from leadhub.analytics.series import Rows, in_window
from leadhub.leads.models import Lead
from leadhub.principal import InTenant
from leadhub.scope import Scope
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

# One row a day and combination of the tenant's, as the rows were each (one
# statement: a writer appending meanwhile is neither read nor removed).
FOLD = text(
    """
    WITH folded AS (
        DELETE FROM funnel_counts WHERE tenant_id = :tenant_id
        RETURNING tenant_id, day, reached_stages, leads
    )
    INSERT INTO funnel_counts (id, tenant_id, day, reached_stages, leads)
    SELECT gen_random_uuid(), tenant_id, day, reached_stages, sum(leads) FROM folded
    GROUP BY tenant_id, day, reached_stages
    HAVING sum(leads) <> 0
    """
)


async def _answers(work: UnitOfWork[InTenant], window: Window, filters: LeadFilters) -> bool:
    if work.session.get_bind().dialect.name != "postgresql":
        return False
    if filters.criteria() or Scope.of(work.principal).reach is not None:
        return False
    return window.zone_name == (await tenants.current_tenant(work)).time_zone


async def by_reached_stages(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> list[tuple[int, int]]:
    """How many leads created in the period reached each combination of stages."""
    query: Rows
    if await _answers(work, window, filters):
        query = (
            select(FunnelCount.reached_stages, func.sum(FunnelCount.leads))
            .where(FunnelCount.day >= window.first_day, FunnelCount.day <= window.last_day)
            .group_by(FunnelCount.reached_stages)
        )
    else:
        query = (
            select(Lead.reached_stages, func.count())
            .where(in_window(Lead.created_at, window), *filters.criteria())
            .group_by(Lead.reached_stages)
        )
    rows: Any = await work.session.execute(query)
    return [(reached, int(leads)) for reached, leads in rows]


async def fold(work: UnitOfWork[InTenant]) -> None:
    """The tenant's rows folded into one a day and combination (the daily sweep)."""
    if work.session.get_bind().dialect.name == "postgresql":
        await work.session.execute(FOLD, {"tenant_id": work.tenant_id})
