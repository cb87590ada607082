"""The daily sweep under benchmark: held off while requests are timed, set going
by a server's start when timed beside them, and followed on the server's /metrics.

A server's start queues the sweep of the day, which runs unless ``sweep_days``
says that day's has run (``leadhub.schedule``); so claiming today and tomorrow
(should a run cross midnight) keeps every start from sweeping, and releasing
today makes the next start sweep every tenant, in the server's process, as the
embedded mode does.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import asyncpg
import httpx
from prometheus_client.parser import text_string_to_metric_families

from leadhub.schedule import TENANT_SWEEPS


class SweepFailed(Exception):
    """A tenant's sweep raised, or did not end in time."""


@dataclass(frozen=True)
class SweepProgress:
    tenants_done: int  # tenants whose every sweep has run
    batches: int  # of the decay
    read: int  # leads the decay looked at
    changed: int  # leads it rewrote
    returned: int  # leads back from nurture


async def hold_sweeps(admin: asyncpg.Connection, today: date) -> None:
    await admin.executemany(
        "INSERT INTO sweep_days (day, started_at) VALUES ($1, now()) ON CONFLICT DO NOTHING",
        [(today,), (today + timedelta(days=1),)],
    )


async def release_sweep(admin: asyncpg.Connection, today: date) -> None:
    await admin.execute("DELETE FROM sweep_days WHERE day = $1", today)


async def sweep_progress(client: httpx.AsyncClient, base_url: str) -> SweepProgress:
    """How far the server's sweeps have gone; raises SweepFailed if one raised."""
    response = await client.get(f"{base_url}/metrics")
    response.raise_for_status()
    counts: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            counts[sample.name, tuple(sorted(sample.labels.items()))] = sample.value

    def count(name: str, **labels: str) -> int:
        return int(counts.get((name, tuple(sorted(labels.items()))), 0))

    for sweep in TENANT_SWEEPS:
        for outcome in ("retried", "failed"):
            if count("leadhub_jobs_total", actor=sweep, outcome=outcome):
                raise SweepFailed(f"{sweep} {outcome} (see the server's log)")
    return SweepProgress(
        tenants_done=min(
            count("leadhub_jobs_total", actor=sweep, outcome="processed") for sweep in TENANT_SWEEPS
        ),
        batches=count("leadhub_sweep_batches_total", sweep="decay_scores"),
        read=count("leadhub_sweep_leads_total", sweep="decay_scores", result="read"),
        changed=count("leadhub_sweep_leads_total", sweep="decay_scores", result="changed"),
        returned=count("leadhub_sweep_leads_total", sweep="return_due_leads", result="changed"),
    )
