"""A worker killed mid-import: `leadhub worker` processes take an import on
RabbitMQ against PostgreSQL; one is killed (SIGKILL) while it holds a job, another
takes over, and the counts come out exact: no row lost, none written twice."""

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from leadhub import tasks
from leadhub.db import Database
from leadhub.imports.models import ImportStatus, LeadImport
from leadhub.leads.models import Lead
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer
from tests.services import USES_SHARED_BROKERS, require_reachable_broker
from tests.test_tasks import RABBITMQ_URL

pytestmark = USES_SHARED_BROKERS

UNIQUE = 3000
DUPLICATES = 150  # rows repeating an earlier row's email
INVALID = 100  # rows with an email that is no address
CHUNK_ROWS = 125
DONE_WITHIN_SECONDS = 240


def _list() -> str:
    rows = [f"Person {n} Ødegård,person{n}@example.com,Firma {n % 97} AS" for n in range(UNIQUE)]
    rows += [f"Igjen {n},PERSON{n * 7}@example.com," for n in range(DUPLICATES)]
    rows += [f"Feil {n},feil{n}@,Feil AS" for n in range(INVALID)]
    # spread through the file, so that the kill falls among every kind
    mixed = [rows[index] for index in sorted(range(len(rows)), key=lambda index: index % 13)]
    return "Navn,E-post,Firma\n" + "\n".join(mixed) + "\n"


@contextmanager
def _worker(database: Database, settings: Settings) -> Iterator[subprocess.Popen[bytes]]:
    """A `leadhub worker` (its processes in a group of their own), chunking small
    and handing on every second."""
    environment = {
        **os.environ,
        "DATABASE_URL": database.engine.url.render_as_string(hide_password=False),
        "BROKER_URL": RABBITMQ_URL,
        "VAR_DIR": str(settings.var_dir),
        "IMPORT_CHUNK_ROWS": str(CHUNK_ROWS),
        "IMPORT_JOB_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "leadhub", "worker", "--processes", "1", "--threads", "2"]
    worker = subprocess.Popen(command, env=environment, start_new_session=True)
    try:
        yield worker
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        finally:
            # a process of the group left behind would take the next run's jobs
            with contextlib.suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)


async def _current(tenant: Importer, lead_import: LeadImport) -> LeadImport:
    return await tenant.current(lead_import)


async def _wait_for(tenant: Importer, lead_import: LeadImport, done: int) -> LeadImport:
    deadline = time.monotonic() + DONE_WITHIN_SECONDS
    while True:
        current = await _current(tenant, lead_import)
        if current.rows_done >= done or current.status.done:
            return current
        assert time.monotonic() < deadline, f"the import stopped at {current.rows_done} rows"
        await asyncio.sleep(0.05)


async def test_a_worker_killed_mid_import_loses_and_doubles_no_row(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    broker = tasks.configure(settings.model_copy(update={"broker_url": RABBITMQ_URL}))
    require_reachable_broker(RABBITMQ_URL)
    broker.flush_all()  # what earlier runs may have left
    tenant = await importer(committing_postgres, settings, tmp_path)
    lead_import = await tenant.upload(_list(), name="messe.csv")
    total = UNIQUE + DUPLICATES + INVALID
    await tenant.start(lead_import)

    with _worker(committing_postgres, settings) as first:
        killed_at = await _wait_for(tenant, lead_import, done=total // 3)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    assert killed_at.status is ImportStatus.RUNNING, "the import ended before the kill"
    with _worker(committing_postgres, settings):
        finished = await _wait_for(tenant, lead_import, done=total + 1)

    assert finished.status is ImportStatus.FINISHED
    assert (finished.rows_done, finished.created, finished.skipped, finished.failed) == (
        total,
        UNIQUE,
        DUPLICATES,
        INVALID,
    )
    async with unit_of_work(committing_postgres, tenant.system) as work:
        leads, emails = (
            await work.session.execute(
                select(func.count(), func.count(func.distinct(Lead.email))).select_from(Lead)
            )
        ).one()
    assert (leads, emails) == (UNIQUE, UNIQUE)
    assert len(await tenant.failed_rows(lead_import)) == INVALID
