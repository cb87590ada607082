"""Webhooks in distributed mode: leads written one transaction at a time queue their
dispatches on RabbitMQ, and `leadhub worker` processes take them together against
PostgreSQL; each event is delivered once, retried once after its first failure."""

import asyncio
import time
from collections import Counter

from sqlalchemy import select
from standardwebhooks import Webhook

from leadhub import tasks
from leadhub.db import Database
from leadhub.leads import service as lead_service
from leadhub.leads.service import LeadFields
from leadhub.public_ids import public_id
from leadhub.settings import Settings
from leadhub.webhooks import endpoints, signing
from leadhub.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of, system_job
from tests.graphql.live import listening
from tests.services import USES_SHARED_BROKERS, require_reachable_broker
from tests.test_tasks import RABBITMQ_URL
from tests.webhooks.receiver import Receiver
from tests.workers import worker_processes

pytestmark = USES_SHARED_BROKERS

LEADS = 20
SECRET_KEY = "a-secret-key-the-workers-and-the-test-share-0123456789"
DELIVERED_WITHIN_SECONDS = 60


async def test_worker_processes_deliver_each_event_once_after_a_failure(
    committing_postgres: Database, settings: Settings
) -> None:
    settings = settings.model_copy(update={"broker_url": RABBITMQ_URL, "secret_key": SECRET_KEY})
    broker = tasks.configure(settings)
    require_reachable_broker(RABBITMQ_URL)
    broker.flush_all()  # what earlier runs may have left
    receiver = Receiver([503, 204], per_message=True)
    signed_up = await make_tenant(committing_postgres, settings, "Fjordkraft Salg AS")
    owner = owner_of(signed_up)
    async with listening(receiver.app()) as receiver_url:
        form = endpoints.EndpointForm(f"{receiver_url}/hook", ["lead.created"])
        async with unit_of_work(committing_postgres, owner) as work, work.transaction():
            endpoint = await endpoints.create_endpoint(work, form, allow_private=True)
        leads = []
        for number in range(LEADS):
            async with unit_of_work(committing_postgres, owner) as work, work.transaction():
                fields = LeadFields(name=f"Kunde {number} på Ørland")
                leads.append((await lead_service.create_lead(work, fields)).id)
        with worker_processes(
            committing_postgres,
            RABBITMQ_URL,
            processes=2,
            SECRET_KEY=SECRET_KEY,
            WEBHOOKS_ALLOW_PRIVATE="true",
            WEBHOOK_FIRST_RETRY_SECONDS="0.05",
        ):
            deadline = time.monotonic() + DELIVERED_WITHIN_SECONDS
            while len(receiver.received) < 2 * LEADS:
                assert time.monotonic() < deadline, f"{len(receiver.received)} received"
                await asyncio.sleep(0.2)
            await asyncio.sleep(1)  # anything more would come now
    attempts = Counter(message.headers["webhook-id"] for message in receiver.received)
    assert len(attempts) == LEADS and set(attempts.values()) == {2}
    secret = Webhook(signing.secret(SECRET_KEY, endpoint))
    told = {secret.verify(m.body, m.headers)["data"]["leadId"] for m in receiver.received}
    assert told == {public_id("Lead", lead_id) for lead_id in leads}
    async with unit_of_work(committing_postgres, system_job(owner.tenant_id)) as reader:
        logged = list(
            await reader.session.execute(select(WebhookDelivery.status, WebhookDelivery.attempts))
        )
        delivered_at = await reader.session.scalar(select(WebhookEndpoint.last_delivered_at))
    assert Counter(logged) == Counter({(DeliveryStatus.DELIVERED, 2): LEADS})
    assert delivered_at is not None
