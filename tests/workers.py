"""Workers for tests of jobs that the services queue: the in-process one, and
`leadhub worker` processes on a real broker."""

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from leadhub import tasks
from leadhub.db import Database
from leadhub.settings import Settings

JOBS_TIMEOUT_SECONDS = 30


@asynccontextmanager
async def embedded_worker(
    settings: Settings, database: Database, outbox: Path
) -> AsyncIterator[Callable[[], Awaitable[None]]]:
    """Worker threads running jobs against ``database`` (it must commit: workers see
    committed rows only) and writing mail to ``outbox``; yields a function that
    waits until every job queued so far has run."""
    worker_settings = settings.model_copy(
        update={
            "database_url": database.engine.url.render_as_string(hide_password=False),
            "mail_url": f"file://{outbox}",
        }
    )
    tasks.configure(worker_settings)
    worker = tasks.start_embedded_worker()

    async def jobs_done() -> None:
        await asyncio.wait_for(asyncio.to_thread(worker.join), JOBS_TIMEOUT_SECONDS)

    try:
        yield jobs_done
    finally:
        worker.stop()


@contextmanager
def worker_processes(
    database: Database, broker_url: str, processes: int, **environment: str
) -> Iterator[None]:
    """`leadhub worker` processes taking jobs from ``broker_url`` against ``database``,
    with these settings besides (``SECRET_KEY="..."``)."""
    environment = {
        **os.environ,
        "DATABASE_URL": database.engine.url.render_as_string(hide_password=False),
        "BROKER_URL": broker_url,
        "LOG_LEVEL": "WARNING",
        **environment,
    }
    command = [sys.executable, "-m", "leadhub", "worker", "--processes", str(processes)]
    workers = subprocess.Popen(command, env=environment)
    try:
        yield
    finally:
        workers.terminate()
        workers.wait(timeout=30)
