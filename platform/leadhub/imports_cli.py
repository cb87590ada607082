"""``leadhub import`` and ``leadhub export``: a lead list imported from the command
line, with a progress bar, and a tenant's leads written out, as the system acting
for the tenant.

The import runs as any other does, on the broker's workers: in embedded mode
this process runs them while it waits (and the routing the import asks for); in
distributed mode ``leadhub worker`` processes do, and this one watches the
import's progress until it ends. A dry run imports every row in a transaction
that is rolled back, so its counts are exactly what the import would do.
"""

import asyncio
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from sqlalchemy.exc import NoResultFound

from leadhub import tasks
from leadhub.db import Database
from leadhub.errors import DomainError
from leadhub.imports import exports, mapping, runner, service
from leadhub.imports.chunk import Counts
from leadhub.imports.files import FileFormat
from leadhub.imports.models import ImportStatus, LeadImport
from leadhub.imports.storage import FileStore, file_store
from leadhub.leads import sources
from leadhub.leads.intake import OnMatch
from leadhub.leads.search import LeadFilter
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.text import folded
from leadhub.work import UnitOfWork, unit_of_work

POLL_SECONDS = 0.25


class CommandFailed(Exception):
    """Why the command stopped, in one line for the person who ran it."""


@dataclass(frozen=True)
class _Asked:
    """An import as the command line asks for it."""

    settings: Settings
    store: FileStore
    file: Path
    source: str | None
    on_match: OnMatch
    changes: Sequence[str]

    async def draft(self, work: UnitOfWork[SystemJob]) -> LeadImport:
        """The file kept, looked over and mapped as the options say."""
        await _tenant_exists(work)
        arriving = self.store.incoming() / str(uuid.uuid4())
        # The person's file stays theirs: a copy is kept.
        await asyncio.to_thread(shutil.copyfile, self.file, arriving)
        try:
            lead_import = await service.receive(
                work, self.store, service.Limits.of(self.settings), arriving, self.file.name
            )
        finally:
            arriving.unlink(missing_ok=True)
        try:
            changes = service.changes_by_header(self.changes)
            remapped = mapping.remapped(service.columns(lead_import), lead_import.headers, changes)
            return await service.change(
                work,
                lead_import.id,
                service.Options(
                    mapping=mapping.stored(remapped),
                    source_id=await _source_id(work, self.source) if self.source else None,
                    on_match=self.on_match,
                ),
            )
        except (DomainError, CommandFailed):
            await self.store.remove(lead_import.stored_as)  # the import it was kept for is not made
            raise

    async def started(self, work: UnitOfWork[SystemJob]) -> LeadImport:
        return await service.start(work, (await self.draft(work)).id)

    async def dry_run(self, work: UnitOfWork[SystemJob]) -> Counts:
        """What the import would do: every row imported, then rolled back."""
        transaction = await work.session.begin()
        lead_import = None
        try:
            lead_import = await self.draft(work)
            chunk_rows = self.settings.import_chunk_rows
            await runner.import_all(work, self.store, lead_import, chunk_rows=chunk_rows)
            return _counts(lead_import)  # before the rollback forgets them
        except DomainError as refusal:
            raise CommandFailed(_refusal(refusal)) from None
        finally:
            await transaction.rollback()
            if lead_import is not None:
                await self.store.remove(lead_import.stored_as)


def run_import(
    settings: Settings,
    tenant_id: uuid.UUID,
    file: Path,
    *,
    source: str | None,
    on_match: OnMatch,
    changes: Sequence[str],
    dry_run: bool,
) -> str:
    """Import ``file`` into the tenant; the summary line."""
    if not file.is_file():
        raise CommandFailed(f"{file} is not a file")
    tasks.configure(settings)
    asked = _Asked(settings, file_store(settings), file, source, on_match, changes)
    return asyncio.run(_import(asked, tenant_id, dry_run=dry_run))


async def _import(asked: _Asked, tenant_id: uuid.UUID, *, dry_run: bool) -> str:
    settings = asked.settings
    database = Database.connect(settings.resolved_database_url)
    console = Console(stderr=True)
    try:
        async with unit_of_work(database, SystemJob(tenant_id, service.IMPORT_JOB)) as work:
            if dry_run:
                counts = await asked.dry_run(work)
                console.print("Dry run: nothing was written.")
                return _summary("import finished", counts)
            started = await work.run(asked.started)
        if isinstance(started, DomainError):
            raise CommandFailed(_refusal(started))
        lead_import = await _watched(database, settings, tenant_id, started.id, console)
    finally:
        await database.dispose()
    verb = "finished" if lead_import.status is ImportStatus.FINISHED else lead_import.status.value
    return _summary(f"import {verb}", _counts(lead_import))


