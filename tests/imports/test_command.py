"""`leadhub import` as a person runs it: a file and a tenant's id as the API shows
it, a progress bar on stderr, and one line of counts at the end; bad input stops
it with a reason and exit code 2, before anything is written."""

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from leadhub.db import Database
from leadhub.graphql.node import global_id
from leadhub.imports.models import LeadImport
from leadhub.leads.models import Lead
from leadhub.migrations import upgrade
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job
from tests.imports.lists import norwegian_tenant

LIST = (
    "Fornavn;Etternavn;E-post;Mobil;Firma;Notater\n"
    "Åse;Ødegård;ase@havbruk.no;412 34 567;Havbruk Øst AS;Ring etter påske\n"
    "Bjørn;Ærø;bjorn@fisk.no;(+47) 92 67 88 28;Fisk AS;\n"
    "Kari;Nordmann;kari@;1;Kari AS;\n"
    "Åse;Ødegård;ASE@havbruk.no;;;\n"
)
SUMMARY = "import finished: read 4, created 2, updated 0, skipped 1, failed 1"


@asynccontextmanager
async def _new_sqlite(folder: Path) -> AsyncIterator[Database]:
    url = f"sqlite+aiosqlite:///{folder / 'leadhub.db'}"
    await asyncio.to_thread(upgrade, url, url)
    database = Database.connect(url)
    yield database
    await database.dispose()


@pytest.fixture
async def sqlite(tmp_path: Path) -> AsyncIterator[Database]:
    """A new SQLite file, which the command's process commits to."""
    async with _new_sqlite(tmp_path) as database:
        yield database


@pytest.fixture(params=["sqlite", "postgresql"])
async def database(
    request: pytest.FixtureRequest, tmp_path: Path, committing_postgres: Database
) -> AsyncIterator[Database]:
    """A database the command's process commits to: a new SQLite file, or PostgreSQL."""
    if request.param == "postgresql":
        yield committing_postgres
        return
    async with _new_sqlite(tmp_path) as database:
        yield database


def _leadhub(
    database: Database, var_dir: Path, *arguments: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "DATABASE_URL": database.engine.url.render_as_string(hide_password=False),
        "BROKER_URL": "stub://",
        "VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-m", "leadhub", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def _counts(database: Database, tenant_id: object) -> tuple[int, int]:
    async with unit_of_work(database, system_job(tenant_id)) as work:  # type: ignore[arg-type]
        leads = await work.session.scalar(select(func.count()).select_from(Lead))
        imports = await work.session.scalar(select(func.count()).select_from(LeadImport))
    return leads or 0, imports or 0


async def test_a_list_is_imported_from_the_command_line(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    signed_up = await norwegian_tenant(database, settings)
    tenant = global_id("Tenant", signed_up.tenant.id)
    file = tmp_path / "messe 2026.csv"
    file.write_bytes(LIST.encode("cp1252"))

    dry = await asyncio.to_thread(
        _leadhub, database, tmp_path, "import", str(file), "--tenant", tenant, "--dry-run"
    )
    assert (dry.returncode, dry.stdout) == (0, SUMMARY + "\n"), dry.stderr
    assert await _counts(database, signed_up.tenant.id) == (0, 0)

    done = await asyncio.to_thread(
        _leadhub,
        database,
        tmp_path,
        "import",
        str(file),
        "--tenant",
        tenant,
        "--map",
        "Notater=comment",
    )
    assert (done.returncode, done.stdout) == (0, SUMMARY + "\n"), done.stderr
    assert await _counts(database, signed_up.tenant.id) == (2, 1)
    assert file.read_bytes() == LIST.encode("cp1252")  # the person's file is left as it was

    again = await asyncio.to_thread(
        _leadhub, database, tmp_path, "import", str(file), "--tenant", str(signed_up.tenant.id)
    )
    assert again.stdout == "import finished: read 4, created 0, updated 0, skipped 3, failed 1\n"


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        (["--tenant", "VGVuYW50Om5vLXN1Y2g="], "is not a tenant id"),
        (["--tenant", "{other}"], "no tenant has the id"),
        (["--tenant", "{tenant}", "--source", "Messe"], "no source is called 'Messe'"),
        (["--tenant", "{tenant}", "--on-match", "merge"], "--on-match is one of"),
        (["--tenant", "{tenant}", "--map", "Skonummer=email"], "no column 'Skonummer'"),
        (["--tenant", "{tenant}", "--map", "E-post=shoe_size"], "'shoe_size' is no lead field"),
    ],
)
async def test_bad_arguments_stop_the_command_before_anything_is_written(
    sqlite: Database,
    settings: Settings,
    tmp_path: Path,
    arguments: list[str],
    reason: str,
) -> None:
    database = sqlite
    signed_up = await make_tenant(database, settings)
    file = tmp_path / "liste.csv"
    file.write_text(LIST)
    other = "01a00000-0000-7000-8000-000000000000"
    given = [
        argument.format(tenant=global_id("Tenant", signed_up.tenant.id), other=other)
        for argument in arguments
    ]

    stopped = await asyncio.to_thread(_leadhub, database, tmp_path, "import", str(file), *given)

    assert stopped.returncode == 2
    assert stopped.stdout == ""
    assert reason in stopped.stderr
    assert await _counts(database, signed_up.tenant.id) == (0, 0)
    assert list((tmp_path / "uploads").glob("*/*")) == []


async def test_a_file_that_cannot_be_imported_is_refused_with_the_reason(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    signed_up = await make_tenant(database, settings)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    tenant = global_id("Tenant", signed_up.tenant.id)

    refused = await asyncio.to_thread(
        _leadhub, database, tmp_path, "import", str(empty), "--tenant", tenant
    )
    missing = await asyncio.to_thread(
        _leadhub, database, tmp_path, "import", str(tmp_path / "borte.csv"), "--tenant", tenant
    )

    assert (refused.returncode, refused.stderr.strip()) == (2, "leadhub: file: The file is empty.")
    assert missing.returncode == 2 and "is not a file" in missing.stderr


async def test_a_tenants_leads_are_exported_from_the_command_line(
    sqlite: Database, settings: Settings, tmp_path: Path
) -> None:
    signed_up = await norwegian_tenant(sqlite, settings)
    tenant = global_id("Tenant", signed_up.tenant.id)
    file = tmp_path / "liste.csv"
    file.write_text(LIST)
    imported = await asyncio.to_thread(
        _leadhub, sqlite, tmp_path, "import", str(file), "--tenant", tenant
    )
    assert imported.returncode == 0, imported.stderr
    target = tmp_path / "ut.xlsx"

    exported = await asyncio.to_thread(
        _leadhub, sqlite, tmp_path, "export", "--tenant", tenant, "--output", str(target)
    )

    assert (exported.returncode, exported.stdout) == (0, f"export finished: 2 leads to {target}\n")
    rows = list(CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).iter_rows())
    assert [row[:3] for row in rows[1:]] == [
        ["Åse Ødegård", "ase@havbruk.no", "+4741234567"],
        ["Bjørn Ærø", "bjorn@fisk.no", "+4792678828"],
    ]
