"""Leads out again and back: an export, CSV or XLSX, imports back as the same leads,
their history too; and an export holds the leads its filter selects."""

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from leadhub.imports.exports import export
from leadhub.imports.files import FileFormat
from leadhub.leads import bulk, lifecycle, sources
from leadhub.leads import service as lead_service
from leadhub.leads.models import (
    CompanySize,
    ExternalId,
    FieldType,
    Lead,
    SourceKind,
    Temperature,
)
from leadhub.leads.search import LeadFilter
from leadhub.leads.sources import SourceFields
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer

COMPARED = (
    "name",
    "email",
    "phone",
    "title",
    "company",
    "website",
    "domain",
    "country",
    "region",
    "industry",
    "company_size",
    "source_id",
    "expected_value",
    "owner_id",
    "stage_id",
    "created_at",
    "closed_at",
    "won_amount",
    "closed_reason",
    "custom_fields",
    "score",
)


@pytest.fixture
async def tenant(database: Any, settings: Any, tmp_path: Path) -> Importer:
    return await importer(database, settings, tmp_path)


async def _leads_of_every_kind(tenant: Importer) -> None:
    await tenant.custom_field("seats", "Seats", FieldType.NUMBER)
    await tenant.custom_field("kunde", "Kunde", FieldType.BOOLEAN)
    await tenant.custom_field("messe", "Messedato", FieldType.DATE)
    await tenant.custom_field("sted", "Sted", FieldType.CHOICE, ("Tromsø", "Bergen"))

    async def create(work: Any) -> None:
        fair = await sources.create_source(work, SourceFields("Messe 2026", SourceKind.TRADE_FAIR))
        owner = tenant.signed_up.user.id
        ase = await lead_service.create_lead(
            work,
            lead_service.LeadFields(
                name="Åse Ødegård",
                email="ase@havbruk.no",
                phone="412 34 567",
                title="Daglig leder",
                company="Havbruk Øst AS",
                website="https://havbruk.no/om-oss",
                country="NO",
                region="Troms",
                industry="Havbruk",
                company_size=CompanySize.SMALL,
                source_id=fair.id,
                expected_value=Decimal("125000.50"),
                owner_id=owner,
                tags=("messe", "vip"),
                external_ids=(("import", "A-1"),),
                custom_fields={
                    "seats": 12.5,
                    "kunde": True,
                    "messe": "2026-03-05",
                    "sted": "Tromsø",
                },
            ),
        )
        bjorn = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Bjørn Ærø", phone="(+47) 92 67 88 28")
        )
        # a title a web form was sent: quoted in a CSV, so no spreadsheet runs it
        kari = await lead_service.create_lead(
            work,
            lead_service.LeadFields(
                name="Kari Nordmann", email="kari@nordmann.no", title='=HYPERLINK("x")'
            ),
        )
        await lifecycle.win(work, ase.id, Decimal("99000"))
        await lifecycle.lose(work, bjorn.id, "For dyrt")
        assert kari.id

    assert not isinstance(await tenant.work(create), Exception)


async def _snapshot(tenant: Importer) -> list[dict[str, Any]]:
    tags = await tenant.tags()
    async with unit_of_work(tenant.database, tenant.system) as work:
        leads = list(await work.session.scalars(select(Lead).order_by(Lead.name)))
        ids = dict(
            list(await work.session.execute(select(ExternalId.lead_id, ExternalId.external_id)))
        )
    return [
        {
            **{column: getattr(lead, column) for column in COMPARED},
            "tags": tags[lead.id],
            "external_id": ids.get(lead.id),
        }
        for lead in leads
    ]


@pytest.mark.parametrize("export_format", list(FileFormat))
async def test_an_export_imports_back_as_the_same_leads(
    tenant: Importer, export_format: FileFormat
) -> None:
    await _leads_of_every_kind(tenant)
    before = await _snapshot(tenant)
    target = tenant.folder / f"leads.{export_format.value}"
    async with unit_of_work(tenant.database, tenant.system) as work:
        written = await export(work, LeadFilter(), target, export_format, system="import")
    assert written == 3

    async def delete_all(work: Any) -> None:
        ids = list(await work.session.scalars(select(Lead.id)))
        await bulk.delete_leads(work, ids)

    await tenant.work(delete_all)
    assert await _snapshot(tenant) == []
    imported = await tenant.imported(target.read_bytes(), name=target.name)

    assert (imported.created, imported.failed) == (3, 0)
    assert await _snapshot(tenant) == before


async def test_an_export_holds_the_leads_its_filter_selects(tenant: Importer) -> None:
    await _leads_of_every_kind(tenant)
    target = tenant.folder / "vip.csv"

    async with unit_of_work(tenant.database, tenant.system) as work:
        written = await export(
            work, LeadFilter(tags=("vip",)), target, FileFormat.CSV, system="import"
        )

    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert written == 1
    assert lines[0].startswith("Name,Email,Phone,")
    assert lines[0].endswith(",kunde,messe,seats,sted")
    assert lines[1].startswith("Åse Ødegård,ase@havbruk.no,+4741234567,Daglig leder,")


def test_a_kept_filter_reads_back_as_it_was() -> None:
    conditions = LeadFilter(
        stage_ids=(uuid.uuid4(), uuid.uuid4()),
        owner_ids=(uuid.uuid4(),),
        source_kinds=(SourceKind.WEBINAR, SourceKind.TRADE_FAIR),
        temperatures=(Temperature.HOT,),
        min_score=10,
        created_after=datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
        parked=False,
        tags=("vip", "messe"),
        text="Ødegård",
    )

    kept = json.loads(json.dumps(conditions.stored()))

    assert LeadFilter.from_stored(kept) == conditions
    assert LeadFilter.from_stored(LeadFilter().stored()) == LeadFilter()