async def _tenant_exists(work: UnitOfWork[SystemJob]) -> None:
    try:
        await tenants.current_tenant(work)
    except NoResultFound:
        raise CommandFailed(f"no tenant has the id {work.tenant_id}") from None


async def _source_id(work: UnitOfWork[SystemJob], name: str) -> uuid.UUID:
    known = await sources.listable_ids_by_name(work)
    if folded(name) not in known:
        raise CommandFailed(f"no source is called {name!r}: add it in Leadhub first")
    return known[folded(name)]


async def _watched(
    database: Database,
    settings: Settings,
    tenant_id: uuid.UUID,
    import_id: uuid.UUID,
    console: Console,
) -> LeadImport:
    """The import once it has ended, its progress shown meanwhile; in embedded
    mode this process runs its jobs, and the routing they queue, to the end."""
    worker = tasks.start_embedded_worker() if settings.embedded else None
    try:
        with Progress(*_progress_columns(), console=console, transient=True) as progress:
            bar = progress.add_task("Importing", total=None)
            while True:
                lead_import = await _current(database, tenant_id, import_id)
                _show(progress, bar, lead_import)
                if lead_import.status.done:
                    break
                await asyncio.sleep(POLL_SECONDS)
        if worker is not None:
            await asyncio.to_thread(worker.join)
    finally:
        if worker is not None:
            worker.stop()
    return lead_import


def _progress_columns() -> tuple[ProgressColumn, ...]:
    return (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )


async def _current(database: Database, tenant_id: uuid.UUID, import_id: uuid.UUID) -> LeadImport:
    async with unit_of_work(database, SystemJob(tenant_id, service.IMPORT_JOB)) as work:
        lead_import = await service.find(work, import_id)
    assert lead_import is not None  # this command made it, and nothing deletes imports
    return lead_import


def _show(progress: Progress, bar: TaskID, lead_import: LeadImport) -> None:
    counts = _counts(lead_import)
    progress.update(
        bar,
        total=lead_import.total_rows,
        completed=lead_import.rows_done,
        description=(
            f"created {counts.created:,}, updated {counts.updated:,},"
            f" skipped {counts.skipped:,}, failed {counts.failed:,}"
        ),
    )


def _counts(lead_import: LeadImport) -> Counts:
    return Counts(
        created=lead_import.created,
        updated=lead_import.updated,
        skipped=lead_import.skipped,
        failed=lead_import.failed,
    )


def _summary(what: str, counts: Counts) -> str:
    return (
        f"{what}: read {counts.read}, created {counts.created}, updated {counts.updated},"
        f" skipped {counts.skipped}, failed {counts.failed}"
    )


def _refusal(error: DomainError) -> str:
    return "; ".join(
        f"{problem.field}: {problem.message}" if problem.field else problem.message
        for problem in error.problems
    )


def run_export(
    settings: Settings,
    tenant_id: uuid.UUID,
    target: Path,
    export_format: FileFormat,
    *,
    conditions: LeadFilter,
    system: str,
) -> str:
    """Write the tenant's leads that meet ``conditions`` to ``target``; the summary."""
    return asyncio.run(_export(settings, tenant_id, target, export_format, conditions, system))


async def _export(
    settings: Settings,
    tenant_id: uuid.UUID,
    target: Path,
    export_format: FileFormat,
    conditions: LeadFilter,
    system: str,
) -> str:
    database = Database.connect(settings.resolved_database_url)
    console = Console(stderr=True)
    try:
        async with unit_of_work(database, SystemJob(tenant_id, exports.EXPORT_JOB)) as work:
            await _tenant_exists(work)
            with Progress(*_progress_columns(), console=console, transient=True) as progress:
                bar = progress.add_task("Exporting", total=None)
                written = await exports.export(
                    work,
                    conditions,
                    target,
                    export_format,
                    system=system,
                    progress=lambda count: progress.update(bar, completed=count),
                )
    finally:
        await database.dispose()
    return f"export finished: {written} leads to {target}"


def tenant_id_of(text: str) -> uuid.UUID:
    """A tenant's id as the API shows it (a global id), or as the database has it."""
    from leadhub.graphql.node import decode_id

    decoded = decode_id(text.strip(), "Tenant")
    if decoded is not None:
        return decoded
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise CommandFailed(f"{text!r} is not a tenant id") from None
