"""Jobs of the tenants domain: the invitation email."""

from email.message import EmailMessage
from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.mail import Mailer
from leadhub.tenants.models import Invitation, Tenant

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def send_invitation_email(tenant_id: str, invitation_id: str, token: str) -> None:
    """Email the invitee their token, unless the invitation is gone, accepted or revoked."""
    tenant_key = UUID(tenant_id)
    async with tasks.worker_database().tenant_session(tenant_key) as session:
        invitation = await session.get(
            Invitation, {"tenant_id": tenant_key, "id": UUID(invitation_id)}
        )
        skipped_because = _why_not_send(invitation)
        if invitation is None or skipped_because is not None:
            _log.info(
                "invitation email not sent",
                tenant_id=tenant_id,
                invitation_id=invitation_id,
                reason=skipped_because,
            )
            return
        tenant = await session.get_one(Tenant, tenant_key)
    message = invitation_message(tenant_name=tenant.name, invitation=invitation, token=token)
    await Mailer(tasks.configured_settings().resolved_mail_url).send(message)


def _why_not_send(invitation: Invitation | None) -> str | None:
    if invitation is None:
        return "gone"
    if invitation.accepted_at is not None:
        return "accepted"
    if invitation.revoked_at is not None:
        return "revoked"
    return None


def invitation_message(*, tenant_name: str, invitation: Invitation, token: str) -> EmailMessage:
    # Tenant names are typed by users: a line break would be refused in a header.
    tenant_name = " ".join(tenant_name.split())
    role = invitation.role.value.replace("_", " ")
    message = EmailMessage()
    message["To"] = invitation.email
    message["Subject"] = f"You are invited to {tenant_name} on Leadhub"
    message.set_content(
        f"You have been invited to join {tenant_name} on Leadhub as {role}.\n"
        "\n"
        f"Your invitation token: {token}\n"
        "\n"
        f"It expires on {invitation.expires_at:%Y-%m-%d at %H:%M} UTC.\n"
        "If you did not expect this invitation, you can ignore this email.\n"
    )
    return message
