"""Jobs of the tenants domain: the invitation and password reset emails."""

from datetime import datetime
from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.mail import Mailer
from leadhub.principal import SystemJob
from leadhub.tenants import service
from leadhub.tenants.emails import invitation_message, password_reset_message
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def send_invitation_email(tenant_id: str, invitation_id: str, token: str) -> None:
    """Email the invitee their token, while the invitation is still pending."""
    principal = SystemJob(UUID(tenant_id), "send_invitation_email")
    async with unit_of_work(tasks.worker_database(), principal) as work:
        pending = await service.pending_invitation(work, UUID(invitation_id))
    if pending is None:
        _log.info("invitation no longer pending; not emailed", invitation_id=invitation_id)
        return
    invitation, tenant = pending
    settings = tasks.configured_settings()
    message = invitation_message(
        tenant_name=tenant.name,
        invitation=invitation,
        token=token,
        public_url=settings.resolved_public_url,
    )
    await Mailer(settings.resolved_mail_url).send(message)


@tasks.actor
async def send_password_reset_email(email: str, token: str, expires_at: str) -> None:
    """Email the reset link (its row needs no reading: a spent link is refused anyway)."""
    settings = tasks.configured_settings()
    message = password_reset_message(
        email=email,
        token=token,
        expires_at=datetime.fromisoformat(expires_at),
        public_url=settings.resolved_public_url,
    )
    await Mailer(settings.resolved_mail_url).send(message)
