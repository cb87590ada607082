"""bench.scale's figures: what was measured, printed as tables, and held to the bars."""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from bench.lead_operations import BASELINE, OPERATIONS
from bench.load import percentile
from bench.sweeping import SweepProgress

RATIO_BAR = 4.0  # an operation's median over the baseline's, at the larger size
# An operation's growth: its median over the baseline's at the larger size, over the
# same at the smaller. The baseline (one lead by id) does not grow with the tenant,
# and timed in the same rounds it takes out the machine's drift between the sizes,
# minutes apart, which on a shared machine has moved every median twofold.
GROWTH_BAR = 1.5
SWEEP_BAR = 2.0  # the list page's p95 beside the sweep over its p95 alone


@dataclass
class SizeFigures:
    size: int  # the grown tenant's leads
    latencies: defaultdict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def median(self, operation: str) -> float:
        return statistics.median(self.latencies[operation]) * 1000

    def p95(self, operation: str) -> float:
        return percentile(self.latencies[operation], 95)

    def ratio(self, operation: str) -> float:
        return self.median(operation) / self.median(BASELINE.name)


@dataclass(frozen=True)
class SweepFigures:
    seconds: float  # from the server's start until /metrics showed every tenant swept
    progress: SweepProgress
    alone: list[float]  # the list page's latencies without a sweep
    beside: list[float]  # and while it ran

    def ratio(self) -> float:
        return percentile(self.beside, 95) / percentile(self.alone, 95)


@dataclass
class Figures:
    seed_seconds: dict[int, float] = field(default_factory=dict)  # by size reached
    rows: dict[int, dict[str, int]] = field(default_factory=dict)  # by size: table, count
    sizes: list[SizeFigures] = field(default_factory=list)  # the smaller, then the larger
    sweep: SweepFigures | None = None

    def growth(self, operation: str) -> float:
        small, large = self.sizes
        return large.ratio(operation) / small.ratio(operation)

    def drift(self) -> float:
        """How much the baseline's own median moved between the sizes."""
        small, large = self.sizes
        return large.median(BASELINE.name) / small.median(BASELINE.name)


def report_growth(figures: Figures, size: int) -> None:
    rows = ", ".join(f"{count:,} {table}" for table, count in figures.rows[size].items())
    print(f"  {size:,} leads, {rows}: ready in {figures.seed_seconds[size]:.0f} s", flush=True)


def report_size(at: SizeFigures) -> None:
    print(
        f"at {at.size:,} leads, milliseconds over GraphQL (one uvicorn worker, production"
        " settings); /base: the median over the baseline's"
    )
    print(f"{'operation':26}{'median':>8}{'p95':>8}{'/base':>8}")
    for operation in _names():
        print(
            f"{operation:26}{at.median(operation):8.1f}{at.p95(operation):8.1f}"
            f"{at.ratio(operation):8.2f}",
            flush=True,
        )


def report(figures: Figures) -> None:
    small, large = figures.sizes
    print(f"\nmedians (ms) from {small.size:,} to {large.size:,} leads; growth: of /base")
    print(f"{'operation':26}{small.size:>12,}{large.size:>12,}{'growth':>8}")
    for op in OPERATIONS:
        print(
            f"{op.name:26}{small.median(op.name):12.1f}{large.median(op.name):12.1f}"
            f"{figures.growth(op.name):8.2f}"
        )
    print(
        f"the baseline's median moved {figures.drift():.2f} times between the sizes:"
        " the machine's drift, which growth leaves out"
    )
    if figures.sweep is not None:
        _report_sweep(figures.sweep)


def _names() -> list[str]:
    return [BASELINE.name, *(op.name for op in OPERATIONS)]


def _report_sweep(sweep: SweepFigures) -> None:
    progress = sweep.progress
    print(
        f"\nthe daily sweep, in the server's process: done in {sweep.seconds:.0f} s;"
        f" the decay read {progress.read:,} leads in {progress.batches:,} batches and"
        f" rewrote {progress.changed:,}; {progress.returned:,} leads back from nurture"
    )
    print(
        f"list page p95: {percentile(sweep.alone, 95):.1f} ms alone"
        f" ({len(sweep.alone)} requests), {percentile(sweep.beside, 95):.1f} ms beside the"
        f" sweep ({len(sweep.beside)} requests): {sweep.ratio():.2f} times"
    )


def verdict(figures: Figures, *, enforce_bars: bool) -> int:
    if not enforce_bars:
        print("quick mode: too few requests for the figures to mean anything; no bar checked")
        return 0
    missed = _missed_bars(figures)
    for bar in missed:
        print(f"FAIL: {bar}")
    if not missed:
        print("ok: every bar holds")
    return 1 if missed else 0


def _missed_bars(figures: Figures) -> list[str]:
    small, large = figures.sizes
    missed = [
        f"{op.name}: median {large.median(op.name):.1f} ms at {large.size:,} leads,"
        f" {large.ratio(op.name):.2f} times the baseline's (bar {RATIO_BAR:g})"
        for op in OPERATIONS
        if large.ratio(op.name) > RATIO_BAR
    ]
    missed += [
        f"{op.name}: median over the baseline's grew {figures.growth(op.name):.2f} times"
        f" from {small.size:,} to {large.size:,} leads (bar {GROWTH_BAR:g})"
        for op in OPERATIONS
        if figures.growth(op.name) > GROWTH_BAR
    ]
    sweep = figures.sweep
    if sweep is not None and sweep.ratio() > SWEEP_BAR:
        missed.append(
            f"list page: p95 beside the sweep {sweep.ratio():.2f} times its p95 alone"
            f" (bar {SWEEP_BAR:g})"
        )
    return missed
