"""The files imports and exports keep go when nothing will read them: an import's
when it ends, a draft's and an export's after their days, by the daily sweep.
On both databases, with the jobs run as a worker runs them."""

import uuid
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select

from leadhub.db import Database, utcnow
from leadhub.errors import DomainError
from leadhub.imports import exports, retention, service
from leadhub.imports.actors import forget_file, forget_old_files
from leadhub.imports.errors import ImportErrorCode
from leadhub.imports.files import FileFormat
from leadhub.imports.models import LeadExport, LeadImport
from leadhub.leads.search import LeadFilter
from leadhub.schedule import TENANT_SWEEPS
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer, jobs_of, run_export_jobs

LIST = "Navn;E-post\nÅse Ødegård;ase@havbruk.no\nBjørn Ærø;bjorn@fisk.no\n"


@pytest.fixture
async def tenant(database: Database, settings: Settings, tmp_path: Path) -> Importer:
    return await importer(database, settings, tmp_path)


def _kept(tenant: Importer, key: str) -> bool:
    return (tenant.settings.uploads_dir / key).is_file()


async def _forget_files() -> int:
    """Run the file removals queued so far, as a worker does; how many there were."""
    jobs = jobs_of(retention.FORGET_FILE_JOB)
    for job in jobs:
        await forget_file(**job)
    return len(jobs)


async def test_an_import_that_ends_has_its_file_removed_and_previews_no_more(
    tenant: Importer,
) -> None:
    lead_import = await tenant.upload(LIST)
    assert _kept(tenant, lead_import.stored_as)
    assert not await tenant.carry_on(await tenant.started_job(lead_import))
    assert _kept(tenant, lead_import.stored_as)  # until the job sent after the commit runs

    assert await _forget_files() == 1
    assert not _kept(tenant, lead_import.stored_as)
    refused = await tenant.work(lambda work: service.preview(work, tenant.store, lead_import.id))
    assert isinstance(refused, DomainError)
    assert refused.code is ImportErrorCode.ALREADY_ENDED
    # a job can be lost: the daily sweep removes the file again for a week
    for days in (1, retention.ASKED_AGAIN_DAYS, retention.ASKED_AGAIN_DAYS + 1):
        _lost_job_left(tenant, lead_import.stored_as)
        assert await _sweep(tenant, utcnow().date() + timedelta(days=days)) == 0
        assert _kept(tenant, lead_import.stored_as) is (days > retention.ASKED_AGAIN_DAYS)


async def test_a_cancelled_import_has_its_file_removed(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    await tenant.start(lead_import)
    jobs_of(service.IMPORT_JOB)  # never run
    await tenant.work(lambda work: service.cancel(work, lead_import.id))

    assert await _forget_files() == 1
    assert not _kept(tenant, lead_import.stored_as)


async def _export(tenant: Importer) -> LeadExport:
    requested = await tenant.work(
        lambda work: exports.request_export(work, LeadFilter(), FileFormat.CSV, "import")
    )
    assert isinstance(requested, LeadExport), requested
    await run_export_jobs(tenant.database, tenant.settings)
    return requested


async def _sweep(tenant: Importer, day: date) -> int:
    dropped = await tenant.work(partial(retention.forget_old, store=tenant.store, day=day))
    assert isinstance(dropped, int), dropped
    return dropped


def _lost_job_left(tenant: Importer, key: str) -> None:
    """The file, as a removal job that was lost left it."""
    path = tenant.settings.uploads_dir / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(LIST)


def test_the_jobs_are_named_as_their_actors() -> None:
    assert forget_file.__name__ == retention.FORGET_FILE_JOB
    assert retention.SWEEP_JOB == forget_old_files.__name__ in TENANT_SWEEPS


async def _imports_and_exports(tenant: Importer) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    async with unit_of_work(tenant.database, tenant.system) as work:
        imports = set(await work.session.scalars(select(LeadImport.id)))
        kept_exports = set(await work.session.scalars(select(LeadExport.id)))
    return imports, kept_exports


async def test_the_daily_sweep_drops_old_drafts_and_exports_with_their_files(
    tenant: Importer,
) -> None:
    draft = await tenant.upload(LIST)
    started = await tenant.upload(LIST, name="startet.csv")
    await tenant.start(started)
    jobs_of(service.IMPORT_JOB)  # it runs on for days
    lead_export = await _export(tenant)
    assert _kept(tenant, draft.stored_as) and _kept(tenant, lead_export.stored_as)
    today = utcnow().date()

    # within their days, all stay
    assert await _sweep(tenant, today + timedelta(days=retention.DRAFT_DAYS)) == 0
    assert _kept(tenant, draft.stored_as) and _kept(tenant, lead_export.stored_as)

    past = today + timedelta(days=retention.DRAFT_DAYS + 1)
    assert await _sweep(tenant, past) == 2
    assert await _imports_and_exports(tenant) == ({started.id}, set())
    assert not _kept(tenant, draft.stored_as) and not _kept(tenant, lead_export.stored_as)
    assert _kept(tenant, started.stored_as)
    assert await _forget_files() == 0  # removed by the sweep itself, before the rows
    # a sweep again finds nothing more
    assert await _sweep(tenant, past) == 0
