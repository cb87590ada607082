"""The webhooks' jobs, by name, as the services queue them (``webhooks.actors`` runs them)."""

from leadhub.principal import InTenant
from leadhub.webhooks.models import WebhookDelivery
from leadhub.work import UnitOfWork

DISPATCH_JOB = "dispatch_webhook_events"
DELIVERY_JOB = "deliver_webhook"
TELL_JOB = "tell_webhook_disabled"


def queue_attempt(work: UnitOfWork[InTenant], delivery: WebhookDelivery) -> None:
    """Queue the delivery's next attempt, at its ``next_attempt_at``."""
    due = delivery.next_attempt_at
    if due is None:
        raise ValueError("the delivery has no attempt due")
    work.after_commit_at(
        due,
        DELIVERY_JOB,
        tenant_id=str(work.tenant_id),
        delivery_id=str(delivery.id),
        due=due.isoformat(),
    )
