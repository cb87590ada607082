"""The daily sweep is scheduled for its time of day, not for the moment of start."""

from datetime import UTC, datetime, time, timedelta

from leadhub import schedule, tasks
from leadhub.db import utcnow
from leadhub.settings import Settings


async def test_starting_the_scheduler_leaves_the_sweep_to_its_daily_time(
    settings: Settings,
) -> None:
    tasks.configure(settings)
    now = utcnow()
    scheduler = schedule.start_embedded_scheduler()
    try:
        next_run = scheduler.get_job(schedule.DAILY_SWEEP).next_run_time
    finally:
        scheduler.shutdown(wait=False)

    five_past_midnight = datetime.combine(now.date(), time(0, 5), UTC)
    if five_past_midnight <= now:
        five_past_midnight += timedelta(days=1)
    assert next_run == five_past_midnight
