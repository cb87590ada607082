"""What the tenants domain tells people by email."""

from email.message import EmailMessage

from leadhub.tenants.models import Invitation


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
