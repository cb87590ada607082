"""Webhook endpoints, managed by a tenant's owners and admins and by partners' apps.

A partner's app sees and changes only the endpoints it made, and subscribes only to
events its token could read through the API. Every change goes to the tenant's
audit trail. An endpoint receives the events committed after it was made, or
enabled again: never a backlog from while it was away.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, update

from leadhub.activity import feed
from leadhub.db import insert_on_conflict, utcnow
from leadhub.errors import Problems
from leadhub.principal import InTenant, Member, PartnerClient
from leadhub.tenants import service as tenants
from leadhub.text import single_line
from leadhub.webhooks import destinations, events
from leadhub.webhooks.errors import WebhookError, WebhookErrorCode, invalid
from leadhub.webhooks.models import DeliveryStatus, WebhookCursor, WebhookDelivery, WebhookEndpoint
from leadhub.webhooks.queueing import queue_attempt
from leadhub.work import UnitOfWork

MAX_ENDPOINTS = 20  # of a tenant
APP_REVOKED = "Its app was revoked."
MAX_DESCRIPTION_LENGTH = 200

# Members and partners' apps manage endpoints; system jobs only send to them.
Manager = UnitOfWork[InTenant]


@dataclass(frozen=True)
class EndpointForm:
    """An endpoint's settings; on a change, None leaves one as it is."""

    url: str | None = None
    event_types: Sequence[str] | None = None
    description: str | None = None
    enabled: bool | None = None


def endpoints(principal: InTenant) -> Select[WebhookEndpoint]:
    """The endpoints the principal manages: a partner's app, its own; a member, all."""
    statement = select(WebhookEndpoint)
    if isinstance(principal, PartnerClient):
        statement = statement.where(WebhookEndpoint.created_by_client_id == principal.client_id)
    return statement


def deliveries(principal: InTenant) -> Select[WebhookDelivery]:
    """The deliveries to the endpoints the principal manages."""
    managed = endpoints(principal).with_only_columns(WebhookEndpoint.id)
    return select(WebhookDelivery).where(WebhookDelivery.endpoint_id.in_(managed))


async def create_endpoint(
    work: Manager, form: EndpointForm, allow_private: bool
) -> WebhookEndpoint:
    if form.url is None or form.event_types is None:
        raise invalid("Give the endpoint a URL and the events it receives.", "url")
    url, event_types, description = _checked(work, form, allow_private)
    count = await work.session.scalar(select(func.count()).select_from(WebhookEndpoint))
    if (count or 0) >= MAX_ENDPOINTS:
        raise WebhookError(
            WebhookErrorCode.TOO_MANY,
            f"A tenant has at most {MAX_ENDPOINTS} endpoints: delete one first.",
            "url",
        )
    principal = work.principal
    endpoint = WebhookEndpoint(
        url=url,
        event_types=event_types,
        description=description or "",
        from_position=await _start_reading(work),
        created_by_id=work.user_id,
        created_by_client_id=principal.client_id if isinstance(principal, PartnerClient) else None,
    )
    work.session.add(endpoint)
    await work.session.flush()
    tenants.audit(work, action="webhook_endpoint.created", details=_details(endpoint))
    return endpoint


async def change_endpoint(
    work: Manager, endpoint_id: uuid.UUID, form: EndpointForm, allow_private: bool
) -> WebhookEndpoint:
    endpoint = await managed_endpoint(work, endpoint_id)
    app = endpoint.created_by_client_id
    if form.event_types is not None and app is not None and not _is_app(work, app):
        # What an app receives is what its scopes read: only it may change that.
        raise invalid("This endpoint is an app's: the app changes what it receives.", "eventTypes")
    url, event_types, description = _checked(work, form, allow_private)
    if url is not None:
        endpoint.url = url
    if event_types is not None:
        endpoint.event_types = event_types
    if description is not None:
        endpoint.description = description
    if form.enabled is True and not endpoint.enabled:
        if endpoint.disabled_reason == APP_REVOKED:
            raise invalid("Its app was revoked: the endpoint stays off.", "enabled")
        # What a dispatch made for it while it was being disabled is not sent now.
        await _fail_pending(work, endpoint, "Made as the endpoint was disabled.")
        endpoint.enabled_at = utcnow()
        endpoint.disabled_at = endpoint.disabled_reason = None
        endpoint.from_position = await _start_reading(work)
    elif form.enabled is False and endpoint.enabled:
        await disable(work, endpoint, "Disabled by hand.")
    tenants.audit(work, action="webhook_endpoint.changed", details=_details(endpoint))
    return endpoint


