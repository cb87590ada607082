"""Importing a lead list end to end (issue 11): how fast, beside a raw COPY of the
same file, and in how much memory.

A realistic list: Norwegian and English names with æøå, emails, phones written
in several countries' ways, companies, titles; 5% of the rows repeat an earlier
row's lead (its email in other capitals), 5% cannot be leads (a broken email
or phone). It is imported as a worker imports it, in a process of its own:
looked over, read, normalized, deduplicated, written, scored, and then routed by
a rule to a team of ten, as the import's routing jobs do. The baseline, in the
same run, is PostgreSQL's COPY of the same file into a table without indexes.

    python -m bench.imports            # full: 1,000,000 rows; the bar
    python -m bench.imports --quick    # 2,000 rows: checks every part works
    python -m bench.imports --rows N   # N rows, no bar: figures between the two

The bar: 30,000 rows a second or more end to end, and the importing process's
peak memory, with the child that reads its rows, under 400 MB. Exits 1 if the
import is wrong (a count off, a lead doubled or not routed), and in full mode if
the bar is missed.
"""

import argparse
import asyncio
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from resource import RUSAGE_CHILDREN, RUSAGE_SELF, getrusage
from typing import Any

from bench.database import BenchDatabase, Unreachable, exit_without_postgresql
from bench.deployment import Deployment, deployed
from bench.seed import Scale, SeededTenant, seed
from leadhub import tasks
from leadhub.db import Database
from leadhub.imports import runner, service
from leadhub.imports.models import LeadImport
from leadhub.imports.storage import file_store
from leadhub.principal import Member, Role, SystemJob
from leadhub.routing import router, rules
from leadhub.routing.models import Target, TargetKind, Trigger
from leadhub.settings import load_settings
from leadhub.teams import service as teams
from leadhub.work import unit_of_work

DATABASE_NAME = "leadhub_bench_imports"
ROWS_A_SECOND_BAR = 30_000
PEAK_MEMORY_BAR_MB = 400
DUPLICATE_SHARE = 0.05
INVALID_SHARE = 0.05
TEAM_MEMBERS = 10
HEADER = ("Fornavn", "Etternavn", "E-post", "Telefon", "Firma", "Stilling", "Land")
FIRST_NAMES = ("Åse", "Bjørn", "Kari", "Ola", "Siri", "Øyvind", "Ærlig", "Emma", "Oliver", "Zoë")
LAST_NAMES = ("Ødegård", "Ærø", "Nordmann", "Hansen", "Brække", "Smith", "Jones", "Müller")
COMPANIES = ("Havbruk Øst AS", "Fisk & Skalldyr AS", "Fjordkraft", "Acme Ltd", "Bølgen AS")
TITLES = ("Daglig leder", "Innkjøper", "CEO", "Head of Sales", "")
# A phone as people in each country write one, from a running number.
PHONES = {
    "NO": lambda n: f"9{n % 100:02} {n // 100 % 100:02} {n // 10_000 % 1000:03}",
    "SE": lambda n: f"+46 70 {n % 1000:03} {n // 1000 % 100:02} {n // 100_000 % 100:02}",
    "DK": lambda n: f"+45 26 {n // 100 % 100:02} {n % 100:02} {n // 10_000 % 100:02}",
    "GB": lambda n: f"+44 79{n % 100:02} {n // 100 % 1_000_000:06}",
    "DE": lambda n: f"(+49) 151 {n % 100_000_000:08}",
}


@dataclass(frozen=True)
class Mode:
    rows: int
    enforce_bar: bool


FULL = Mode(rows=1_000_000, enforce_bar=True)
QUICK = Mode(rows=2_000, enforce_bar=False)


@dataclass(frozen=True)
class Written:
    """What the list holds, as it was written."""

    rows: int
    unique: int
    duplicates: int
    invalid: int


@dataclass(frozen=True)
class Imported:
    """What the importing process reports of itself."""

    seconds: float
    own_peak_mb: float
    reader_peak_mb: float
    created: int
    skipped: int
    failed: int
    routed: int

    @property
    def peak_memory_mb(self) -> float:
        return self.own_peak_mb + self.reader_peak_mb


