"""The daily sweep's part for webhooks: the delivery log's entries past their retention,
unless still being tried."""

from datetime import timedelta

import httpx
from sqlalchemy import select

from leadhub.db import Database, utcnow
from leadhub.schedule import TENANT_SWEEPS
from leadhub.webhooks import delivery
from leadhub.webhooks.models import DeliveryStatus, WebhookDelivery
from leadhub.work import unit_of_work
from tests.builders import row_id, sign_up, system_job
from tests.webhooks.conftest import create_endpoint


async def test_old_deliveries_are_forgotten_and_those_still_tried_kept(
    client: httpx.AsyncClient, database: Database
) -> None:
    assert "forget_old_deliveries" in TENANT_SWEEPS
    owner = await sign_up(client, "Fjordkraft Salg AS")
    endpoint_id, _ = await create_endpoint(
        client, owner, "https://hooks.example/", ["LEAD_CREATED"]
    )
    tenant_job = system_job(row_id(owner.tenant_id))
    now, month = utcnow(), timedelta(days=30)
    ages = {
        "old": (now - month - timedelta(days=1), DeliveryStatus.DELIVERED),
        "old and failed": (now - month - timedelta(days=1), DeliveryStatus.FAILED),
        "old, sent again": (now - month - timedelta(days=1), DeliveryStatus.PENDING),
        "young": (now - month + timedelta(hours=1), DeliveryStatus.DELIVERED),
    }
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        for name, (made, status) in ages.items():
            work.session.add(
                WebhookDelivery(
                    endpoint_id=row_id(endpoint_id),
                    event_type=name,
                    payload={},
                    status=status,
                    created_at=made,
                )
            )
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        assert await delivery.forget_deliveries(work, now - month) == 2
        kept = await work.session.scalars(select(WebhookDelivery.event_type))
        assert sorted(kept) == ["old, sent again", "young"]
