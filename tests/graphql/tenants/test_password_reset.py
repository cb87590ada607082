"""Resetting a forgotten password by email: the mail, the one-time link, its life,
the rate limits, and every login ended."""

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import update
from strawberry import relay

from leadhub.db import Database, utcnow, write_transaction
from leadhub.scope import Scope
from leadhub.settings import Settings
from leadhub.tenants.models import PasswordReset
from tests import mailbox
from tests.builders import PASSWORD, graphql, graphql_refusal, sign_up

REQUEST = """
mutation Request($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) { errors { field code message } }
}
"""
RESET = """
mutation Reset($input: ResetPasswordInput!) {
  resetPassword(input: $input) { user { email } errors { field code message } }
}
"""
LOG_IN = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) { token errors { code } }
}
"""
ME = "query { me { user { email } } }"
NEW_PASSWORD = "blåbærsyltetøy på lørdag"
ACTOR = "send_password_reset_email"


async def request_reset(client: httpx.AsyncClient, email: str) -> dict[str, Any]:
    body = await graphql(client, REQUEST, {"input": {"email": email}})
    payload: dict[str, Any] = body["data"]["requestPasswordReset"]
    return payload


async def reset(client: httpx.AsyncClient, token: str, password: str) -> dict[str, Any]:
    body = await graphql(client, RESET, {"input": {"token": token, "newPassword": password}})
    payload: dict[str, Any] = body["data"]["resetPassword"]
    return payload


async def log_in(client: httpx.AsyncClient, email: str, password: str) -> str | None:
    body = await graphql(client, LOG_IN, {"input": {"email": email, "password": password}})
    token: str | None = body["data"]["logIn"]["token"]
    return token


async def mailed_token(settings: Settings, email: str) -> str:
    """The token of the newest reset link mailed to ``email``."""
    await mailbox.deliver(ACTOR)
    sent = [message for message in mailbox.outbox(settings) if message["To"] == email]
    assert sent, f"no reset email to {email}"
    return mailbox.link_token(sent[-1])


async def test_a_person_resets_their_password_from_the_email_and_is_logged_out_everywhere(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # given an owner logged in twice
    account = await sign_up(client, company="Fjordsalg AS")
    other_login = await log_in(client, account.email, PASSWORD)
    # when they ask for a reset, open the link in the mail and choose a new password
    assert await request_reset(client, account.email.upper()) == {"errors": []}
    token = await mailed_token(settings, account.email)
    payload = await reset(client, token, NEW_PASSWORD)
    # then the new password works, the old one does not, and both logins have ended
    assert payload == {"user": {"email": account.email}, "errors": []}
    assert await log_in(client, account.email, NEW_PASSWORD) is not None
    assert await log_in(client, account.email, PASSWORD) is None
    for ended in (account.token, other_login):
        error = await graphql_refusal(client, ME, token=ended)
        assert error["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_reset_email_links_to_the_public_url(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    account = await sign_up(client)
    await request_reset(client, account.email)
    await mailbox.deliver(ACTOR)

    (message,) = mailbox.outbox(settings)

    assert message["To"] == account.email
    assert message["Subject"] == "Reset your Leadhub password"
    token = mailbox.link_token(message)
    assert f"http://127.0.0.1:8000/password-reset?token={token}\n" in message.get_content()


async def test_an_unknown_email_gets_the_same_answer_and_no_mail(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    known = await sign_up(client)
    answers = [
        await request_reset(client, known.email),
        await request_reset(client, "nobody.here@example.com"),
        await request_reset(client, "not an email"),
    ]

    assert answers == [{"errors": []}] * 3
    await mailbox.deliver(ACTOR)
    assert [message["To"] for message in mailbox.outbox(settings)] == [known.email]


async def test_a_link_works_once(client: httpx.AsyncClient, settings: Settings) -> None:
    account = await sign_up(client)
    await request_reset(client, account.email)
    token = await mailed_token(settings, account.email)
    assert (await reset(client, token, NEW_PASSWORD))["errors"] == []

    again = await reset(client, token, "another password altogether")

    assert [(e["field"], e["code"]) for e in again["errors"]] == [
        ("token", "PASSWORD_RESET_INVALID")
    ]
    assert await log_in(client, account.email, NEW_PASSWORD) is not None


async def test_using_one_link_spends_the_others(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    account = await sign_up(client)
    await request_reset(client, account.email)
    first = await mailed_token(settings, account.email)
    await request_reset(client, account.email)
    second = await mailed_token(settings, account.email)
    assert first != second

    assert (await reset(client, second, NEW_PASSWORD))["errors"] == []

    assert [e["code"] for e in (await reset(client, first, "yet another password"))["errors"]] == [
        "PASSWORD_RESET_INVALID"
    ]


async def test_an_expired_link_is_refused(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    account = await sign_up(client)
    await request_reset(client, account.email)
    token = await mailed_token(settings, account.email)
    # 31 minutes later, for a link that lives 30
    user_id = uuid.UUID(relay.GlobalID.from_id(account.user_id).node_id)
    async with (
        database.scoped_session(Scope(user_id=user_id)) as session,
        write_transaction(session),
    ):
        await session.execute(
            update(PasswordReset).values(expires_at=utcnow() - timedelta(minutes=1))
        )

    payload = await reset(client, token, NEW_PASSWORD)

    assert [e["code"] for e in payload["errors"]] == ["PASSWORD_RESET_INVALID"]
    assert await log_in(client, account.email, PASSWORD) is not None


async def test_bad_input_names_every_fault_and_changes_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    account = await sign_up(client)
    await request_reset(client, account.email)
    token = await mailed_token(settings, account.email)

    weak = await reset(client, token, "kort")
    forged = await reset(client, "x" * 10_000, "b" * 257)

    assert [(e["field"], e["code"]) for e in weak["errors"]] == [
        ("newPassword", "PASSWORD_TOO_WEAK")
    ]
    assert [(e["field"], e["code"]) for e in forged["errors"]] == [
        ("token", "PASSWORD_RESET_INVALID"),
        ("newPassword", "PASSWORD_TOO_WEAK"),
    ]
    # the weak attempt did not spend the link, nor change the password
    assert await log_in(client, account.email, PASSWORD) is not None
    assert (await reset(client, token, NEW_PASSWORD))["errors"] == []


async def test_requests_are_limited_per_email_whether_or_not_it_has_an_account(
    client: httpx.AsyncClient,
) -> None:
    account = await sign_up(client)
    # the settings allow three an hour per email
    for email in (account.email, "ingen.konto@example.no"):
        for _ in range(3):
            assert await request_reset(client, email) == {"errors": []}
        limited = await request_reset(client, email.upper())
        assert [e["code"] for e in limited["errors"]] == ["RATE_LIMITED"]


async def test_requests_are_limited_per_client_address(client: httpx.AsyncClient) -> None:
    # and ten an hour from one address, whatever the emails
    for number in range(10):
        assert await request_reset(client, f"person.{number}@example.com") == {"errors": []}

    limited = await request_reset(client, "one.more@example.com")

    assert [e["code"] for e in limited["errors"]] == ["RATE_LIMITED"]
