"""Deliveries that fail: retried ever later within the day, then given up, and an
endpoint nothing reached all that time disabled and its maker told; addresses of
this machine refused after resolving the name."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from leadhub.app import create_app
from leadhub.db import Database, utcnow
from leadhub.jobs import Job, pending_jobs
from leadhub.principal import SystemJob
from leadhub.schedule import TENANT_SWEEPS
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
FAILED, ANSWERED = delivery.Answer(status_code=500), delivery.Answer(status_code=200)


@dataclass
class Hooked:
    """A tenant's endpoint (to https://hooks.example/, which never resolves), and
    deliveries to it made and answered by hand, each in a transaction of its own."""

    database: Database
    tenant: SystemJob
    endpoint_id: uuid.UUID

    async def made(self, at: datetime, event_type: str = "lead.created") -> uuid.UUID:
        async with unit_of_work(self.database, self.tenant) as work, work.transaction():
            made = WebhookDelivery(
                endpoint_id=self.endpoint_id,
                event_type=event_type,
                payload={"type": event_type, "timestamp": at.isoformat(), "data": {}},
                next_attempt_at=at,
                created_at=at,
            )
            work.session.add(made)
        return made.id

    async def record(
        self, delivery_id: uuid.UUID, due: datetime, answer: delivery.Answer, now: datetime
    ) -> list[Job]:
        """Record the attempt's answer; the jobs that queued."""
        async with unit_of_work(self.database, self.tenant) as work, work.transaction():
            await delivery.record(work, delivery_id, due, answer, now, RETRIES)
            return pending_jobs(work.session)

    async def enabled_since(self, at: datetime) -> None:
        """As if the endpoint had been made, or enabled again, at ``at``."""
        async with unit_of_work(self.database, self.tenant) as work, work.transaction():
            endpoint = await work.session.get_one(
                WebhookEndpoint, (work.tenant_id, self.endpoint_id)
            )
            endpoint.enabled_at = at

    async def read(self, delivery_id: uuid.UUID) -> tuple[WebhookDelivery, WebhookEndpoint]:
        async with unit_of_work(self.database, self.tenant) as work:
            return (
                await work.session.get_one(WebhookDelivery, (work.tenant_id, delivery_id)),
                await work.session.get_one(WebhookEndpoint, (work.tenant_id, self.endpoint_id)),
            )


async def _hooked(
    client: httpx.AsyncClient, database: Database, email: str | None = None
) -> Hooked:
    owner = await sign_up(client, "Fjordkraft Salg AS", email)
    url = "https://hooks.example/leadhub"  # .example never resolves
    endpoint_id, _ = await create_endpoint(client, owner, url, ["LEAD_CREATED"])
    return Hooked(database, system_job(row_id(owner.tenant_id)), row_id(endpoint_id))


@pytest.mark.parametrize(
    ("attempts", "longest"),
    [(1, 30), (2, 60), (3, 120), (9, 7680), (10, 14400), (40, 14400)],
)
def test_each_wait_is_twice_the_last_up_to_four_hours(attempts: int, longest: int) -> None:
    waits = [RETRIES.wait_after(attempts).total_seconds() for _ in range(50)]
    assert all(longest * 0.9 <= wait <= longest for wait in waits)
    assert len(set(waits)) > 1  # spread, so that many retries do not come at once


async def test_a_failure_within_the_day_is_tried_again_later(
    client: httpx.AsyncClient, database: Database
) -> None:
    hooked = await _hooked(client, database)
    now = utcnow()
    due = await hooked.made(now)
    timed_out = delivery.Answer(error="ReadTimeout: timed out")
    [job] = await hooked.record(due, now, timed_out, now)
    retried, endpoint = await hooked.read(due)
    assert (retried.status, retried.attempts) == (DeliveryStatus.PENDING, 1)
    assert retried.last_error == "ReadTimeout: timed out"
    assert retried.next_attempt_at is not None
    assert timedelta(seconds=27) <= retried.next_attempt_at - now <= timedelta(seconds=30)
    assert (job.actor_name, job.not_before) == ("deliver_webhook", retried.next_attempt_at)
    assert endpoint.last_delivered_at is None
    # An attempt of a time no longer due (a redelivery's came between) is kept in
    # the log, and queues nothing: the redelivery makes its own attempts.
    assert await hooked.record(due, now, timed_out, now) == []
    later = retried.next_attempt_at
    assert await hooked.record(due, later, ANSWERED, later) == []
    delivered, endpoint = await hooked.read(due)
    assert (delivered.status, delivered.attempts) == (DeliveryStatus.DELIVERED, 3)
    assert (delivered.delivered_at, delivered.last_error) == (later, None)
    assert endpoint.last_delivered_at == later