class ImportedWrong(Exception):
    """The import's counts, or its leads, are not what the list holds."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, no bar")
    parser.add_argument("--rows", type=int, help="a list of so many rows, no bar")
    parser.add_argument("--worker", nargs=3, metavar=("FILE", "TENANT", "OWNER"), help="internal")
    arguments = parser.parse_args(argv)
    if arguments.worker:
        file, tenant, owner = arguments.worker
        imported = asyncio.run(_import(Path(file), uuid.UUID(tenant), uuid.UUID(owner)))
        print(json.dumps(asdict(imported)))
        return 0
    mode = QUICK if arguments.quick else FULL
    if arguments.rows:
        mode = Mode(rows=arguments.rows, enforce_bar=False)
    try:
        with deployed(BenchDatabase.from_environment(DATABASE_NAME)) as deployment:
            written, copy_seconds, imported = asyncio.run(_run(deployment, mode))
    except Unreachable as error:
        return exit_without_postgresql(error, full=mode.enforce_bar)
    except ImportedWrong as error:
        print(f"bench: broken: {error}", file=sys.stderr)
        return 1
    return _verdict(written, copy_seconds, imported, mode)


async def _run(deployment: Deployment, mode: Mode) -> tuple[Written, float, Imported]:
    tasks.configure(deployment.settings)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messe.csv"
        print(f"writing a list of {mode.rows:,} rows", flush=True)
        written = _write_list(path, mode.rows, random.Random(11))
        async with deployment.seeding() as (database, admin):
            scale = Scale(
                tenants=1,
                measured_tenant_leads=0,
                other_tenant_leads=0,
                reps_per_tenant=TEAM_MEMBERS,
            )
            tenant = await seed(database, admin, deployment.settings, scale)
            await _team_and_rule(database, tenant)
            print("COPY of the file into a table without indexes (the baseline)", flush=True)
            columns = ", ".join(f"c{index} text" for index in range(len(HEADER)))
            await admin.execute(f"CREATE TABLE raw_list ({columns})")
            started = time.perf_counter()
            await admin.copy_to_table(
                "raw_list", source=path, format="csv", header=True, delimiter=";"
            )
            copy_seconds = time.perf_counter() - started
            print("importing it, in a process of its own", flush=True)
            imported = _imported_by_worker(deployment, path, tenant)
            await _check(admin, tenant, written, imported)
    return written, copy_seconds, imported


def _write_list(path: Path, rows: int, rng: random.Random) -> Written:
    """The list, written as a Norwegian spreadsheet saves one (UTF-8, semicolons)."""
    unique = duplicates = invalid = 0
    countries = list(PHONES)
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(";".join(HEADER) + "\r\n")
        for number in range(rows):
            kind = rng.random()
            if kind < DUPLICATE_SHARE and unique:
                seen = rng.randrange(unique)
                email, phone, country = f"LEAD{seen}@EXAMPLE.COM", "", ""
                duplicates += 1
            elif kind < DUPLICATE_SHARE + INVALID_SHARE:
                email, phone, country = f"lead.{number}@", "12", "NO"
                invalid += 1
            else:
                country = countries[unique % len(countries)]
                email, phone = f"lead{unique}@example.com", PHONES[country](unique)
                unique += 1
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            company, title = rng.choice(COMPANIES), rng.choice(TITLES)
            file.write(f"{first};{last};{email};{phone};{company};{title};{country}\r\n")
    return Written(rows, unique, duplicates, invalid)


async def _team_and_rule(database: Database, tenant: SeededTenant) -> None:
    """A team of the tenant's members, and one rule routing every lead to it."""
    owner = Member(tenant.id, tenant.member_ids[0], Role.OWNER)
    async with unit_of_work(database, owner) as work, work.transaction():
        team = await teams.create_team(work, "Salg")
        for member_id in tenant.member_ids:
            await teams.add_member(work, team.id, member_id)
        to_team = Target(TargetKind.TEAM, team_id=team.id)
        await rules.create_rule(work, rules.RuleFields("Alle", target=to_team))


def _imported_by_worker(deployment: Deployment, path: Path, tenant: SeededTenant) -> Imported:
    command = [
        sys.executable,
        "-m",
        "bench.imports",
        "--worker",
        str(path),
        str(tenant.id),
        str(tenant.member_ids[0]),
    ]
    environment = {**deployment.environment, "BROKER_URL": "stub://"}
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ImportedWrong(f"the importing process failed:\n{done.stderr}")
    return Imported(**json.loads(done.stdout.splitlines()[-1]))


