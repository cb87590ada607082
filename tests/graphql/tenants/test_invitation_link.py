"""The invitation email's link, as sent and read back by a mail client (the web
app's page behind it is tested in web/)."""

from datetime import timedelta

import httpx

from leadhub.db import utcnow
from leadhub.mail import Mailer
from leadhub.principal import Role
from leadhub.settings import Settings
from leadhub.tenants.emails import invitation_message
from leadhub.tenants.models import Invitation
from tests import mailbox
from tests.builders import (
    ACCEPT,
    INVITE,
    PASSWORD,
    Account,
    graphql,
    sent_invitation_token,
    sign_up,
)


async def invite(client: httpx.AsyncClient, owner: Account, email: str) -> str:
    """The token the invitation email carries."""
    body = await graphql(
        client, INVITE, {"input": {"email": email, "role": "SALES_REP"}}, account=owner
    )
    return sent_invitation_token(body["data"]["inviteMember"]["invitation"]["id"])


async def test_the_token_survives_the_email_as_sent(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # given an invitation to a tenant whose name is not ASCII, with a link longer
    # than quoted-printable's 76 characters
    owner = await sign_up(client, company="Fjordsalg Øst og Sønner AS")
    email = "aase.nordmann@example.no"
    token = await invite(client, owner, email)
    invitation = Invitation(
        email=email, role=Role.SALES_REP, expires_at=utcnow() + timedelta(days=7)
    )
    message = invitation_message(
        tenant_name="Fjordsalg Øst og Sønner AS",
        invitation=invitation,
        token=token,
        public_url=settings.resolved_public_url,
    )
    link = f"{settings.resolved_public_url}/invitations/accept?token={token}"
    assert len(link) > 76
    # when it is encoded as sent, and read back by a mail client
    await Mailer(settings.resolved_mail_url).send(message)
    (received,) = mailbox.outbox(settings)
    # then the link is whole in the raw message too (copied from the .eml) ...
    assert link.encode() in message.as_bytes().splitlines()
    assert "Fjordsalg Øst og Sønner AS" in received.get_content()
    # ... and the token in it accepts the invitation
    accepted = await graphql(
        client,
        ACCEPT,
        {"input": {"token": mailbox.link_token(received), "name": "Åse", "password": PASSWORD}},
    )
    payload = accepted["data"]["acceptInvitation"]
    assert payload["errors"] == [] and payload["membership"]["role"] == "SALES_REP"