async def test_a_day_of_failures_disables_the_endpoint_and_tells_its_maker(
    committing: Database, settings: Settings, tmp_path: Path
) -> None:
    outbox = tmp_path / "outbox"
    transport = httpx.ASGITransport(app=create_app(settings, committing))
    async with (
        embedded_worker(settings, committing, outbox) as jobs_done,
        httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client,
    ):
        hooked = await _hooked(client, committing, "åse@fjordkraft.example")
        # Its first attempt failed as it was made, a day and an hour ago: the retry
        # it queued is long due, and the worker makes it now, past the day.
        made = utcnow() - DAY - timedelta(hours=1)
        await hooked.enabled_since(made)
        due = await hooked.made(made)
        await hooked.record(due, made, FAILED, made)
        await until(lambda: any(outbox.glob("*.eml")))
        await jobs_done()
    given_up, endpoint = await hooked.read(due)
    assert (given_up.status, given_up.attempts) == (DeliveryStatus.FAILED, 2)
    assert given_up.last_error is not None
    assert given_up.last_error.startswith("Not sent: hooks.example could not be resolved")
    assert not endpoint.enabled
    assert endpoint.disabled_reason == "Every delivery failed for 24 hours."
    async with unit_of_work(committing, hooked.tenant) as work:
        assert "webhook_endpoint.disabled" in await work.session.scalars(select(AuditEvent.action))
    [email] = [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in outbox.glob("*.eml")
    ]
    told = (email["To"], email["Subject"])
    assert told == ("åse@fjordkraft.example", "A webhook endpoint was disabled")
    body = email.get_body()
    assert body is not None and "https://hooks.example/leadhub" in body.get_content()


async def test_a_success_between_keeps_an_old_failure_from_disabling_the_endpoint(
    client: httpx.AsyncClient, database: Database
) -> None:
    hooked = await _hooked(client, database)
    made = utcnow() - DAY - timedelta(hours=1)
    await hooked.enabled_since(made)
    old, young = await hooked.made(made), await hooked.made(made + timedelta(hours=2))
    await hooked.record(old, made, FAILED, made)
    await hooked.record(young, made + timedelta(hours=2), ANSWERED, made + timedelta(hours=2))
    retry, _ = await hooked.read(old)
    assert retry.next_attempt_at is not None
    await hooked.record(old, retry.next_attempt_at, FAILED, utcnow())
    given_up, endpoint = await hooked.read(old)
    assert given_up.status is DeliveryStatus.FAILED
    assert endpoint.enabled and endpoint.last_delivered_at == made + timedelta(hours=2)


async def test_an_error_is_kept_cut_short_and_a_failed_ping_is_not_retried(
    client: httpx.AsyncClient, database: Database
) -> None:
    hooked = await _hooked(client, database)
    now = utcnow()
    ping = await hooked.made(now, event_type="webhook.test")
    too_long = "Not sent: " + "ø" * 1000
    refused = delivery.Answer(error=too_long)
    assert await hooked.record(ping, now, refused, now) == []
    failed, endpoint = await hooked.read(ping)
    assert (failed.status, failed.next_attempt_at) == (DeliveryStatus.FAILED, None)
    assert failed.last_error == too_long[: delivery.MAX_ERROR_LENGTH]
    assert endpoint.enabled and endpoint.last_delivered_at is None


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


async def test_whatever_goes_wrong_sending_is_the_answer_never_an_exception() -> None:
    too_long = delivery.Outgoing("https://" + "a" * 70 + ".example/hook", {}, b"{}")
    answer = await delivery.send(too_long, allow_private=False)
    assert answer.status_code is None and answer.error is not None
    assert answer.error.startswith("Not sent")


async def test_the_daily_sweep_queues_again_the_attempts_whose_jobs_were_lost(
    client: httpx.AsyncClient, database: Database
) -> None:
    assert "resume_webhooks" in TENANT_SWEEPS
    hooked = await _hooked(client, database)
    now = utcnow()
    lost, long_ago = await hooked.made(now - timedelta(hours=2)), now - timedelta(hours=3)
    await hooked.made(now - timedelta(minutes=50))  # a backlog, not a loss
    delivered = await hooked.made(long_ago)
    await hooked.record(delivered, long_ago, ANSWERED, long_ago)
    async with unit_of_work(database, hooked.tenant) as work, work.transaction():
        assert await delivery.resume_overdue(work, now) == 1
        [job] = pending_jobs(work.session)
    # The one 50 minutes late may have its job held by the broker still: not queued twice.
    assert job.kwargs == {
        "tenant_id": str(hooked.tenant.tenant_id),
        "delivery_id": str(lost),
        "due": (now - timedelta(hours=2)).isoformat(),
    }


async def test_an_old_delivery_sent_again_after_a_pause_does_not_disable_the_endpoint(
    client: httpx.AsyncClient, database: Database
) -> None:
    hooked = await _hooked(client, database)
    made = utcnow() - DAY - timedelta(hours=1)
    await hooked.enabled_since(made)
    old = await hooked.made(made)
    await hooked.enabled_since(utcnow() - timedelta(minutes=5))  # disabled, then enabled
    await hooked.record(old, made, FAILED, utcnow())  # redelivered: its day is over
    given_up, endpoint = await hooked.read(old)
    assert given_up.status is DeliveryStatus.FAILED
    assert endpoint.enabled
