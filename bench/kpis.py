"""What a dashboard opens with (issue 12): the funnel, the sales volume month by
month and the win rate, over the last year, and the activity feed, on a tenant of
a million leads.

With 1,000,000 leads and 5,000,000 stage-history rows in one tenant among 10 on
PostgreSQL, Leadhub under one uvicorn worker answers each KPI over GraphQL in at
most 100 ms (median), asked by the tenant's owner for the last 12 whole months
of its time zone, and the feed's first page in at most 20 ms
(``bench.kpi_queries``, where a query is added):

    funnel                the leads created then, and how many reached each stage
    salesVolume by month  what was won then, in how many wins, and the average ticket
    winRate               won of won and lost, among the leads closed then
    activityFeed          the tenant's 50 newest activities

The tenants' leads and their stage history, three years of them, are copied in
(``bench.funnel_history``), 10,000 in each other tenant, each stage change with
its activity in the feed, and every table is
vacuumed and analyzed, as autovacuum would have. Every answer is checked against
what the administrator works out from those rows. The baseline is a plain count
of the tenant's leads, ``SELECT count(*) FROM leads``, sent to PostgreSQL by the
application role in a transaction that publishes the owner's scope, so that
row-level security binds it as it binds the server. Rounds time the baseline and
each query once in turn, so that a slow spell of the machine hits all; each
median is printed as a ratio to the baseline's.

    python -m bench.kpis            # full: 1,000,000 leads; the bar
    python -m bench.kpis --quick    # 20,000 leads: checks every part works

Exits 1 if anything is broken (a server fails, an answer has errors or is not what
the tenant's rows say, the baseline does not count the tenant's leads), and in
full mode if a query's median is over its bar.
"""

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from subprocess import CalledProcessError
from zoneinfo import ZoneInfo

import asyncpg
import httpx

from bench.bare_app import Scope, read_transaction
from bench.database import APP_ROLE, BenchDatabase, Unreachable, exit_without_postgresql
from bench.deployment import Deployment, deployed
from bench.funnel_history import populate, record_feed, settle, tenant_funnels
from bench.graphql import graphql_target
from bench.kpi_queries import KPIS, Year
from bench.load import BrokenResponse, Check, Target, fetch
from bench.seed import Scale, SeededTenant, seed
from bench.servers import LEADHUB, ServerFailed, serving

DATABASE_NAME = "leadhub_bench_kpis"
TENANTS = 10
REPS_PER_TENANT = 10  # members besides the owner, who own the leads
BASELINE = "count(*) of the tenant's leads"
COUNT = "SELECT count(*) FROM leads"


@dataclass(frozen=True)
class Mode:
    measured_tenant_leads: int
    other_tenant_leads: int  # in each of the others
    runs: int  # of each query and of the baseline, one a round
    warmup_runs: int
    enforce_bar: bool


FULL = Mode(
    measured_tenant_leads=1_000_000,
    other_tenant_leads=10_000,
    runs=15,
    warmup_runs=2,
    enforce_bar=True,
)
QUICK = Mode(
    measured_tenant_leads=20_000,
    other_tenant_leads=500,
    runs=3,
    warmup_runs=1,
    enforce_bar=False,
)


@dataclass(frozen=True)
class Seeded:
    tenant: SeededTenant
    year: Year
    checks: dict[str, Check]  # by query
    leads: int  # the tenant's
    stage_changes: int  # the tenant's
    all_leads: int  # in every tenant
    seconds: float  # from sign-up to the last table analyzed


@dataclass
class Figures:
    seeded: Seeded
    latencies: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def median(self, name: str) -> float:
        """In milliseconds."""
        return statistics.median(self.latencies[name]) * 1000

    def ratio(self, name: str) -> float:
        return self.median(name) / self.median(BASELINE)


class BenchmarkBroken(Exception):
    """The baseline did not count the tenant's leads."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs, no bar")
    mode = QUICK if parser.parse_args(argv).quick else FULL
    try:
        figures = run(mode)
    except Unreachable as error:
        return exit_without_postgresql(error, full=mode.enforce_bar)
    except (BenchmarkBroken, BrokenResponse, ServerFailed, CalledProcessError) as error:
        print(f"bench: broken: {error}", file=sys.stderr)
        return 1
    _report(mode, figures)
    return _verdict(mode, figures)


def run(mode: Mode) -> Figures:
    """Build the database, serve it, and time the queries; leaves nothing behind."""
    with deployed(BenchDatabase.from_environment(DATABASE_NAME)) as deployment:
        seeded = asyncio.run(_seed(deployment, mode))
        with serving(LEADHUB, deployment.environment) as leadhub:
            return asyncio.run(_measure(deployment, leadhub, seeded, mode))


async def _seed(deployment: Deployment, mode: Mode) -> Seeded:
    others = TENANTS - 1
    print(
        f"seeding {TENANTS} tenants: {mode.measured_tenant_leads:,} leads with their stage"
        f" history in one, {mode.other_tenant_leads:,} in each other",
        flush=True,
    )
    started = time.monotonic()
    async with deployment.seeding() as (app_database, admin):
        # Sign-up, members and sources only: the leads are funnel_history's.
        scale = Scale(
            tenants=TENANTS,
            measured_tenant_leads=0,
            other_tenant_leads=0,
            reps_per_tenant=REPS_PER_TENANT,
        )
        tenant = await seed(app_database, admin, deployment.settings, scale)
        funnels = await tenant_funnels(admin, tenant.id)
        leads = [mode.measured_tenant_leads, *[mode.other_tenant_leads] * others]
        await populate(admin, funnels, leads, datetime.now(UTC))
        print("recording the stage history in the activity feed", flush=True)
        await record_feed(admin)
        print("vacuuming and analyzing", flush=True)
        await settle(admin)
        seconds = time.monotonic() - started
        year = await _last_year(admin, tenant.id)
        print(f"working out the answers for {year.first_day} to {year.last_day}", flush=True)
        checks = {kpi.name: await kpi.expectation(admin, tenant.id, year) for kpi in KPIS}
        stage_changes = await admin.fetchval(
            "SELECT count(*) FROM stage_changes WHERE tenant_id = $1", tenant.id
        )
    return Seeded(
        tenant=tenant,
        year=year,
        checks=checks,
        leads=mode.measured_tenant_leads,
        stage_changes=stage_changes,
        all_leads=sum(leads),
        seconds=seconds,
    )


async def _last_year(admin: asyncpg.Connection, tenant_id: uuid.UUID) -> Year:
    """The tenant's last 12 whole months, in its time zone."""
    zone = ZoneInfo(await admin.fetchval("SELECT time_zone FROM tenants WHERE id = $1", tenant_id))
    return Year.before(datetime.now(zone).date(), zone)


