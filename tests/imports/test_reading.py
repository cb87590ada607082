"""Rows read ahead in a child process come back as reading them here makes them:
from the checkpoint on, custom fields, history and problems alike."""

import asyncio
import itertools
import os
from pathlib import Path

import pytest

from leadhub.db import Database
from leadhub.imports import service
from leadhub.imports.errors import ImportErrorCode, LeadImportError
from leadhub.imports.files import FileFormat, Layout, rows
from leadhub.imports.reading import AheadReader
from leadhub.imports.rows import Read, Unreadable, read
from leadhub.leads.models import FieldType
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer

STOPS_WITHIN_SECONDS = 30
LIST = (
    "Navn;E-post;Telefon;Budsjett;Sted;Opprettet\n"
    "Åse Ødegård;ase@havbruk.no;412 34 567;12 500;tromsø;01.03.2026\n"
    "Kari;kari@;1;mange;Oslo;\n"
    "Bjørn Ærø;bjorn@fisk.no;(+47) 92 67 88 28;;Bergen;\n"
    "Siri Brække;siri@berg.no;;3;;\n"
    "Ola;ola@hansen.no;;;;\n"
)


@pytest.fixture
async def tenant(database: Database, settings: Settings, tmp_path: Path) -> Importer:
    tenant = await importer(database, settings, tmp_path)
    await tenant.custom_field("budget", "Budsjett", FieldType.NUMBER)
    await tenant.custom_field("sted", "Sted", FieldType.CHOICE, ("Tromsø", "Bergen"))
    return tenant


async def test_rows_read_ahead_are_the_rows_read_here(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    async with unit_of_work(tenant.database, tenant.system) as work:
        context = await service.context_of(work, lead_import)
    layout = service.layout_of(lead_import)
    async with tenant.store.opened(lead_import.stored_as) as path:
        here = [read(row, context) for row in itertools.islice(rows(path, layout), 1, None)]

        ahead: list[Read | Unreadable] = []
        async with AheadReader(path, layout, 1, context, chunk_rows=2) as reader:
            while chunk := await reader.next():
                assert len(chunk) <= 2
                ahead.extend(chunk)

    assert ahead == here
    assert [type(outcome) for outcome in ahead] == [Unreadable, Read, Read, Read]
    assert isinstance(here[1], Read) and here[1].lead.values["custom_fields"] == {"sted": "Bergen"}


async def test_a_reader_left_before_the_end_stops_its_child(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    async with unit_of_work(tenant.database, tenant.system) as work:
        context = await service.context_of(work, lead_import)

    async def first_row() -> Read | Unreadable:
        async with tenant.store.opened(lead_import.stored_as) as path:
            layout = service.layout_of(lead_import)
            async with AheadReader(path, layout, 0, context, chunk_rows=1) as reader:
                [first] = await reader.next()  # and the next is being read
        return first

    first = await asyncio.wait_for(first_row(), STOPS_WITHIN_SECONDS)
    assert isinstance(first, Read) and first.lead.values["name"] == "Åse Ødegård"


async def test_a_file_the_child_refuses_comes_back_as_the_refusal(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    async with unit_of_work(tenant.database, tenant.system) as work:
        context = await service.context_of(work, lead_import)
    not_a_sheet = tenant.folder / "liste.xlsx"
    not_a_sheet.write_bytes(b"PK\x03\x04 but no workbook")
    layout = Layout(FileFormat.XLSX, None, None)

    async def first_chunk() -> None:
        async with AheadReader(not_a_sheet, layout, 0, context, chunk_rows=2) as reader:
            await reader.next()

    with pytest.raises(LeadImportError) as refused:
        await first_chunk()

    assert (refused.value.code, refused.value.field) == (ImportErrorCode.NOT_A_TABLE, "file")
    assert refused.value.problems[0].message == refused.value.message


async def test_a_job_that_fails_while_a_chunk_is_read_ends_its_child(tenant: Importer) -> None:
    lead_import = await tenant.upload(LIST)
    async with unit_of_work(tenant.database, tenant.system) as work:
        context = await service.context_of(work, lead_import)
    layout = service.layout_of(lead_import)

    async def failing_job(reader: AheadReader) -> None:
        async with reader:
            await reader.next()  # and the next is being read
            raise RuntimeError("the job failed")

    async with tenant.store.opened(lead_import.stored_as) as path:
        reader = AheadReader(path, layout, 0, context, chunk_rows=1)
        with pytest.raises(RuntimeError, match="the job failed"):
            await failing_job(reader)

    assert reader.pid is not None
    with pytest.raises(ProcessLookupError):  # killed, and reaped
        os.kill(reader.pid, 0)
