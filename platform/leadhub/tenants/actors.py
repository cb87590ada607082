"""Jobs of the tenants domain: the invitation email."""

from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.mail import Mailer
from leadhub.principal import SystemJob
from leadhub.tenants import service
from leadhub.tenants.emails import invitation_message
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
    message = invitation_message(tenant_name=tenant.name, invitation=invitation, token=token)
    await Mailer(tasks.configured_settings().resolved_mail_url).send(message)