async def delete_endpoint(work: Manager, endpoint_id: uuid.UUID) -> uuid.UUID:
    """Delete the endpoint and its delivery log; its jobs still due find nothing."""
    endpoint = await managed_endpoint(work, endpoint_id)
    tenants.audit(work, action="webhook_endpoint.deleted", details=_details(endpoint))
    await work.session.delete(endpoint)
    return endpoint_id


async def rotate_secret(work: Manager, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    """A new signing secret; the old one signs too for a day (``signing``)."""
    endpoint = await managed_endpoint(work, endpoint_id)
    endpoint.secret_version += 1
    endpoint.secret_rotated_at = utcnow()
    tenants.audit(work, action="webhook_endpoint.secret_rotated", details=_details(endpoint))
    return endpoint


async def disable_apps_endpoints(work: UnitOfWork[Member], client_id: uuid.UUID) -> None:
    """Stop sending to the endpoints a revoked app made."""
    made = await work.session.scalars(
        select(WebhookEndpoint)
        .where(WebhookEndpoint.created_by_client_id == client_id, WebhookEndpoint.enabled)
        .order_by(WebhookEndpoint.id)
        .with_for_update(key_share=True)
    )
    for endpoint in made:
        await disable(work.in_tenant(), endpoint, APP_REVOKED)


def _is_app(work: Manager, client_id: uuid.UUID) -> bool:
    principal = work.principal
    return isinstance(principal, PartnerClient) and principal.client_id == client_id


async def send_test(work: Manager, endpoint_id: uuid.UUID) -> WebhookDelivery:
    """A ping to the endpoint, sent once, even while it is disabled; its answer is in
    the delivery log and does not count toward disabling it."""
    endpoint = await managed_endpoint(work, endpoint_id)
    now = utcnow()
    delivery = WebhookDelivery(
        endpoint_id=endpoint.id,
        event_type=events.TEST_EVENT,
        payload=events.test_message(endpoint.id, now),
        next_attempt_at=now,
    )
    work.session.add(delivery)
    await work.session.flush()
    queue_attempt(work, delivery)
    return delivery


async def redeliver(work: Manager, delivery_id: uuid.UUID) -> WebhookDelivery:
    """Send the delivery again now, the same message with the same webhook-id; while it
    is within its first day (``WEBHOOK_RETRY_HOURS``), failures are retried again."""
    found = await work.session.scalar(
        deliveries(work.principal).where(WebhookDelivery.id == delivery_id)
    )
    if found is None:
        raise WebhookError(WebhookErrorCode.NOT_FOUND, "No such delivery.", "webhookDeliveryId")
    # The endpoint's lock before its delivery's, as every change takes them.
    endpoint = await managed_endpoint(work, found.endpoint_id)
    delivery = await work.session.get(
        WebhookDelivery, (work.tenant_id, delivery_id), with_for_update=True, populate_existing=True
    )
    if delivery is None:  # deleted with its endpoint meanwhile
        raise WebhookError(WebhookErrorCode.NOT_FOUND, "No such delivery.", "webhookDeliveryId")
    if not endpoint.enabled and delivery.event_type != events.TEST_EVENT:
        raise invalid("The endpoint is disabled: enable it first.", "webhookDeliveryId")
    delivery.status = DeliveryStatus.PENDING
    delivery.next_attempt_at = utcnow()
    queue_attempt(work, delivery)
    tenants.audit(
        work, action="webhook_delivery.redelivered", details={"delivery_id": str(delivery.id)}
    )
    return delivery


async def managed_endpoint(work: Manager, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    endpoint = await work.session.scalar(
        endpoints(work.principal)
        .where(WebhookEndpoint.id == endpoint_id)
        .with_for_update(key_share=True)
    )
    if endpoint is None:
        raise WebhookError(
            WebhookErrorCode.NOT_FOUND, "No such webhook endpoint.", "webhookEndpointId"
        )
    return endpoint


async def disable(work: UnitOfWork[InTenant], endpoint: WebhookEndpoint, reason: str) -> None:
    """Stop sending to the endpoint: what is still due to it fails now."""
    endpoint.disabled_at = utcnow()
    endpoint.disabled_reason = reason
    await _fail_pending(work, endpoint, reason)


async def _fail_pending(work: UnitOfWork[InTenant], endpoint: WebhookEndpoint, reason: str) -> None:
    await work.session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.endpoint_id == endpoint.id,
            WebhookDelivery.status == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.FAILED, next_attempt_at=None, last_error=reason)
    )


