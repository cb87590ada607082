"""Jobs of the webhooks: events made into deliveries, each delivery's attempts, an
endpoint's owner told it was disabled, and the delivery log's old entries forgotten."""

from datetime import datetime, timedelta
from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.db import utcnow
from leadhub.mail import Mailer
from leadhub.principal import Role, SystemJob
from leadhub.tenants import service as tenants
from leadhub.webhooks import delivery, dispatch
from leadhub.webhooks.emails import disabled_message
from leadhub.webhooks.models import WebhookEndpoint
from leadhub.webhooks.queueing import DISPATCH_JOB
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def dispatch_webhook_events(tenant_id: str) -> None:
    """The deliveries of events committed since the last dispatch."""
    principal = SystemJob(UUID(tenant_id), "dispatch_webhook_events")
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        dispatched = await dispatch.dispatch(work)
    if dispatched.deliveries:
        _log.info("webhook events dispatched", tenant_id=tenant_id, **vars(dispatched))


@tasks.actor
async def deliver_webhook(tenant_id: str, delivery_id: str, due: str) -> None:
    """The attempt of a delivery due at ``due``."""
    settings = tasks.configured_settings()
    principal = SystemJob(UUID(tenant_id), "deliver_webhook")
    attempt = (UUID(delivery_id), datetime.fromisoformat(due))
    database = tasks.worker_database()
    async with unit_of_work(database, principal) as work:
        message = await delivery.outgoing(work, settings.resolved_secret_key, *attempt, utcnow())
    if message is None:
        return  # delivered, given up, superseded by a redelivery, or its endpoint gone
    answer = await delivery.send(message, allow_private=settings.webhooks_allow_private)
    retries = delivery.Retries(
        first_wait=timedelta(seconds=settings.webhook_first_retry_seconds),
        window=timedelta(hours=settings.webhook_retry_hours),
    )
    async with unit_of_work(database, principal) as work, work.transaction():
        await delivery.record(work, *attempt, answer, utcnow(), retries)
    _log.info(
        "webhook attempt",
        tenant_id=tenant_id,
        delivery_id=delivery_id,
        status_code=answer.status_code,
        error=answer.error,
    )


@tasks.actor
async def tell_webhook_disabled(tenant_id: str, endpoint_id: str) -> None:
    """Email whoever made the endpoint, or if they are gone (or it was a partner's
    app), the tenant's owners and admins."""
    principal = SystemJob(UUID(tenant_id), "tell_webhook_disabled")
    async with unit_of_work(tasks.worker_database(), principal) as work:
        endpoint = await work.session.get(WebhookEndpoint, (work.tenant_id, UUID(endpoint_id)))
        if endpoint is None or endpoint.enabled:
            return
        maker = (
            await tenants.member(work, endpoint.created_by_id) if endpoint.created_by_id else None
        )
        recipients = (
            [maker.email]
            if maker
            else await tenants.emails_of_roles(work, (Role.OWNER, Role.ADMIN))
        )
    mailer = Mailer(tasks.configured_settings().resolved_mail_url)
    for email in recipients:
        await mailer.send(disabled_message(to=email, endpoint=endpoint))


@tasks.actor
async def resume_webhooks(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: the attempts and the dispatch whose jobs
    were lost, queued again."""
    principal = SystemJob(UUID(tenant_id), "resume_webhooks")
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        resumed = await delivery.resume_overdue(work, utcnow())
        work.after_commit(DISPATCH_JOB, tenant_id=tenant_id)
    _log.info("webhooks resumed", tenant_id=tenant_id, day=day, attempts=resumed)


@tasks.actor
async def forget_old_deliveries(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: its delivery log past its retention."""
    principal = SystemJob(UUID(tenant_id), "forget_old_deliveries")
    retention = timedelta(days=tasks.configured_settings().webhook_delivery_retention_days)
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        forgotten = await delivery.forget_deliveries(work, utcnow() - retention)
    _log.info("old webhook deliveries forgotten", tenant_id=tenant_id, day=day, forgotten=forgotten)
