"""The daily sweep runs at its time of day; a start sweeps only a day not swept yet."""

import asyncio
import threading
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from apscheduler.events import EVENT_JOB_EXECUTED, JobExecutionEvent  # type: ignore[import-untyped]
from prometheus_client import REGISTRY

from leadhub import schedule, tasks
from leadhub.db import Database, utcnow
from leadhub.settings import Settings
from tests.builders import make_tenant
from tests.workers import JOBS_TIMEOUT_SECONDS, embedded_worker


def decay_sweeps_run() -> float:
    labels = {"actor": "decay_scores", "outcome": "processed"}
    return REGISTRY.get_sample_value("leadhub_jobs_total", labels) or 0.0


async def test_the_daily_sweep_is_scheduled_for_its_time_not_for_the_start(
    settings: Settings,
) -> None:
    tasks.configure(settings)
    now = utcnow()
    scheduler = schedule.start_embedded_scheduler()
    try:
        daily = scheduler.get_job(schedule.DAILY_SWEEP).next_run_time
    finally:
        scheduler.shutdown(wait=False)

    five_past_midnight = datetime.combine(now.date(), time(0, 5), UTC)
    if five_past_midnight <= now:
        five_past_midnight += timedelta(days=1)
    assert daily == five_past_midnight


async def test_a_start_after_the_days_sweep_sweeps_nothing(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    await make_tenant(committing_postgres, settings)
    async with embedded_worker(settings, committing_postgres, tmp_path) as jobs_done:
        before = decay_sweeps_run()
        schedule.queue_sweep()  # today's, at its time
        await jobs_done()
        assert decay_sweeps_run() == before + 1

        queued_at_start = threading.Event()

        def on_run(event: JobExecutionEvent) -> None:
            if event.job_id == schedule.SWEEP_AT_START:
                queued_at_start.set()

        scheduler = schedule.start_embedded_scheduler()
        try:
            # Added before the scheduler's loop first wakes up, so it misses no run.
            scheduler.add_listener(on_run, EVENT_JOB_EXECUTED)
            assert await asyncio.to_thread(queued_at_start.wait, JOBS_TIMEOUT_SECONDS)
        finally:
            scheduler.shutdown(wait=False)
        await jobs_done()
        assert decay_sweeps_run() == before + 1
