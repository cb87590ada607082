"""A tenant with a million leads (issue 9): what grows with it, and what must not.

One tenant among 10 is grown by COPY to 100,000 leads, with their feed, stage
history and tags (``bench.growth``), and then to 1,000,000. At each size
``leadhub serve``, in production settings with one uvicorn worker, is timed over
GraphQL on the operations of ``bench.lead_operations``, in interleaved rounds,
each beside ``lead(id:) { id name }`` for one lead, the baseline. Last, a server
starts on a day whose sweep has not run, and the list page is timed while the
daily sweep decays scores and returns parked leads in its process.

    python -m bench.scale            # full: 100,000 then 1,000,000 leads; the bars
    python -m bench.scale --quick    # 1,000 then 10,000 leads: checks every part works

The bars, at 1,000,000 leads: every operation's median at most 4 times the
baseline's; none of those ratios more than 1.5 times what it was at 100,000 (the
baseline does not grow with the tenant, and takes out the machine's drift between
the sizes); the sweep finishes, and the list page's p95 beside it is at most twice
its p95 without.

Exits 1 if anything is broken (a server fails, an answer has errors or the wrong
shape, the sweep fails or has nothing to do), and in full mode if a bar is missed.
"""

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from subprocess import CalledProcessError

import asyncpg
import httpx

from bench.database import BenchDatabase, Unreachable, exit_without_postgresql
from bench.deployment import Deployment, deployed
from bench.graphql import graphql_target
from bench.growth import Growth, grow, prepare
from bench.lead_operations import BASELINE, LIST_PAGE, OPERATIONS, Operation, Sample
from bench.load import BrokenResponse, Target, latencies
from bench.scale_report import (
    Figures,
    SizeFigures,
    SweepFigures,
    report,
    report_growth,
    report_size,
    verdict,
)
from bench.seed import Scale, SeededTenant, seed
from bench.servers import LEADHUB, ServerFailed, serving
from bench.sweeping import SweepFailed, hold_sweeps, release_sweep, sweep_progress

DATABASE_NAME = "leadhub_bench_scale"
# The tables a growth writes, vacuumed and analyzed after it as autovacuum would
# have, so that it does not start while requests are timed.
GROWN_TABLES = ("leads", "activities", "stage_changes", "lead_tags", "leadhub_private.lead_search")
COUNTED_TABLES = ("activities", "stage_changes", "lead_tags")  # the grown tenant's, reported


@dataclass(frozen=True)
class Mode:
    scale: Scale  # the tenants, and the leads of each but the grown one
    sizes: tuple[int, int]  # the grown tenant's leads, measured at each
    rounds: int
    requests_per_round: int  # of each operation, one after another
    warmup_requests: int  # of each operation, untimed
    sweep_timeout_seconds: float
    enforce_bars: bool


FULL = Mode(
    Scale(tenants=10, measured_tenant_leads=0, other_tenant_leads=10_000, reps_per_tenant=4),
    sizes=(100_000, 1_000_000),
    rounds=5,
    requests_per_round=40,
    warmup_requests=5,
    sweep_timeout_seconds=1800,
    enforce_bars=True,
)
QUICK = Mode(
    Scale(tenants=10, measured_tenant_leads=0, other_tenant_leads=200, reps_per_tenant=4),
    sizes=(1_000, 10_000),
    rounds=1,
    requests_per_round=10,
    warmup_requests=2,
    sweep_timeout_seconds=120,
    enforce_bars=False,
)


@dataclass(frozen=True)
class _Seeded:
    tenant: SeededTenant
    growth: Growth
    sample: Sample  # drawn anew after each growth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, short runs, no bar")
    mode = QUICK if parser.parse_args(argv).quick else FULL
    try:
        figures = run(mode)
    except Unreachable as error:
        return exit_without_postgresql(error, full=mode.enforce_bars)
    except (BrokenResponse, ServerFailed, SweepFailed, CalledProcessError) as error:
        print(f"bench: broken: {error}", file=sys.stderr)
        return 1
    report(figures)
    return verdict(figures, enforce_bars=mode.enforce_bars)


def run(mode: Mode) -> Figures:
    """Grow the tenant, time it at each size, then beside the sweep; leaves nothing behind."""
    small, large = mode.sizes
    figures = Figures()
    with deployed(BenchDatabase.from_environment(DATABASE_NAME)) as deployment:
        environment = deployment.environment
        seeded = asyncio.run(_first_growth(deployment, mode.scale, small, figures))
        with serving(LEADHUB, environment) as leadhub:
            figures.sizes.append(asyncio.run(_time_operations(leadhub, seeded, mode, small)))
        seeded = asyncio.run(_second_growth(deployment, seeded, small, large, figures))
        with serving(LEADHUB, environment) as leadhub:
            figures.sizes.append(asyncio.run(_time_operations(leadhub, seeded, mode, large)))
            alone = asyncio.run(_list_page_alone(leadhub, seeded, mode))
        # The next start sweeps every tenant, in the server's process, as embedded
        # mode runs it; the list page is timed beside it until /metrics shows it done.
        asyncio.run(_release_todays_sweep(deployment))
        with serving(LEADHUB, environment) as leadhub:
            figures.sweep = asyncio.run(_beside_sweep(leadhub, seeded, mode, alone))
    return figures


