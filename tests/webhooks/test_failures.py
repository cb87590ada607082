"""Deliveries that fail: retried ever later within the day, then given up, and an
endpoint that failed all day disabled and its maker told; addresses of this
machine refused after resolving the name."""

from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from leadhub.app import create_app
from leadhub.db import Database, utcnow
from leadhub.jobs import pending_jobs
from leadhub.settings import Settings
from leadhub.tenants.models import AuditEvent
from leadhub.webhooks import delivery
from leadhub.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from leadhub.work import unit_of_work
from tests.builders import row_id, sign_up, system_job
from tests.graphql.live import listening
from tests.webhooks.conftest import create_endpoint
from tests.webhooks.receiver import Receiver, until
from tests.workers import embedded_worker

DAY = timedelta(hours=24)
RETRIES = delivery.Retries(first_wait=timedelta(seconds=30), window=DAY)


@pytest.mark.parametrize(
    ("attempts", "longest"),
    [(1, 30), (2, 60), (3, 120), (9, 7680), (10, 14400), (40, 14400)],
)
def test_each_wait_is_twice_the_last_up_to_four_hours(attempts: int, longest: int) -> None:
    waits = [RETRIES.wait_after(attempts).total_seconds() for _ in range(50)]
    assert all(longest * 0.9 <= wait <= longest for wait in waits)
    assert len(set(waits)) > 1  # spread, so that many retries do not come at once


