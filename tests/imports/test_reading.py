"""Rows read ahead in a child process come back as reading them here makes them:
from the checkpoint on, custom fields, history and problems alike."""

import asyncio
import itertools
from pathlib import Path

import pytest

from leadhub.db import Database
from leadhub.imports import service
from leadhub.imports.files import rows
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
