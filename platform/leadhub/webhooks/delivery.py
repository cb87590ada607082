"""A delivery's attempts: sent signed, retried with exponential backoff for a day, and
an endpoint that fails all that day disabled and its owner told.

An attempt is three steps, so that no transaction is open while a partner's
server takes its time: read what to send (``outgoing``), send it (``send``),
and record the answer, queueing the next attempt if one is due (``record``).
Each job carries the time its attempt was due; a job whose delivery has since
been given another time (a redelivery) finds it not due and does nothing.
"""

import asyncio
import json
import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import delete, select

from leadhub.principal import SystemJob
from leadhub.tenants import service as tenants
from leadhub.webhooks import destinations, endpoints, events, signing
from leadhub.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from leadhub.webhooks.queueing import TELL_JOB, queue_attempt
from leadhub.work import UnitOfWork

# A partner's server answers within this, all of it, or the attempt failed.
TIMEOUT_SECONDS = 10
# Waits between attempts double from the first, up to this; each is shortened by up
# to a tenth at random, so that retries of many deliveries spread out.
LONGEST_WAIT = timedelta(hours=4)
MAX_ERROR_LENGTH = 500
# An attempt this late was lost, not delayed (a backlog this long is an outage).
OVERDUE = timedelta(hours=1)


@dataclass(frozen=True)
class Retries:
    """How long a delivery is retried (``WEBHOOK_RETRY_HOURS``), and the first wait."""

    first_wait: timedelta
    window: timedelta

    def wait_after(self, attempts: int) -> timedelta:
        doubled: timedelta = self.first_wait * 2 ** min(attempts - 1, 20)
        shortened = 1 - random.random() / 10
        longest: timedelta = min(doubled, LONGEST_WAIT)
        return longest * shortened


@dataclass(frozen=True)
class Outgoing:
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Answer:
    """What an attempt got: the status code of the answer, or why there was none."""

    status_code: int | None = None
    error: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def outgoing(
    work: UnitOfWork[SystemJob],
    server_key: str,
    delivery_id: uuid.UUID,
    due: datetime,
    now: datetime,
) -> Outgoing | None:
    """What the attempt due at ``due`` sends, or None if it is no longer due."""
    delivery = await work.session.get(WebhookDelivery, (work.tenant_id, delivery_id))
    if delivery is None or not _due(delivery, due):
        return None
    endpoint = await work.session.get_one(WebhookEndpoint, (work.tenant_id, delivery.endpoint_id))
    if not endpoint.enabled and delivery.event_type != events.TEST_EVENT:
        return None
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))
    msg_id = signing.message_id(delivery.id)
    headers = signing.headers(server_key, endpoint, msg_id, body, now)
    return Outgoing(endpoint.url, headers, body.encode())


async def send(message: Outgoing, *, allow_private: bool) -> Answer:
    """POST the message to the address its host resolves to once checked, with the
    host's name in the Host header and TLS handshake; redirects are not followed.
    Whatever goes wrong is the answer's error, never an exception."""
    try:
        async with asyncio.timeout(TIMEOUT_SECONDS):
            return await _post(message, allow_private)
    except destinations.RefusedDestination as refused:
        return Answer(error=f"Not sent: {refused}")
    except TimeoutError:
        return Answer(error=f"No answer within {TIMEOUT_SECONDS} seconds.")
    except httpx.HTTPError as error:
        return Answer(error=f"{type(error).__name__}: {error}")
    except (httpx.InvalidURL, ValueError) as error:  # a URL saved before a check was
        return Answer(error=f"Not sent: {error}")


async def _post(message: Outgoing, allow_private: bool) -> Answer:
    url = httpx.URL(message.url)
    host = url.raw_host.decode("ascii")  # as IDNA encodes it, for DNS and TLS alike
    port = url.port or destinations.DEFAULT_PORTS.get(url.scheme)
    if port is None:
        raise destinations.RefusedDestination(f"{url.scheme}: is not http or https.")
    address = await destinations.public_address(host, port, allow_private=allow_private)
    pinned = url.copy_with(host=address)
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    headers = {**message.headers, "host": url.netloc.decode("ascii")}
    # No timeout of httpx's own: ``send`` bounds the whole attempt.
    async with httpx.AsyncClient(trust_env=False, follow_redirects=False, timeout=None) as client:
        request = client.build_request(
            "POST", pinned, headers=headers, content=message.body, extensions=extensions
        )
        # Only the status is kept: the body is never read.
        response = await client.send(request, stream=True)
        await response.aclose()
    return Answer(status_code=response.status_code)


