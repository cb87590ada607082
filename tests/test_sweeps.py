"""A tenant's sweep runs its batches in order and reports its progress."""

import itertools
import time
from typing import Any

import pytest
from prometheus_client import REGISTRY

from leadhub import sweeps
from leadhub.db import Database
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.sweeps import Batch
from leadhub.work import UnitOfWork
from tests.builders import make_tenant
from tests.logged import json_logs, log_lines, restore_logging  # noqa: F401 - fixtures

# Three batches, by where each starts.
BATCHES: dict[int | None, Batch[int]] = {
    None: Batch(2, read=2, changed=1),
    2: Batch(4, read=2, changed=0),
    4: Batch(None, read=1, changed=1),
}

BATCH_WORK_SECONDS = 0.02


def counted(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, {"sweep": "counted_sweep", **labels}) or 0.0


@pytest.mark.usefixtures("json_logs")
async def test_a_sweep_logs_and_counts_each_batch(
    database: Database, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    signed_up = await make_tenant(database, settings)
    principal = SystemJob(signed_up.tenant.id, "counted_sweep")
    before = [
        counted("leadhub_sweep_batches_total"),
        counted("leadhub_sweep_leads_total", result="read"),
        counted("leadhub_sweep_leads_total", result="changed"),
    ]
    starts: list[int | None] = []

    async def next_batch(work: UnitOfWork[Any], after: int | None, _size: int) -> Batch[int]:
        assert work.tenant_id == signed_up.tenant.id
        starts.append(after)
        return BATCHES[after]

    progress = await sweeps.run(database, principal, next_batch)

    assert starts == [None, 2, 4]
    assert progress == sweeps.Progress(batches=3, read=5, changed=2)
    logged = log_lines(capsys)
    lines = [line for line in logged if line["event"] == "sweep batch"]
    assert {(entry["tenant_id"], entry["sweep"]) for entry in lines} == {
        (str(signed_up.tenant.id), "counted_sweep")
    }
    assert [(entry["batch"], entry["read"], entry["changed"]) for entry in lines] == [
        (1, 2, 1),
        (2, 2, 0),
        (3, 1, 1),
    ]
    done = [line for line in logged if line["event"] == "sweep done"]
    assert [(entry["batches"], entry["read"], entry["changed"]) for entry in done] == [(3, 5, 2)]
    after = [
        counted("leadhub_sweep_batches_total"),
        counted("leadhub_sweep_leads_total", result="read"),
        counted("leadhub_sweep_leads_total", result="changed"),
    ]
    assert [now - then for now, then in zip(after, before, strict=True)] == [3, 5, 2]


async def test_a_sweep_sleeps_after_each_batch_its_share_of_the_batch_cpu_time(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    spans: list[tuple[float, float, float]] = []  # started, ended, CPU time taken

    async def next_batch(work: UnitOfWork[Any], after: int | None, _size: int) -> Batch[int]:
        started, cpu_started = time.monotonic(), time.thread_time()
        while time.thread_time() - cpu_started < BATCH_WORK_SECONDS:
            pass  # the batch's work, holding the GIL as rescoring does
        spans.append((started, time.monotonic(), time.thread_time() - cpu_started))
        return BATCHES[after]

    await sweeps.run(
        database,
        SystemJob(signed_up.tenant.id, "yielding_sweep"),
        next_batch,
        pace=sweeps.Pace(yield_share=2),
    )

    # each pause is at least twice the CPU time of the batch before it (the runner
    # counts the transaction's around it too)
    for (_, ended, cpu_time), (next_started, _, _) in itertools.pairwise(spans):
        assert next_started - ended >= 2 * cpu_time


async def test_a_sweep_awaits_its_quiet_moment_before_each_batch(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    happened: list[str] = []

    async def quiet() -> None:
        happened.append("quiet")

    async def next_batch(work: UnitOfWork[Any], after: int | None, _size: int) -> Batch[int]:
        happened.append(f"batch after {after}")
        return BATCHES[after]

    await sweeps.run(
        database,
        SystemJob(signed_up.tenant.id, "quiet_sweep"),
        next_batch,
        pace=sweeps.Pace(quiet=quiet),
    )

    assert happened == [
        "quiet",
        "batch after None",
        "quiet",
        "batch after 2",
        "quiet",
        "batch after 4",
    ]
