"""Jobs of the partner API: each tenant's spent OAuth codes and tokens cleared away."""

from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.db import utcnow
from leadhub.oauth import store
from leadhub.principal import SystemJob
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def forget_spent_credentials(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: codes and tokens that can no longer be
    used, a day after (a reuse is still told from a stranger until then)."""
    principal = SystemJob(UUID(tenant_id), "forget_spent_credentials")
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        forgotten = await store.forget_spent(work, utcnow())
    _log.info("spent credentials forgotten", tenant_id=tenant_id, day=day, **forgotten)
