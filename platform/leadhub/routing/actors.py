"""Jobs of routing: leads handed to someone when they are created or reach a
routing stage, every unassigned lead of a tenant on demand, and the response
SLAs checked when they are up."""

from uuid import UUID

from leadhub import sweeps, tasks
from leadhub.db import utcnow
from leadhub.principal import SystemJob
from leadhub.routing import responses, router
from leadhub.routing.models import Trigger
from leadhub.work import unit_of_work


@tasks.actor
async def route_leads(tenant_id: str, lead_ids: list[str], trigger: str) -> None:
    """Route leads the moment it matters: created without an owner, or reaching a
    stage that routes leads (``leads.lifecycle.route_later``)."""
    principal = SystemJob(UUID(tenant_id), "route_leads")
    async with unit_of_work(tasks.worker_database(), principal) as work:
        await work.run(
            lambda work: router.route(
                work, [UUID(lead_id) for lead_id in lead_ids], Trigger(trigger)
            )
        )


@tasks.actor
async def route_unowned_leads(tenant_id: str, on_behalf_of: str, team_id: str | None) -> None:
    """Route every open lead of a tenant that has no owner (in a team's queue, if
    ``team_id``), batch by batch."""
    principal = SystemJob(UUID(tenant_id), "route_unowned_leads", UUID(on_behalf_of))
    team = None if team_id is None else UUID(team_id)
    await sweeps.run(
        tasks.worker_database(),
        principal,
        lambda work, after, size: router.route_unowned(work, after, size, team_id=team),
        pace=tasks.sweep_pace(waited_for=True, batch_size=router.SWEEP_LEADS),
    )


@tasks.actor
async def check_responses(tenant_id: str) -> None:
    """Settle the tenant's response SLAs that are up (queued for when one is): an
    unanswered lead goes on to another member or to the team's manager."""
    now = utcnow()
    await sweeps.run(
        tasks.worker_database(),
        SystemJob(UUID(tenant_id), "check_responses"),
        lambda work, _after, size: responses.check_due(work, now, size),
        pace=tasks.sweep_pace(waited_for=True),
    )
