"""The in-process worker, for tests of jobs that the services queue."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
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
