"""Imports run by jobs, chunk by chunk: each chunk lands with its checkpoint, a job
hands the rest on, a job delivered twice or late does nothing twice, and a
cancelled import stops; on both databases."""

import itertools
import uuid
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leadhub.db import Database
from leadhub.errors import DomainError
from leadhub.imports import files, runner, service
from leadhub.imports.errors import ImportErrorCode, LeadImportError
from leadhub.imports.models import ImportStatus
from leadhub.imports.rows import Read, Unreadable, read
from leadhub.leads.models import Lead
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer, jobs_of

ROWS = 7
LIST = "Navn,E-post\n" + "".join(f"Person {n},person{n}@example.com\n" for n in range(ROWS))


@pytest.fixture
async def tenant(database: Database, settings: Settings, tmp_path: Path) -> Importer:
    return await importer(database, settings, tmp_path)


async def _lead_count(tenant: Importer) -> int:
    async with unit_of_work(tenant.database, tenant.system) as work:
        return await work.session.scalar(select(func.count()).select_from(Lead)) or 0


async def test_each_job_imports_for_a_while_and_the_next_goes_on_from_the_checkpoint(
    tenant: Importer,
) -> None:
    lead_import = await tenant.upload(LIST)
    job = await tenant.started_job(lead_import)

    # no time to spare: one chunk, then the job hands the rest on
    assert await tenant.carry_on(job, chunk_rows=3, seconds=0)
    first = await tenant.current(lead_import)
    assert (first.status, first.rows_done, first.created, await _lead_count(tenant)) == (
        ImportStatus.RUNNING,
        3,
        3,
        3,
    )
    second = {**job, "step": job["step"] + 1, "token": str(uuid.uuid4())}
    assert not await tenant.carry_on(second, chunk_rows=3)

    done = await tenant.current(lead_import)
    assert (done.status, done.rows_done, done.created, done.total_rows) == (
        ImportStatus.FINISHED,
        ROWS,
        ROWS,
        ROWS,
    )
    assert done.finished_at is not None
    assert await _lead_count(tenant) == ROWS


async def test_a_job_delivered_again_goes_on_and_a_stale_or_second_one_does_nothing(
    tenant: Importer,
) -> None:
    lead_import = await tenant.upload(LIST)
    job = await tenant.started_job(lead_import)
    assert await tenant.carry_on(job, chunk_rows=2, seconds=0)
    # its worker died after sending the next job, before acknowledging: both come
    # again, and the job it sent comes twice over
    sent = {**job, "step": job["step"] + 1, "token": str(uuid.uuid4())}
    sent_again = {**sent, "token": str(uuid.uuid4())}

    assert await tenant.carry_on(job, chunk_rows=2, seconds=0)  # redelivered: goes on
    assert await tenant.carry_on(sent, chunk_rows=2, seconds=0)  # takes over
    assert not await tenant.carry_on(job, chunk_rows=2)  # an earlier step: nothing
    assert not await tenant.carry_on(sent_again, chunk_rows=2)  # the step is taken
    assert (await tenant.current(lead_import)).rows_done == 6
    assert not await tenant.carry_on(sent, chunk_rows=2)  # redelivered: goes on to the end

    done = await tenant.current(lead_import)
    assert (done.status, done.rows_done, done.created) == (ImportStatus.FINISHED, ROWS, ROWS)
    assert await _lead_count(tenant) == ROWS


