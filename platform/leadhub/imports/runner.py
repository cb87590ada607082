"""Running an import: jobs that take it chunk by chunk from its checkpoint, each
chunk a transaction of its own with the checkpoint, each job for a while only,
handing the rest on to the next job, so that none outlives the broker's patience.

A broker delivers a job at least once: again after a worker dies holding it, or
twice when a worker dies between sending the next job and acknowledging its own.
Each job therefore carries a step and a token, and claims the import for them
(``_claim``): a job of an earlier step, or a second job of the same step, finds
the import claimed and does nothing; a job delivered again has the same token,
and carries on where the last chunk committed. Every chunk checks the claim in
its transaction, so no two jobs write the same rows, and none is written twice.
"""

import time
import uuid
from functools import partial

from sqlalchemy import select

from leadhub.db import Database
from leadhub.errors import DomainError
from leadhub.imports import service
from leadhub.imports.chunk import import_chunk
from leadhub.imports.models import ImportStatus, LeadImport
from leadhub.imports.reading import AheadReader, ReadRows
from leadhub.imports.storage import FileStore
from leadhub.leads import intake
from leadhub.principal import InTenant, SystemJob
from leadhub.work import UnitOfWork, unit_of_work


async def carry_on(
    database: Database,
    store: FileStore,
    tenant_id: uuid.UUID,
    import_id: uuid.UUID,
    step: int,
    token: str,
    *,
    chunk_rows: int,
    seconds: float,
) -> bool:
    """Import chunks of ``chunk_rows`` rows from the import's checkpoint for about
    ``seconds``, if this job may (its ``step`` and ``token``); whether rows are left
    for the next job."""
    deadline = time.monotonic() + seconds
    async with unit_of_work(database, SystemJob(tenant_id, service.IMPORT_JOB)) as work:
        claimed = await work.run(lambda work: _claim(work, import_id, step, token))
    if claimed is None:
        return False
    if isinstance(claimed, DomainError):
        raise RuntimeError(f"claiming import {import_id} was refused: {claimed.message}")
    principal = SystemJob(tenant_id, service.IMPORT_JOB, on_behalf_of=claimed.started_by_id)
    try:
        return await _chunks(database, store, principal, claimed, token, chunk_rows, deadline)
    except Exception as fault:
        async with unit_of_work(database, principal) as work:
            given_up = await work.run(
                partial(_fault, import_id=import_id, token=token, fault=fault)
            )
        if given_up is True:
            return False
        raise  # the broker retries the job, which goes on from the checkpoint


async def _chunks(
    database: Database,
    store: FileStore,
    principal: SystemJob,
    claimed: LeadImport,
    token: str,
    chunk_rows: int,
    deadline: float,
) -> bool:
    import_id, written = claimed.id, claimed.rows_done
    async with unit_of_work(database, principal) as work:
        context = await service.context_of(work, claimed)
    layout = service.layout_of(claimed)
    async with (
        store.opened(claimed.stored_as) as path,
        AheadReader(path, layout, written, context, chunk_rows) as reader,
        unit_of_work(database, principal) as work,
    ):
        refresh_at = _refresh_at(written)
        while True:
            chunk = await reader.next()
            going = await work.run(
                partial(
                    _land,
                    import_id=import_id,
                    token=token,
                    chunk=chunk,
                    starts_at=written,
                    chunk_rows=chunk_rows,
                )
            )
            if isinstance(going, DomainError):
                raise RuntimeError(f"import {import_id} was refused: {going.message}")
            written += len(chunk)
            if going and written >= refresh_at:
                await work.run(intake.refresh_statistics)
                refresh_at = _refresh_at(written)
            if not going:
                return False
            if time.monotonic() > deadline:
                return True


async def import_all(
    work: UnitOfWork[InTenant],
    store: FileStore,
    lead_import: LeadImport,
    *,
    chunk_rows: int,
) -> None:
    """Import every row in the work's transaction, chunk by chunk, the counts kept
    on the import as a job keeps them: for a dry run, which rolls it all back."""
    context = await service.context_of(work, lead_import)
    layout = service.layout_of(lead_import)
    async with (
        store.opened(lead_import.stored_as) as path,
        AheadReader(path, layout, lead_import.rows_done, context, chunk_rows) as reader,
    ):
        while chunk := await reader.next():
            await import_chunk(work, lead_import, chunk)


# The rows after which the tables an import writes are analyzed, and then again
# each time the rows it wrote double: the planner then knows the tenant's size.
STATISTICS_AFTER_ROWS = 5_000


def _refresh_at(rows_done: int) -> int:
    return max(STATISTICS_AFTER_ROWS, 2 * rows_done)


async def _locked(work: UnitOfWork[InTenant], import_id: uuid.UUID) -> LeadImport | None:
    return await work.session.scalar(
        select(LeadImport)
        .where(LeadImport.id == import_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


# Faults in a row after which an import is given up: retries can mend a database
# that went away for a while, not a bug.
MAX_FAULTS = 5


async def _fault(
    work: UnitOfWork[InTenant], import_id: uuid.UUID, token: str, fault: Exception
) -> bool:
    """Count a fault the import's job met; whether the import is given up."""
    lead_import = await _locked(work, import_id)
    if lead_import is None or lead_import.step_token != uuid.UUID(token):
        return False
    lead_import.faults += 1
    if lead_import.faults < MAX_FAULTS or lead_import.status is not ImportStatus.RUNNING:
        return False
    failure = (
        f"Stopped by a fault of ours after {lead_import.rows_done:,} rows, which are imported"
        f" ({type(fault).__name__}). Importing the file again skips them."
    )
    service.end(work, lead_import, ImportStatus.FAILED, failure)
    return True


async def _claim(
    work: UnitOfWork[InTenant], import_id: uuid.UUID, step: int, token: str
) -> LeadImport | None:
    """The running import, claimed for this job; None if another job has it, a
    later one took it over, or it ended."""
    lead_import = await _locked(work, import_id)
    if lead_import is None or lead_import.status is not ImportStatus.RUNNING:
        return None
    if step < lead_import.step:
        return None
    claimed_by = lead_import.step_token
    if step == lead_import.step and claimed_by is not None and claimed_by != uuid.UUID(token):
        return None
    lead_import.step, lead_import.step_token = step, uuid.UUID(token)
    return lead_import


async def _land(
    work: UnitOfWork[InTenant],
    import_id: uuid.UUID,
    token: str,
    chunk: ReadRows,
    starts_at: int,
    chunk_rows: int,
) -> bool:
    """Import the chunk, which starts at row ``starts_at``, if the job still holds its
    claim and the checkpoint is where the chunk starts (a copy of this job, delivered
    again while it ran, may have moved it); whether rows are left."""
    lead_import = await _locked(work, import_id)
    if lead_import is None or lead_import.status is not ImportStatus.RUNNING:
        return False
    if lead_import.step_token != uuid.UUID(token) or lead_import.rows_done != starts_at:
        return False
    if chunk:
        await import_chunk(work, lead_import, chunk)
    lead_import.faults = 0
    if len(chunk) < chunk_rows:
        service.end(work, lead_import, ImportStatus.FINISHED)
        return False
    return True
