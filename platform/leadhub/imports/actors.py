"""Jobs of imports: an import carried on, chunk by chunk, one job after another;
an export written; and files removed that nothing will read again."""

import uuid
from datetime import date

from leadhub import tasks
from leadhub.imports import exports, retention, runner, service
from leadhub.imports.storage import file_store
from leadhub.principal import SystemJob
from leadhub.work import unit_of_work


@tasks.actor
async def import_leads(tenant_id: str, import_id: str, step: int, token: str) -> None:
    """Import rows of a started import for a while, then hand the rest on."""
    settings = tasks.configured_settings()
    more = await runner.carry_on(
        tasks.worker_database(),
        file_store(settings),
        uuid.UUID(tenant_id),
        uuid.UUID(import_id),
        step,
        token,
        chunk_rows=settings.import_chunk_rows,
        seconds=settings.import_job_seconds,
    )
    if more:
        # Sent before this job is acknowledged: if the worker dies in between, both
        # come again, and the claims let one of them carry on (``runner``).
        tasks.send(
            service.IMPORT_JOB,
            tenant_id=tenant_id,
            import_id=import_id,
            step=step + 1,
            token=str(uuid.uuid4()),
        )


@tasks.actor
async def forget_file(key: str) -> None:
    """Remove a kept file nothing will read again."""
    await file_store(tasks.configured_settings()).remove(key)


@tasks.actor
async def forget_old_files(tenant_id: str, day: str) -> None:
    """The daily sweep: drop the tenant's drafts and exports past their days."""
    principal = SystemJob(uuid.UUID(tenant_id), retention.SWEEP_JOB)
    store = file_store(tasks.configured_settings())
    async with unit_of_work(tasks.worker_database(), principal) as work:
        await work.run(lambda work: retention.forget_old(work, store, date.fromisoformat(day)))


@tasks.actor
async def export_leads(tenant_id: str, export_id: str) -> None:
    """Write a requested export's file."""
    settings = tasks.configured_settings()
    await exports.write_requested(
        tasks.worker_database(), file_store(settings), uuid.UUID(tenant_id), uuid.UUID(export_id)
    )