async def _first_growth(
    deployment: Deployment, scale: Scale, size: int, figures: Figures
) -> _Seeded:
    print(
        f"seeding {scale.tenants} tenants, {scale.other_tenant_leads:,} leads in each but one,"
        f" then {size:,} leads with their rows in that one",
        flush=True,
    )
    started = time.monotonic()
    async with deployment.seeding() as (app_database, admin):
        tenant = await seed(app_database, admin, deployment.settings, scale)
        # Before any server starts: else its start would sweep, beside the requests.
        await hold_sweeps(admin, _today())
        growth = await prepare(admin, tenant, datetime.now(UTC))
        await grow(admin, growth, 0, size, datetime.now(UTC))
        figures.rows[size] = await _settled(admin, tenant)
        sample = await Sample.drawn(admin, tenant.id)
    figures.seed_seconds[size] = time.monotonic() - started
    report_growth(figures, size)
    return _Seeded(tenant, growth, sample)


async def _second_growth(
    deployment: Deployment, seeded: _Seeded, small: int, large: int, figures: Figures
) -> _Seeded:
    print(f"growing the tenant from {small:,} to {large:,} leads", flush=True)
    started = time.monotonic()
    async with deployment.database.admin_connection() as admin:
        await grow(admin, seeded.growth, small, large - small, datetime.now(UTC))
        figures.rows[large] = await _settled(admin, seeded.tenant)
        sample = await Sample.drawn(admin, seeded.tenant.id)
    figures.seed_seconds[large] = time.monotonic() - started
    report_growth(figures, large)
    return replace(seeded, sample=sample)


async def _settled(admin: asyncpg.Connection, tenant: SeededTenant) -> dict[str, int]:
    """The grown tables vacuumed and analyzed, as autovacuum would have left them (and
    so that it does not start while requests are timed); the tenant's rows counted."""
    for table in GROWN_TABLES:
        await admin.execute(f"VACUUM (ANALYZE) {table}")
    return {
        table: await admin.fetchval(f"SELECT count(*) FROM {table} WHERE tenant_id = $1", tenant.id)
        for table in COUNTED_TABLES
    }


async def _time_operations(leadhub: str, seeded: _Seeded, mode: Mode, size: int) -> SizeFigures:
    print(f"timing {len(OPERATIONS) + 1} operations at {size:,} leads", flush=True)
    figures = SizeFigures(size)
    operations = (BASELINE, *OPERATIONS)
    targets = {op.name: _target(leadhub, seeded, op) for op in operations}
    for op in operations:
        await latencies(targets[op.name], mode.warmup_requests, op.check)
    # Rounds go through every operation, so that a slow spell of the machine hits all.
    for _ in range(mode.rounds):
        for op in operations:
            figures.latencies[op.name] += await latencies(
                targets[op.name], mode.requests_per_round, op.check
            )
    report_size(figures)
    return figures


async def _list_page_alone(leadhub: str, seeded: _Seeded, mode: Mode) -> list[float]:
    print("timing the list page alone, then beside the daily sweep", flush=True)
    target = _target(leadhub, seeded, LIST_PAGE)
    await latencies(target, mode.warmup_requests, LIST_PAGE.check)
    return await latencies(target, mode.rounds * mode.requests_per_round, LIST_PAGE.check)


async def _release_todays_sweep(deployment: Deployment) -> None:
    async with deployment.database.admin_connection() as admin:
        await release_sweep(admin, _today())


async def _beside_sweep(
    leadhub: str, seeded: _Seeded, mode: Mode, alone: list[float]
) -> SweepFigures:
    started = time.monotonic()
    target = _target(leadhub, seeded, LIST_PAGE)
    await latencies(target, mode.warmup_requests, LIST_PAGE.check)
    beside: list[float] = []
    async with httpx.AsyncClient() as metrics:
        while True:
            beside += await latencies(target, mode.requests_per_round, LIST_PAGE.check)
            progress = await sweep_progress(metrics, leadhub)
            if progress.tenants_done == mode.scale.tenants:
                break
            if time.monotonic() - started > mode.sweep_timeout_seconds:
                raise SweepFailed(f"not done in {mode.sweep_timeout_seconds:g} s: {progress}")
    if not progress.changed:
        raise SweepFailed(f"the sweep had nothing to do: {progress}")
    return SweepFigures(time.monotonic() - started, progress, alone, beside)


def _target(leadhub: str, seeded: _Seeded, op: Operation) -> Target:
    return graphql_target(op.name, leadhub, seeded.tenant, op.document, op.variables(seeded.sample))


def _today() -> date:
    return datetime.now(UTC).date()


if __name__ == "__main__":
    sys.exit(main())