async def _import(path: Path, tenant_id: uuid.UUID, owner_id: uuid.UUID) -> Imported:
    """The worker's part: the file uploaded by the owner, imported to the end as the
    import's jobs import it, then routed as its routing jobs route."""
    settings = load_settings()
    broker = tasks.configure(settings)
    database = Database.connect(settings.resolved_database_url)
    store = file_store(settings)
    owner = Member(tenant_id, owner_id, Role.OWNER)
    arriving = store.incoming() / "messe.csv"
    await asyncio.to_thread(shutil.copyfile, path, arriving)
    limits = service.Limits.of(settings)
    started = time.perf_counter()
    async with unit_of_work(database, owner) as work:
        lead_import = await work.run(
            lambda work: service.receive(work, store, limits, arriving, "messe.csv")
        )
        assert isinstance(lead_import, LeadImport), lead_import
        await work.run(lambda work: service.start(work, lead_import.id))
    routed = 0
    while jobs := _taken(broker, service.IMPORT_JOB):
        for job in jobs:
            step, token = int(job["step"]), str(job["token"])
            more = await runner.carry_on(
                database,
                store,
                tenant_id,
                lead_import.id,
                step,
                token,
                chunk_rows=settings.import_chunk_rows,
                seconds=settings.import_job_seconds,
            )
            if more:
                tasks.send(
                    service.IMPORT_JOB, **{**job, "step": step + 1, "token": str(uuid.uuid4())}
                )
            # The routing jobs the import queued, run between its jobs as a worker
            # beside it would run them: the in-process broker would hold them all.
            for routing in _taken(broker, "route_leads"):
                lead_ids = [uuid.UUID(str(lead_id)) for lead_id in routing["lead_ids"]]
                routed += await _routed(database, tenant_id, lead_ids)
    seconds = time.perf_counter() - started
    async with unit_of_work(database, owner) as work:
        done = await service.find(work, lead_import.id)
    await database.dispose()
    assert done is not None
    # The process and the largest of the children that read its rows, each at its
    # peak: their sum is more than they ever held at once.
    own, reader = (getrusage(who).ru_maxrss / 1024 for who in (RUSAGE_SELF, RUSAGE_CHILDREN))
    return Imported(seconds, own, reader, done.created, done.skipped, done.failed, routed)


async def _routed(database: Database, tenant_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> int:
    """Route the leads as the ``route_leads`` job does; how many were."""
    async with unit_of_work(database, SystemJob(tenant_id, "route_leads")) as work:
        routing = await work.run(lambda work: router.route(work, lead_ids, Trigger.CREATED))
    assert isinstance(routing, router.Routing), routing
    return len(routing.decisions)


def _taken(broker: object, actor_name: str) -> list[dict[str, Any]]:
    from dramatiq import Message
    from dramatiq.brokers.stub import StubBroker

    assert isinstance(broker, StubBroker)
    held = [
        Message.decode(queue.get_nowait())
        for queue in broker.queues.values()
        for _ in range(queue.qsize())
    ]
    kept = [message for message in held if message.actor_name != actor_name]
    for message in kept:
        broker.enqueue(message)
    return [dict(message.kwargs) for message in held if message.actor_name == actor_name]


async def _check(admin: object, tenant: SeededTenant, written: Written, imported: Imported) -> None:
    counts = (imported.created, imported.skipped, imported.failed)
    if counts != (written.unique, written.duplicates, written.invalid):
        raise ImportedWrong(f"counts {counts}, the list holds {written}")
    if imported.routed != written.unique:
        raise ImportedWrong(f"{imported.routed:,} leads routed of {written.unique:,}")
    leads, emails = await admin.fetchrow(  # type: ignore[attr-defined]
        "SELECT count(*), count(DISTINCT email) FROM leads WHERE tenant_id = $1", tenant.id
    )
    if (leads, emails) != (written.unique, written.unique):
        raise ImportedWrong(f"{leads:,} leads, {emails:,} emails; {written.unique:,} in the list")


def _verdict(written: Written, copy_seconds: float, imported: Imported, mode: Mode) -> int:
    rate = written.rows / imported.seconds
    print(
        f"\n{written.rows:,} rows ({written.unique:,} leads, {written.duplicates:,} repeated,"
        f" {written.invalid:,} invalid)\n"
        f"COPY into a table without indexes  {copy_seconds:8.2f} s"
        f"  {written.rows / copy_seconds:12,.0f} rows/s\n"
        f"import, scored and routed          {imported.seconds:8.2f} s  {rate:12,.0f} rows/s"
        f"  ({imported.seconds / copy_seconds:.1f} x COPY)\n"
        f"peak memory, importing and reading {imported.peak_memory_mb:8.0f} MB"
        f"  ({imported.own_peak_mb:.0f} MB + the reader's {imported.reader_peak_mb:.0f} MB)"
    )
    if not mode.enforce_bar:
        return 0
    fast = rate >= ROWS_A_SECOND_BAR
    small = imported.peak_memory_mb < PEAK_MEMORY_BAR_MB
    print(
        f"bar: {ROWS_A_SECOND_BAR:,} rows/s {'met' if fast else 'MISSED'};"
        f" {PEAK_MEMORY_BAR_MB} MB {'met' if small else 'MISSED'}"
    )
    return 0 if fast and small else 1


if __name__ == "__main__":
    sys.exit(main())
