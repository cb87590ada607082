"""The webhooks' jobs, by name, as the services queue them (``webhooks.actors`` runs them)."""

from leadhub.db import utcnow
from leadhub.principal import InTenant
from leadhub.webhooks.models import WebhookDelivery
from leadhub.work import UnitOfWork

DISPATCH_JOB = "dispatch_webhook_events"
DELIVERY_JOB = "deliver_webhook"
TELL_JOB = "tell_webhook_disabled"


def queue_attempt(work: UnitOfWork[InTenant], delivery: WebhookDelivery) -> None:
    """Queue the delivery's next attempt, at its ``next_attempt_at``: once committed,
    if that is now (a retry is held by the broker until its time)."""
    due = delivery.next_attempt_at
    if due is None:
        raise ValueError("the delivery has no attempt due")
    job = {
        "tenant_id": str(work.tenant_id),
        "delivery_id": str(delivery.id),
        "due": due.isoformat(),
    }
    if due <= utcnow():
        work.after_commit(DELIVERY_JOB, **job)
    else:
        work.after_commit_at(due, DELIVERY_JOB, **job)