async def record(
    work: UnitOfWork[SystemJob],
    delivery_id: uuid.UUID,
    due: datetime,
    answer: Answer,
    now: datetime,
    retries: Retries,
) -> None:
    """Keep the attempt's answer, and queue the next attempt or give up."""
    session = work.session
    found = await session.get(WebhookDelivery, (work.tenant_id, delivery_id))
    if found is None:
        return
    # The endpoint's lock before its delivery's, as disabling it takes them; one
    # that leaves its key alone, which a dispatch's new deliveries share.
    endpoint = await session.get(
        WebhookEndpoint, (work.tenant_id, found.endpoint_id), with_for_update={"key_share": True}
    )
    delivery = await session.get(
        WebhookDelivery, (work.tenant_id, delivery_id), with_for_update=True, populate_existing=True
    )
    if endpoint is None or delivery is None or delivery.status is not DeliveryStatus.PENDING:
        return  # deleted meanwhile, or its answer kept by another attempt
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_status_code = answer.status_code
    delivery.last_error = None if answer.succeeded else _why(answer)
    test = delivery.event_type == events.TEST_EVENT
    if answer.succeeded:
        delivery.status, delivery.delivered_at = DeliveryStatus.DELIVERED, now
        delivery.next_attempt_at = None
        if not test:
            endpoint.last_delivered_at = max(now, endpoint.last_delivered_at or now)
        return
    if not _due(delivery, due):
        return  # a redelivery took over, and makes its own attempts
    if test:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
        return  # a ping is sent once, and says nothing of the endpoint's events
    next_attempt = now + retries.wait_after(delivery.attempts)
    if next_attempt < delivery.created_at + retries.window:
        delivery.next_attempt_at = next_attempt
        queue_attempt(work, delivery)
        return
    delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
    # Nothing got through since this was made, while the endpoint was on: for the
    # whole of its window.
    delivered_since = (endpoint.last_delivered_at or delivery.created_at) > delivery.created_at
    made_while_on = delivery.created_at >= endpoint.enabled_at
    if endpoint.enabled and made_while_on and not delivered_since:
        hours = int(retries.window.total_seconds() // 3600)
        await endpoint_failed(work, endpoint, f"Every delivery failed for {hours} hours.")


def _why(answer: Answer) -> str:
    why = answer.error or f"Answered {answer.status_code}: only 2xx is a delivery."
    return why[:MAX_ERROR_LENGTH]


async def endpoint_failed(
    work: UnitOfWork[SystemJob], endpoint: WebhookEndpoint, reason: str
) -> None:
    await endpoints.disable(work, endpoint, reason)
    tenants.audit(
        work,
        action="webhook_endpoint.disabled",
        details={"endpoint_id": str(endpoint.id), "reason": reason},
    )
    work.after_commit(TELL_JOB, tenant_id=str(work.tenant_id), endpoint_id=str(endpoint.id))


async def resume_overdue(work: UnitOfWork[SystemJob], now: datetime) -> int:
    """Queue again each attempt that should have been made long ago: its job was lost
    (the in-process broker forgets the jobs it holds when the server stops). How
    many. A job only late, not lost, may then send its message twice, which the
    receiver tells by its webhook-id."""
    overdue = await work.session.scalars(
        select(WebhookDelivery)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(
            WebhookEndpoint.enabled,
            WebhookDelivery.status == DeliveryStatus.PENDING,
            WebhookDelivery.next_attempt_at < now - OVERDUE,
        )
    )
    resumed = 0
    for late in overdue:
        queue_attempt(work, late)
        resumed += 1
    return resumed


async def forget_deliveries(work: UnitOfWork[SystemJob], before: datetime) -> int:
    """Delete the log's deliveries made before ``before``, unless still being tried."""
    result = await work.session.execute(
        delete(WebhookDelivery).where(
            WebhookDelivery.created_at < before,
            WebhookDelivery.status != DeliveryStatus.PENDING,
        )
    )
    forgotten: int = result.rowcount  # type: ignore[attr-defined]
    return forgotten


def _due(delivery: WebhookDelivery, due: datetime) -> bool:
    return delivery.status is DeliveryStatus.PENDING and delivery.next_attempt_at == due
