"""The logbook's own checks, for callers that do not come through the API's scalars."""

from datetime import datetime

import pytest

from leadhub import tasks
from leadhub.activity.errors import ActivityError
from leadhub.activity.models import ActivityKind
from leadhub.db import Database
from leadhub.leads import logbook
from leadhub.leads import service as lead_service
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of


async def test_a_time_without_its_offset_is_refused(database: Database, settings: Settings) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kåre"))
        with pytest.raises(ActivityError) as refused:
            await logbook.log(
                work,
                lead_id=lead.id,
                kind=ActivityKind.CALL,
                body="Ringte",
                occurred_at=datetime(2026, 11, 27, 9, 30),
            )
    assert [problem.field for problem in refused.value.problems] == ["occurredAt"]