async def test_a_day_of_failures_disables_the_endpoint_and_tells_its_maker(
    committing: Database, settings: Settings, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox"
    transport = httpx.ASGITransport(app=create_app(settings, committing))
    async with (
        embedded_worker(settings, committing, outbox) as jobs_done,
        httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client,
    ):
        owner = await sign_up(client, "Fjordkraft Salg AS", "åse@fjordkraft.example")
        url = "https://hooks.example/leadhub"  # .example never resolves
        endpoint_id, _ = await create_endpoint(client, owner, url, ["LEAD_CREATED"])
        tenant_job = system_job(row_id(owner.tenant_id))
        made = utcnow() - DAY - timedelta(hours=1)
        async with unit_of_work(committing, tenant_job) as work, work.transaction():
            due = WebhookDelivery(
                endpoint_id=row_id(endpoint_id),
                event_type="lead.created",
                payload={"type": "lead.created", "timestamp": "x", "data": {}},
                next_attempt_at=made,
                created_at=made,
            )
            work.session.add(due)
        # Its first attempt failed an hour over a day ago: the retry it queued is
        # long due, and the worker makes it now, past the day.
        failed = delivery.Answer(status_code=500)
        async with unit_of_work(committing, tenant_job) as work, work.transaction():
            await delivery.record(work, due.id, made, failed, made, RETRIES)
        await until(lambda: any(outbox.glob("*.eml")))
        await jobs_done()
        async with unit_of_work(committing, tenant_job) as work:
            given_up = await work.session.get_one(WebhookDelivery, (work.tenant_id, due.id))
            endpoint = await work.session.get_one(
                WebhookEndpoint, (work.tenant_id, row_id(endpoint_id))
            )
            audit = list(await work.session.scalars(select(AuditEvent.action)))
    assert (given_up.status, given_up.attempts) == (DeliveryStatus.FAILED, 2)
    assert given_up.last_error is not None
    assert given_up.last_error.startswith("Not sent: hooks.example could not be resolved")
    assert not endpoint.enabled
    assert endpoint.disabled_reason == "Every delivery failed for 24 hours."
    assert "webhook_endpoint.disabled" in audit
    [email] = [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in outbox.glob("*.eml")
    ]
    assert (email["To"], email["Subject"]) == (
        "åse@fjordkraft.example",
        "A webhook endpoint was disabled",
    )
    body = email.get_body()
    assert body is not None and url in body.get_content()


async def test_a_failure_within_the_day_is_tried_again_later(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Nordlys Marked AS")
    endpoint_id, _ = await create_endpoint(
        client, owner, "https://hooks.example/", ["LEAD_CREATED"]
    )
    tenant_job = system_job(row_id(owner.tenant_id))
    now = utcnow()
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        due = WebhookDelivery(
            endpoint_id=row_id(endpoint_id),
            event_type="lead.created",
            payload={},
            next_attempt_at=now,
        )
        work.session.add(due)
    timed_out = delivery.Answer(error="ReadTimeout: timed out")
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        await delivery.record(work, due.id, now, timed_out, now, RETRIES)
        retried = await work.session.get_one(WebhookDelivery, (work.tenant_id, due.id))
        endpoint = await work.session.get_one(
            WebhookEndpoint, (work.tenant_id, row_id(endpoint_id))
        )
        assert (retried.status, retried.attempts) == (DeliveryStatus.PENDING, 1)
        assert retried.last_error == "ReadTimeout: timed out"
        assert retried.next_attempt_at is not None
        assert timedelta(seconds=27) <= retried.next_attempt_at - now <= timedelta(seconds=30)
        assert endpoint.last_delivered_at is None
        [job] = pending_jobs(work.session)
        assert (job.actor_name, job.not_before) == ("deliver_webhook", retried.next_attempt_at)
    # An attempt of a time no longer due (a redelivery's came between) is kept in
    # the log, and queues nothing: the redelivery makes its own attempts.
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        await delivery.record(work, due.id, now, timed_out, now, RETRIES)
        assert pending_jobs(work.session) == []
    later = retried.next_attempt_at
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        await delivery.record(work, due.id, later, delivery.Answer(status_code=200), later, RETRIES)
        delivered = await work.session.get_one(WebhookDelivery, (work.tenant_id, due.id))
        endpoint = await work.session.get_one(
            WebhookEndpoint, (work.tenant_id, row_id(endpoint_id))
        )
        assert (delivered.status, delivered.attempts) == (DeliveryStatus.DELIVERED, 3)
        assert (delivered.delivered_at, delivered.last_error) == (later, None)
        assert endpoint.last_delivered_at == later


async def test_a_name_that_resolves_to_this_machine_is_not_sent_to() -> None:
    receiver = Receiver([204])
    async with listening(receiver.app()) as receiver_url:
        port = httpx.URL(receiver_url).port
        message = delivery.Outgoing(f"http://localhost:{port}/hook", {"webhook-id": "msg_1"}, b"{}")
        refused = await delivery.send(message, allow_private=False)
        assert refused.error is not None
        assert refused.error.startswith("Not sent: localhost resolves to")
        assert "a loopback address" in refused.error
        assert receiver.received == []
        sent = await delivery.send(message, allow_private=True)
    assert sent == delivery.Answer(status_code=204)
    [received] = receiver.received
    assert received.headers["host"] == f"localhost:{port}"
    assert received.headers["webhook-id"] == "msg_1"


async def test_an_error_is_kept_cut_short_and_a_failed_ping_is_not_retried(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Nordlys Marked AS")
    endpoint_id, _ = await create_endpoint(
        client, owner, "https://hooks.example/", ["LEAD_CREATED"]
    )
    tenant_job = system_job(row_id(owner.tenant_id))
    now = utcnow()
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        ping = WebhookDelivery(
            endpoint_id=row_id(endpoint_id),
            event_type="webhook.test",
            payload={},
            next_attempt_at=now,
        )
        work.session.add(ping)
    refused = delivery.Answer(error="Not sent: " + "ø" * 1000)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        await delivery.record(work, ping.id, now, refused, now, RETRIES)
        failed = await work.session.get_one(WebhookDelivery, (work.tenant_id, ping.id))
        endpoint = await work.session.get_one(
            WebhookEndpoint, (work.tenant_id, row_id(endpoint_id))
        )
        assert (failed.status, failed.next_attempt_at) == (DeliveryStatus.FAILED, None)
        assert failed.last_error == refused.error[: delivery.MAX_ERROR_LENGTH]
        assert endpoint.last_delivered_at is None and pending_jobs(work.session) == []


async def test_a_success_between_keeps_an_old_failure_from_disabling_the_endpoint(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, "Havbris AS")
    endpoint_id, _ = await create_endpoint(
        client, owner, "https://hooks.example/", ["LEAD_CREATED"]
    )
    tenant_job = system_job(row_id(owner.tenant_id))
    made = utcnow() - DAY - timedelta(hours=1)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        old, young = (
            WebhookDelivery(
                endpoint_id=row_id(endpoint_id),
                event_type="lead.created",
                payload={},
                next_attempt_at=at,
                created_at=at,
            )
            for at in (made, made + timedelta(hours=2))
        )
        work.session.add_all([old, young])
    failed, answered = delivery.Answer(status_code=500), delivery.Answer(status_code=200)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        await delivery.record(work, old.id, made, failed, made, RETRIES)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        at = made + timedelta(hours=2)
        await delivery.record(work, young.id, at, answered, at, RETRIES)
    async with unit_of_work(database, tenant_job) as work, work.transaction():
        retry = await work.session.get_one(WebhookDelivery, (work.tenant_id, old.id))
        assert retry.next_attempt_at is not None
        late = utcnow()
        await delivery.record(work, old.id, retry.next_attempt_at, failed, late, RETRIES)
        given_up = await work.session.get_one(WebhookDelivery, (work.tenant_id, old.id))
        endpoint = await work.session.get_one(
            WebhookEndpoint, (work.tenant_id, row_id(endpoint_id))
        )
        assert given_up.status is DeliveryStatus.FAILED
        assert endpoint.enabled and endpoint.last_delivered_at == made + timedelta(hours=2)


async def test_whatever_goes_wrong_sending_is_the_answer_never_an_exception() -> None:
    too_long = delivery.Outgoing("https://" + "a" * 70 + ".example/hook", {}, b"{}")
    answer = await delivery.send(too_long, allow_private=False)
    assert answer.status_code is None and answer.error is not None
    assert answer.error.startswith("Not sent")
