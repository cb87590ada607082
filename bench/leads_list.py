"""The leads list: one page of 50 leads with their owner, source and stage.

With 100,000 leads in one tenant among 10 on PostgreSQL, Leadhub under one uvicorn
worker answers that page in at most 15 ms (median). Beside it, a bare Starlette
endpoint (``bench.bare_app``) runs the same SQL as the same role and returns the
same page as JSON; the figures are printed as a ratio against it, both measured
in the same run, in interleaved rounds, so that a noisy machine slows both.

    python -m bench.leads_list            # full: enforces the 15 ms median
    python -m bench.leads_list --quick    # small: checks every part still works

Exits 1 if anything is broken (a server fails, a page differs from the baseline's
or has errors), and in full mode if the median is over the bar.
"""

import argparse
import asyncio
import statistics
import sys
from dataclasses import dataclass, field
from itertools import repeat
from subprocess import CalledProcessError
from typing import Any

import httpx

from bench.database import BenchDatabase, Unreachable, exit_without_postgresql
from bench.deployment import Deployment, deployed
from bench.graphql import graphql_target
from bench.load import (
    BrokenResponse,
    Target,
    fetch,
    latencies,
    percentile,
    requests_per_second,
)
from bench.seed import Scale, SeededTenant, seed
from bench.servers import BARE, LEADHUB, ServerFailed, serving

PAGE_SIZE = 50
MEDIAN_BAR_MS = 15.0
DATABASE_NAME = "leadhub_bench"
# Connections of the throughput client: enough to keep one worker busy while its
# requests wait on PostgreSQL, and within SQLAlchemy's default pool of 5.
CONCURRENCY = 4

PAGE = """
query LeadsPage($first: Int!) {
  tenant {
    leads(first: $first) {
      edges { node { id name owner { id name email } source { id name kind } stage { id name } } }
    }
  }
}
"""


@dataclass(frozen=True)
class Mode:
    scale: Scale
    rounds: int
    requests_per_round: int  # sent one after another, for latency
    seconds_per_round: float  # of concurrent requests, for throughput
    warmup_seconds: float
    enforce_bar: bool


FULL = Mode(
    Scale(tenants=10, measured_tenant_leads=100_000, other_tenant_leads=10_000, reps_per_tenant=4),
    rounds=5,
    requests_per_round=200,
    seconds_per_round=4.0,
    warmup_seconds=3.0,
    enforce_bar=True,
)
QUICK = Mode(
    Scale(tenants=10, measured_tenant_leads=2_000, other_tenant_leads=200, reps_per_tenant=4),
    rounds=1,
    requests_per_round=20,
    seconds_per_round=1.0,
    warmup_seconds=0.5,
    enforce_bar=False,
)


@dataclass
class Figures:
    latencies: list[float] = field(default_factory=list)  # seconds, every request
    rates: list[float] = field(default_factory=list)  # requests per second, one per round

    def latency(self, quantile: int) -> float:
        """The ``quantile``-th percentile of the latencies, in milliseconds."""
        return percentile(self.latencies, quantile)