async def _start_reading(work: Manager) -> int:
    """The commit log's head, where a new or re-enabled endpoint's events start; the
    tenant's cursor is made if it has none yet.

    The head is read with the cursor locked: a dispatch under way, which read the
    endpoints before this one, moves the cursor past what it read before the head
    is taken here; one after waits for this to commit, and then sees the endpoint.
    """
    session = work.session
    # A new cursor starts at the beginning: a dispatch starts no earlier than its
    # earliest endpoint's from_position, so it reads nothing from before.
    first = {"tenant_id": work.tenant_id, "position": 0, "after_id": feed.AFTER_ALL}
    new_cursor = insert_on_conflict(session.sync_session, WebhookCursor).values(first)
    await session.execute(new_cursor.on_conflict_do_nothing())
    await session.execute(
        select(WebhookCursor.position)
        .where(WebhookCursor.tenant_id == work.tenant_id)
        .with_for_update()
    )
    return (await feed.head(work)).position


def _checked(
    work: Manager, form: EndpointForm, allow_private: bool
) -> tuple[str | None, list[str] | None, str | None]:
    """The form's URL, event types and description, or one refusal naming every fault."""
    problems = Problems()
    url = event_types = description = None
    if form.url is not None:
        with problems:
            try:
                url = destinations.checked_url(form.url, allow_private=allow_private)
            except destinations.RefusedDestination as refused:
                raise invalid(str(refused), "url") from refused
    if form.event_types is not None:
        with problems:
            event_types = _event_types(work, form.event_types)
    if form.description is not None:
        description = single_line(form.description, MAX_DESCRIPTION_LENGTH) or ""
        if form.description.strip() and not description:
            problems.add(
                invalid(
                    f"Give at most {MAX_DESCRIPTION_LENGTH} printable characters.", "description"
                )
            )
    problems.raise_if_any()
    return url, event_types, description


def _event_types(work: Manager, asked: Sequence[str]) -> list[str]:
    if len(asked) > len(events.EventType):
        raise invalid(f"Give at most {len(events.EventType)} event types.", "eventTypes")
    unknown = [name for name in asked if name not in events.EventType._value2member_map_]
    if unknown:
        known = ", ".join(events.EventType)
        raise invalid(
            f"No such event: {', '.join(unknown[:5])}. The events are: {known}.", "eventTypes"
        )
    if not asked:
        raise invalid("Subscribe the endpoint to at least one event.", "eventTypes")
    principal = work.principal
    if isinstance(principal, PartnerClient):
        lacking = sorted(
            {events.SCOPES[events.EventType(name)] for name in asked} - principal.scopes
        )
        if lacking:
            raise invalid(
                f"Your token cannot read what these events name: it needs {', '.join(lacking)}.",
                "eventTypes",
            )
    return sorted({events.EventType(name).value for name in asked})


def _details(endpoint: WebhookEndpoint) -> dict[str, object]:
    return {"endpoint_id": str(endpoint.id), "url": endpoint.url[:200]}