async def _measure(deployment: Deployment, leadhub: str, seeded: Seeded, mode: Mode) -> Figures:
    print(f"timing {len(KPIS)} queries and the baseline, {mode.runs} rounds", flush=True)
    figures = Figures(seeded)
    targets = {
        kpi.name: graphql_target(
            kpi.name, leadhub, seeded.tenant, kpi.document, repeat(seeded.year.variables())
        )
        for kpi in KPIS
    }
    owner = Scope(seeded.tenant.id, seeded.tenant.member_ids[0])
    async with _application_pool(deployment) as pool, httpx.AsyncClient(timeout=60) as client:

        async def one_round() -> dict[str, float]:
            taken = {BASELINE: await _counted(pool, owner, seeded.leads)}
            for name, target in targets.items():
                taken[name] = await _answered(client, target, seeded.checks[name])
            return taken

        for _ in range(mode.warmup_runs):
            await one_round()
        for _ in range(mode.runs):
            for name, seconds in (await one_round()).items():
                figures.latencies[name].append(seconds)
    return figures


@asynccontextmanager
async def _application_pool(deployment: Deployment) -> AsyncIterator[asyncpg.Pool]:
    """The application role's connection, which row-level security binds."""
    url = deployment.database.url(APP_ROLE).replace("postgresql+asyncpg://", "postgresql://", 1)
    async with asyncpg.create_pool(url, min_size=1, max_size=1, reset=_keep_session) as pool:
        yield pool


async def _keep_session(_connection: asyncpg.Connection) -> None:
    """Nothing to reset: every transaction was ended (and a reset is a round trip)."""


async def _counted(pool: asyncpg.Pool, scope: Scope, leads: int) -> float:
    """Seconds the count took, once shown to be the tenant's leads."""
    started = time.perf_counter()
    async with read_transaction(pool, scope) as connection:
        counted = await connection.fetchval(COUNT)
    taken = time.perf_counter() - started
    if counted != leads:
        raise BenchmarkBroken(f"the baseline counted {counted:,} leads, not the tenant's {leads:,}")
    return taken


async def _answered(client: httpx.AsyncClient, target: Target, check: Check) -> float:
    """Seconds the query took, once its answer is checked."""
    started = time.perf_counter()
    body = await fetch(client, target)
    taken = time.perf_counter() - started
    check(body)
    return taken


def _report(mode: Mode, figures: Figures) -> None:
    seeded = figures.seeded
    year = seeded.year
    print(
        f"\n{seeded.leads:,} leads and {seeded.stage_changes:,} stage changes in the tenant read,"
        f" {seeded.all_leads:,} leads in {TENANTS} tenants; seeded in {seeded.seconds:.0f} s"
    )
    print(
        f"the tenant's owner asks for {year.first_day} to {year.last_day} ({year.zone.key})"
        f" over GraphQL, one uvicorn worker; medians of {mode.runs} rounds;"
        " /base: over the baseline's"
    )
    print(f"{'query':32}{'median ms':>10}{'/base':>8}{'bar ms':>8}")
    print(f"{BASELINE:32}{figures.median(BASELINE):10.1f}{1:8.2f}")
    for kpi in KPIS:
        median = figures.median(kpi.name)
        verdict = "ok" if median <= kpi.bar_ms else "over"
        print(
            f"{kpi.name:32}{median:10.1f}{figures.ratio(kpi.name):8.2f}{kpi.bar_ms:8g}  {verdict}"
        )


def _verdict(mode: Mode, figures: Figures) -> int:
    if not mode.enforce_bar:
        print("quick mode: too little data for the figures to mean anything; no bar checked")
        return 0
    over = [kpi for kpi in KPIS if figures.median(kpi.name) > kpi.bar_ms]
    for kpi in over:
        print(
            f"FAIL: {kpi.name}: the median, {figures.median(kpi.name):.1f} ms, is over the"
            f" {kpi.bar_ms:g} ms bar"
        )
    if not over:
        print("ok: every query's median is within its bar")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