class BenchmarkBroken(Exception):
    """The page is wrong, or the baseline does not answer the same page."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, short runs, no bar")
    mode = QUICK if parser.parse_args(argv).quick else FULL
    try:
        figures = run(mode)
    except Unreachable as error:
        return exit_without_postgresql(error, full=mode.enforce_bar)
    except (BenchmarkBroken, BrokenResponse, ServerFailed, CalledProcessError) as error:
        print(f"bench: broken: {error}", file=sys.stderr)
        return 1
    _report(mode, figures)
    return _verdict(mode, figures["leadhub"])


def run(mode: Mode) -> dict[str, Figures]:
    """Build the database, serve it both ways, and measure both; leaves nothing behind."""
    with deployed(BenchDatabase.from_environment(DATABASE_NAME)) as deployment:
        reader = asyncio.run(_seed(deployment, mode.scale))
        environment = deployment.environment
        with serving(LEADHUB, environment) as leadhub, serving(BARE, environment) as bare:
            return asyncio.run(_measure(_targets(reader, leadhub, bare), mode))


async def _seed(deployment: Deployment, scale: Scale) -> SeededTenant:
    async with deployment.seeding() as (app_database, admin):
        return await seed(app_database, admin, deployment.settings, scale)


def _targets(reader: SeededTenant, leadhub: str, bare: str) -> dict[str, Target]:
    return {
        "leadhub": graphql_target("leadhub", leadhub, reader, PAGE, repeat({"first": PAGE_SIZE})),
        "bare": Target(
            name="bare",
            url=f"{bare}/leads",
            bodies=repeat({"first": PAGE_SIZE}),
            headers=reader.login_headers(),
        ),
    }


async def _measure(targets: dict[str, Target], mode: Mode) -> dict[str, Figures]:
    await _check_same_page(targets)
    for target in targets.values():
        await requests_per_second(target, CONCURRENCY, mode.warmup_seconds)
    figures = {name: Figures() for name in targets}
    # Rounds alternate between the servers, so a slow spell of the machine hits both.
    for _ in range(mode.rounds):
        for name, target in targets.items():
            figures[name].latencies += await latencies(target, mode.requests_per_round, _check_page)
            figures[name].rates.append(
                await requests_per_second(target, CONCURRENCY, mode.seconds_per_round)
            )
    return figures


async def _check_same_page(targets: dict[str, Target]) -> None:
    async with httpx.AsyncClient() as client:
        leadhub = await fetch(client, targets["leadhub"])
        bare = await fetch(client, targets["bare"])
    _check_page(leadhub)
    if leadhub != bare:
        raise BenchmarkBroken("the baseline's page differs from Leadhub's")


def _check_page(body: dict[str, Any]) -> None:
    edges = body["data"]["tenant"]["leads"]["edges"]
    if len(edges) != PAGE_SIZE:
        raise BenchmarkBroken(f"the page has {len(edges)} leads, not {PAGE_SIZE}")


def _report(mode: Mode, figures: dict[str, Figures]) -> None:
    leadhub, bare = figures["leadhub"], figures["bare"]
    scale = mode.scale
    in_all = scale.measured_tenant_leads + (scale.tenants - 1) * scale.other_tenant_leads
    print(
        f"leads(first: {PAGE_SIZE}) with owner, source and stage:"
        f" {scale.measured_tenant_leads:,} leads in the tenant read,"
        f" {in_all:,} in {scale.tenants} tenants"
    )
    print(
        f"one uvicorn worker per server; rounds alternating between them: {mode.rounds},"
        f" each {mode.requests_per_round} requests in a row, then {mode.seconds_per_round:g} s"
        f" over {CONCURRENCY} connections"
    )
    rows = [
        ("latency median (ms)", leadhub.latency(50), bare.latency(50)),
        ("latency p95 (ms)", leadhub.latency(95), bare.latency(95)),
        ("requests per second", statistics.median(leadhub.rates), statistics.median(bare.rates)),
    ]
    print(f"{'':22}{'leadhub':>10}{'bare':>10}{'leadhub/bare':>14}")
    for label, measured, baseline in rows:
        print(f"{label:22}{measured:10.1f}{baseline:10.1f}{measured / baseline:14.2f}")


def _verdict(mode: Mode, leadhub: Figures) -> int:
    median = leadhub.latency(50)
    if not mode.enforce_bar:
        print("quick mode: too few requests for the figures to mean anything; no bar checked")
        return 0
    if median > MEDIAN_BAR_MS:
        print(f"FAIL: the median, {median:.1f} ms, is over the {MEDIAN_BAR_MS:g} ms bar")
        return 1
    print(f"ok: the median, {median:.1f} ms, is within the {MEDIAN_BAR_MS:g} ms bar")
    return 0


if __name__ == "__main__":
    sys.exit(main())
