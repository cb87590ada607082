"""What the tenants domain tells people by email, with links to the pages that act.

The links lead to PUBLIC_URL, to pages of the web app (``web/src/routes.tsx``).
"""

from datetime import datetime
from email.message import EmailMessage
from urllib.parse import urlencode

from leadhub.mail import text_message
from leadhub.tenants.models import Invitation

INVITATION_PATH = "/invitations/accept"
PASSWORD_RESET_PATH = "/password-reset"


def link(public_url: str, path: str, token: str) -> str:
    # Tokens are URL-safe (tenants.tokens): encoded, the link holds the token as it
    # is, on one line that no mail encoding breaks.
    return f"{public_url}{path}?{urlencode({'token': token})}"


def invitation_message(
    *, tenant_name: str, invitation: Invitation, token: str, public_url: str
) -> EmailMessage:
    # Tenant names are typed by users: a line break would be refused in a header.
    tenant_name = " ".join(tenant_name.split())
    role = invitation.role.value.replace("_", " ")
    return text_message(
        to=invitation.email,
        subject=f"You are invited to {tenant_name} on Leadhub",
        text=(
            f"You have been invited to join {tenant_name} on Leadhub as {role}.\n"
            "\n"
            "Accept the invitation here:\n"
            f"{link(public_url, INVITATION_PATH, token)}\n"
            "\n"
            f"Or give this invitation token to the app: {token}\n"
            "\n"
            f"It expires on {_utc(invitation.expires_at)}.\n"
            "If you did not expect this invitation, you can ignore this email.\n"
        ),
    )


def password_reset_message(
    *, email: str, token: str, expires_at: datetime, public_url: str
) -> EmailMessage:
    return text_message(
        to=email,
        subject="Reset your Leadhub password",
        text=(
            "Someone, hopefully you, asked to reset the password of your Leadhub account.\n"
            "\n"
            "Choose a new password here:\n"
            f"{link(public_url, PASSWORD_RESET_PATH, token)}\n"
            "\n"
            f"The link works once, until {_utc(expires_at)}. Setting a new password\n"
            "logs you out everywhere.\n"
            "If you did not ask for this, ignore this email: your password stays as it is.\n"
        ),
    )


def _utc(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d at %H:%M} UTC"
