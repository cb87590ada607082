"""The invitation email's link, as sent and read back by a mail client, and the
minimal page behind it."""

import uuid
from datetime import timedelta
from html import escape

import httpx
import pytest
from sqlalchemy import func, select
from strawberry import relay

from leadhub.db import Database, utcnow
from leadhub.mail import Mailer
from leadhub.principal import Person, Role
from leadhub.settings import Settings
from leadhub.tenants.emails import invitation_message
from leadhub.tenants.models import AuthSession, Invitation
from leadhub.work import unit_of_work
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

LOG_IN = """
mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { id } errors { code } } }
"""
FORM = {"content-type": "application/x-www-form-urlencoded"}


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


async def test_the_page_lets_a_new_person_join(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    email = "kari.nordmann@example.no"
    token = await invite(client, owner, email)

    form = await client.get("/invitations/accept", params={"token": token})
    joined = await client.post(
        "/invitations/accept",
        data={"token": token, "name": "Kari Nordmann", "password": PASSWORD},
        headers=FORM,
    )

    assert form.status_code == 200
    assert form.headers["content-type"].startswith("text/html")
    assert f'name="token" value="{token}"' in form.text
    assert form.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in form.headers["content-security-policy"]
    assert joined.status_code == 200, joined.text
    assert "You joined Fjordsalg AS as sales rep." in joined.text
    logged_in = await graphql(client, LOG_IN, {"input": {"email": email, "password": PASSWORD}})
    assert logged_in["data"]["logIn"]["token"]
    # the page started no login of its own, which nobody would have held
    user_id = uuid.UUID(relay.GlobalID.from_id(logged_in["data"]["logIn"]["user"]["id"]).node_id)
    async with unit_of_work(database, Person(user_id)) as work:
        logins = await work.session.scalar(select(func.count()).select_from(AuthSession))
    assert logins == 1


async def test_the_page_says_what_is_wrong_and_writes_nothing(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    email = "ola.nordmann@example.no"
    token = await invite(client, owner, email)

    refused = await client.post(
        "/invitations/accept", data={"token": token, "name": " ", "password": "kort"}, headers=FORM
    )

    assert refused.status_code == 400
    assert "Give a name of 1 to 200 printable characters." in refused.text
    assert "Use 10 to 256 characters." in refused.text
    logged_in = await graphql(client, LOG_IN, {"input": {"email": email, "password": "kort"}})
    assert logged_in["data"]["logIn"]["token"] is None
    # the invitation is still open
    retried = await client.post(
        "/invitations/accept",
        data={"token": token, "name": "Ola", "password": PASSWORD},
        headers=FORM,
    )
    assert retried.status_code == 200


@pytest.mark.parametrize("token", ['"><script>alert(1)</script>', "not-a-uuid.secret", "x" * 500])
async def test_the_page_escapes_and_refuses_a_bad_token(
    client: httpx.AsyncClient, token: str
) -> None:
    form = await client.get("/invitations/accept", params={"token": token})
    refused = await client.post(
        "/invitations/accept",
        data={"token": token, "name": "Mallory", "password": PASSWORD},
        headers=FORM,
    )

    assert "<script>" not in form.text and "<script>" not in refused.text
    assert escape(token) in form.text
    assert refused.status_code == 400
    assert "This invitation" in refused.text


async def test_the_page_takes_only_a_form(client: httpx.AsyncClient) -> None:
    response = await client.post("/invitations/accept", json={"token": "t"})

    assert response.status_code == 415