async def test_a_cancelled_import_keeps_what_it_committed_and_stops(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    job = await tenant.started_job(lead_import)
    assert await tenant.carry_on(job, chunk_rows=2, seconds=0)

    cancelled = await tenant.work(lambda work: service.cancel(work, lead_import.id))
    assert cancelled.status is ImportStatus.CANCELLED
    assert not await tenant.carry_on(job, chunk_rows=2)

    stopped = await tenant.current(lead_import)
    assert (stopped.status, stopped.rows_done) == (ImportStatus.CANCELLED, 2)
    assert await _lead_count(tenant) == 2
    assert await tenant.summaries() == [
        {
            "kind": "imported",
            "importId": str(lead_import.id),
            "file": "liste.csv",
            "status": "cancelled",
            "created": 2,
            "updated": 0,
            "skipped": 0,
            "failed": 0,
        }
    ]
    refused = await tenant.work(lambda work: service.cancel(work, lead_import.id))
    assert isinstance(refused, DomainError)
    assert refused.code is ImportErrorCode.ALREADY_ENDED


async def test_an_import_starts_once_and_changes_only_before(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    await tenant.started_job(lead_import)

    for refused in (
        await tenant.work(lambda work: service.start(work, lead_import.id)),
        await tenant.work(
            lambda work: service.change(work, lead_import.id, service.Options(mapping=["name"]))
        ),
    ):
        assert isinstance(refused, DomainError)
        assert refused.code is ImportErrorCode.ALREADY_STARTED
    assert jobs_of(service.IMPORT_JOB) == []


async def test_a_preview_reads_the_first_rows_with_their_problems_and_writes_nothing(
    tenant: Importer,
) -> None:
    lead_import = await tenant.upload(
        "Navn;E-post;Telefon\nÅse Ødegård;ASE@havbruk.no;412 34 567\nKari;kari@;1\n"
        "Ola;ola@hansen.no;\n"
    )

    preview = await tenant.work(lambda work: service.preview(work, tenant.store, lead_import.id, 2))

    ase, kari = preview
    assert isinstance(ase, Read)
    assert (ase.line, ase.lead.values["email"], ase.lead.values["phone"]) == (
        2,
        "ase@havbruk.no",
        "+4741234567",
    )
    assert isinstance(kari, Unreadable)
    assert kari.line == 3
    assert "E-post:" in kari.reason and "Telefon:" in kari.reason
    assert await _lead_count(tenant) == 0
    for first in (0, service.MAX_PREVIEW_ROWS + 1):
        refused = await tenant.work(
            lambda work, first=first: service.preview(work, tenant.store, lead_import.id, first)
        )
        assert isinstance(refused, DomainError) and refused.field == "first"


async def test_files_over_the_limits_are_refused_before_anything_is_written(
    tenant: Importer,
) -> None:
    with pytest.raises(LeadImportError) as too_large:
        await tenant.upload(LIST, limits=service.Limits(max_bytes=20, max_rows=100))
    with pytest.raises(LeadImportError) as too_many:
        await tenant.upload(LIST, limits=service.Limits(max_bytes=10_000, max_rows=ROWS - 1))

    assert too_large.value.code is ImportErrorCode.TOO_LARGE
    assert too_many.value.code is ImportErrorCode.TOO_MANY_ROWS
    async with unit_of_work(tenant.database, tenant.system) as work:
        assert list(await work.session.scalars(service.imports(tenant.tenant_id))) == []
    assert list(tenant.store.root.glob("*/*")) == []


async def test_options_are_checked_before_they_are_kept(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)

    refused = await tenant.work(
        lambda work: service.change(
            work,
            lead_import.id,
            service.Options(
                mapping=["name", "shoe_size"],
                source_id=uuid.uuid4(),
                match_keys=[],
                external_system="Not a system!",
            ),
        )
    )

    assert isinstance(refused, DomainError)
    assert {problem.field for problem in refused.problems} == {
        "columns.1",
        "sourceId",
        "matchKeys",
        "externalSystem",
    }
    kept = await tenant.current(lead_import)
    assert (kept.mapping, kept.match_keys) == (["name", "email"], ["external_id", "email", "phone"])


async def test_a_job_that_keeps_failing_is_retried_then_the_import_fails_saying_why(
    tenant: Importer,
) -> None:
    lead_import = await tenant.upload(LIST)
    job = await tenant.started_job(lead_import)
    assert await tenant.carry_on(job, chunk_rows=2, seconds=0)
    await tenant.store.remove(lead_import.stored_as)  # a fault of ours: the file is gone

    for _ in range(runner.MAX_FAULTS - 1):
        with pytest.raises(FileNotFoundError):  # the broker retries the job
            await tenant.carry_on(job, chunk_rows=2)
    assert not await tenant.carry_on(job, chunk_rows=2)

    failed = await tenant.current(lead_import)
    assert (failed.status, failed.rows_done, failed.faults) == (ImportStatus.FAILED, 2, 5)
    assert failed.failure is not None
    assert "after 2 rows" in failed.failure and "FileNotFoundError" in failed.failure
    [summary] = await tenant.summaries()
    assert (summary["status"], summary["created"]) == ("failed", 2)
    assert not await tenant.carry_on(job, chunk_rows=2)  # a failed import is done


async def test_the_tables_are_analyzed_as_an_import_grows_them(
    tenant: Importer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # on PostgreSQL through a function the application role may call, though it
    # may not ANALYZE tables it does not own
    monkeypatch.setattr(runner, "STATISTICS_AFTER_ROWS", 2)
    lead_import = await tenant.upload(LIST)

    assert not await tenant.carry_on(await tenant.started_job(lead_import), chunk_rows=2)

    done = await tenant.current(lead_import)
    assert (done.status, done.created) == (ImportStatus.FINISHED, ROWS)


async def test_a_copy_of_a_job_lands_no_chunk_the_checkpoint_has_passed(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    job = await tenant.started_job(lead_import)
    # a copy, delivered again while the job ran, read the first rows too...
    async with unit_of_work(tenant.database, tenant.system) as work:
        context = await service.context_of(work, lead_import)
    async with tenant.store.opened(lead_import.stored_as) as path:
        first_rows = list(itertools.islice(files.rows(path, service.layout_of(lead_import)), 2))
    first_read = [read(row, context) for row in first_rows]
    # ...and the job itself landed them first
    assert await tenant.carry_on(job, chunk_rows=2, seconds=0)

    async with unit_of_work(tenant.database, tenant.system) as work:
        landed = await work.run(
            partial(
                runner._land,
                import_id=lead_import.id,
                token=job["token"],
                chunk=first_read,
                starts_at=0,
                chunk_rows=2,
            )
        )

    assert landed is False
    current = await tenant.current(lead_import)
    assert (current.rows_done, current.created, await _lead_count(tenant)) == (2, 2, 2)
