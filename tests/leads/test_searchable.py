"""A lead's search text follows every write of its name, company, email and phone."""

import pytest
from sqlalchemy import insert, select, update

from leadhub.db import Database
from leadhub.leads import funnel
from leadhub.leads import service as lead_service
from leadhub.leads.models import Lead, SearchTextBypassed, Temperature
from leadhub.leads.searchable import MAX_SEARCH_TEXT_BYTES
from leadhub.settings import Settings
from leadhub.text import folded
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job


async def test_bulk_inserted_leads_get_their_search_text(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        stage = await funnel.first_open_stage(work)
        required = {"stage_id": stage.id, "temperature": Temperature.COLD}
        rows = [
            {"name": "Åse Bråten", "company": "Ærlig AS", "phone": "+4792678828", **required},
            {"name": "John Smith", "email": "john@example.com", **required},
            {"name": "Jane Doe", "email": "jane@example.com", **required},
        ]
        await work.session.execute(insert(Lead), rows)
        await work.session.execute(
            insert(Lead).values(tenant_id=signed_up.tenant.id, name="ØDEGÅRD", **required)
        )
        texts = dict(list(await work.session.execute(select(Lead.name, Lead.search_text))))
    assert texts == {
        "Åse Bråten": "ase braten\naerlig as\n4792678828\n",
        "John Smith": "john smith\njohn@example.com\n",
        "Jane Doe": "jane doe\njane@example.com\n",
        "ØDEGÅRD": "odegard\n",
    }


async def test_a_flushed_change_refreshes_the_search_text_and_others_leave_it(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        lead = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Ola", company="Fisk AS")
        )
        lead.company = "Havbruk Øst"
        await work.session.flush()
        await work.session.execute(update(Lead).values(title="Daglig leder"))  # not searched
        work.session.expire_all()
        assert await work.session.scalar(select(Lead.search_text)) == "ola\nhavbruk ost\n"


@pytest.mark.parametrize("column", ["name", "company", "email", "phone"])
async def test_a_bulk_update_of_what_search_reads_is_refused(
    database: Database, settings: Settings, column: str
) -> None:
    signed_up = await make_tenant(database, settings)
    searched = select(Lead.name, Lead.company, Lead.email, Lead.phone, Lead.search_text)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari Ødegård"))
        value = "+4741234567" if column == "phone" else "ola@fjord.no"
        by_key = [{"tenant_id": lead.tenant_id, "id": lead.id, column: value}]
        for statement, rows in (
            (update(Lead).where(Lead.id == lead.id).values({column: value}), None),
            (update(Lead), by_key),
        ):
            with pytest.raises(SearchTextBypassed):
                await work.session.execute(statement, rows)
        work.session.expire_all()
        stored = (await work.session.execute(searched)).one()
        assert tuple(stored) == ("Kari Ødegård", None, None, None, "kari odegard\n")


async def test_an_email_beyond_ascii_folds_too(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        created = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Øyvind Ås", email="Øyvind@Ås.no")
        )
        assert created.email == "øyvind@ås.no"
        assert created.search_text == "oyvind as\noyvind@as.no\n"


async def test_a_name_that_folds_to_many_times_its_length_is_searched_by_its_start(
    database: Database, settings: Settings
) -> None:
    # U+FDFA folds to eighteen letters: 200 of them would not fit the search index
    name = "\ufdfa" * 200
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, system_job(signed_up.tenant.id)) as work:
        created = await lead_service.create_lead(
            work, lead_service.LeadFields(name=name, company="Ærlig AS", phone="+4792678828")
        )
        await work.session.flush()
        stored = created.search_text
        assert len(stored.encode()) <= MAX_SEARCH_TEXT_BYTES
        assert stored == folded(name)[: len(stored)]  # its start, the last letter whole
        assert await work.session.scalar(select(Lead.id).where(Lead.name == name)) == created.id
