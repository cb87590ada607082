"""What RFC 9700 (OAuth 2.0 Security Best Current Practice) forbids, refused: each point
a test, asked of the app served on a port as a partner or an attacker would."""

import base64
import hashlib
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import time_machine

from leadhub.db import Database, utcnow
from tests.builders import PASSWORD, Account, sign_up
from tests.oauth.conftest import register, register_payload, stored_values
from tests.oauth.partner import (
    REDIRECT_URI,
    Registered,
    code_grant_tokens,
    consent,
    introspect,
    post_form,
    redirected_to,
    refresh,
)


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _authorize_url(server_url: str, registered: Registered, **overrides: str | None) -> str:
    """An authorization request: valid, but for ``overrides`` (None leaves one out)."""
    params: dict[str, str | None] = {
        "response_type": "code",
        "client_id": registered.client_id,
        "redirect_uri": REDIRECT_URI,
        "scope": "leads:read",
        "state": "tilstand-æøå",
        "code_challenge": _challenge("v" * 50),
        "code_challenge_method": "S256",
        **overrides,
    }
    sent = {name: value for name, value in params.items() if value is not None}
    return f"{server_url}/oauth/authorize?{urlencode(sent)}"


async def _code(server_url: str, registered: Registered, owner: Account, verifier: str) -> str:
    """A code the owner allowed, bound to ``verifier``'s challenge."""
    url = _authorize_url(server_url, registered, code_challenge=_challenge(verifier))
    async with httpx.AsyncClient() as browser:
        return redirected_to(await consent(browser, url, owner))["code"]


async def _redeem(
    server_url: str, registered: Registered, code: str, verifier: str | None, **extra: str
) -> httpx.Response:
    fields = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI}
    if verifier is not None:
        fields["code_verifier"] = verifier
    return await post_form(server_url, "/oauth/token", registered, **{**fields, **extra})


def _error(response: httpx.Response) -> str:
    answer: dict[str, Any] = response.json()
    return str(answer["error"])


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://partner.example/callback/",
        "https://partner.example/callback?next=/evil",
        "https://partner.example/callback/../evil",
        "https://PARTNER.example/callback",
        "https://partner.example.evil.example/callback",
        "http://partner.example/callback",
        "https://evil.example/callback",
    ],
)
async def test_a_redirect_uri_not_registered_whole_is_refused_on_the_page(
    server_url: str, confidential: Registered, redirect_uri: str
) -> None:
    """RFC 9700 2.1 and 4.1: exact string matching, and no redirect to the unknown."""
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(
            _authorize_url(server_url, confidential, redirect_uri=redirect_uri)
        )
    assert opened.status_code == 400
    assert "location" not in opened.headers
    assert "cannot be used" in opened.text


async def test_an_unknown_client_is_refused_on_the_page(server_url: str) -> None:
    stranger = Registered(
        "lhc.00000000000000000000000000000000.00000000000000000000000000000000", None, ""
    )
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(_authorize_url(server_url, stranger))
        nothing = await browser.get(f"{server_url}/oauth/authorize?response_type=code")
    assert (opened.status_code, nothing.status_code) == (400, 400)
    assert "location" not in opened.headers


async def test_the_implicit_grant_is_not_offered(server_url: str, confidential: Registered) -> None:
    """RFC 9700 2.1.2: no response_type=token; the error goes back, no token with it."""
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(_authorize_url(server_url, confidential, response_type="token"))
    returned = redirected_to(opened)
    assert returned["error"] == "unsupported_response_type"
    assert returned["state"] == "tilstand-æøå"
    assert "access_token" not in opened.headers["location"]


async def test_the_password_grant_is_not_offered(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    """RFC 9700 2.4: no resource owner password credentials grant."""
    answer = await post_form(
        server_url,
        "/oauth/token",
        confidential,
        grant_type="password",
        username=owner.email,
        password=PASSWORD,
    )
    assert (answer.status_code, _error(answer)) == (400, "unsupported_grant_type")


@pytest.mark.parametrize(
    "overrides",
    [
        {"code_challenge": None, "code_challenge_method": None},
        {"code_challenge_method": "plain"},
        {"code_challenge_method": None},
        {"code_challenge": "short"},
    ],
    ids=["no PKCE", "plain", "method left out", "malformed challenge"],
)
async def test_a_code_is_given_only_for_an_s256_challenge(
    server_url: str, public: Registered, overrides: dict[str, str | None]
) -> None:
    """RFC 9700 2.1.1: PKCE on every code; S256, never plain."""
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(_authorize_url(server_url, public, **overrides))
    returned = redirected_to(opened)
    assert returned["error"] == "invalid_request"
    assert "code" not in returned


async def test_a_code_is_redeemed_only_with_its_verifier(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(server_url, confidential, owner, verifier)
    missing = await _redeem(server_url, confidential, code, None)
    assert _error(missing) == "invalid_request"
    wrong = await _redeem(server_url, confidential, code, secrets.token_urlsafe(48))
    assert _error(wrong) == "invalid_grant"


async def test_a_code_is_bound_to_its_client_and_its_redirect_uri(
    server_url: str, client: httpx.AsyncClient, confidential: Registered, owner: Account
) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(server_url, confidential, owner, verifier)
    other = await register(client, owner)
    assert _error(await _redeem(server_url, other, code, verifier)) == "invalid_grant"
    elsewhere = await _redeem(
        server_url, confidential, code, verifier, redirect_uri="https://partner.example/other"
    )
    assert _error(elsewhere) == "invalid_grant"


async def test_a_code_redeemed_twice_takes_back_what_it_gave(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    """RFC 6749 4.1.2, RFC 9700 4.5: one use; a second revokes the first's tokens."""
    verifier = secrets.token_urlsafe(48)
    code = await _code(server_url, confidential, owner, verifier)
    first = await _redeem(server_url, confidential, code, verifier)
    assert first.status_code == 200, first.text
    second = await _redeem(server_url, confidential, code, verifier)
    assert _error(second) == "invalid_grant"
    tokens = first.json()
    assert await introspect(server_url, confidential, tokens["access_token"]) == {"active": False}
    refreshed = await refresh(server_url, confidential, tokens["refresh_token"])
    assert _error(refreshed) == "invalid_grant"


async def test_a_code_lasts_moments_and_an_access_token_minutes(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    """RFC 9700 2.2 and 4.14: short-lived codes and access tokens."""
    verifier = secrets.token_urlsafe(48)
    code = await _code(server_url, confidential, owner, verifier)
    tokens = await code_grant_tokens(server_url, confidential, owner)
    with time_machine.travel(utcnow() + timedelta(minutes=11)):
        late = await _redeem(server_url, confidential, code, verifier)
        assert _error(late) == "invalid_grant"
        expired = await introspect(server_url, confidential, tokens["access_token"])
        assert expired == {"active": False}
        async with httpx.AsyncClient(base_url=server_url) as http:
            asked = await http.post(
                "/graphql",
                json={"query": "{ tenant { name } }"},
                headers={"authorization": f"Bearer {tokens['access_token']}"},
            )
        assert asked.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        # The refresh token outlives it, and gets a new pair.
        refreshed = await refresh(server_url, confidential, tokens["refresh_token"])
        assert refreshed.status_code == 200, refreshed.text


async def test_a_person_who_denies_or_cannot_prove_who_they_are_gives_no_code(
    server_url: str, client: httpx.AsyncClient, confidential: Registered, owner: Account
) -> None:
    url = _authorize_url(server_url, confidential)
    async with httpx.AsyncClient() as browser:
        denied = await consent(browser, url, owner, decision="deny")
        wrong = await browser.post(
            url, data={"email": owner.email, "password": "feil passord", "decision": "allow"}
        )
        stranger = Account("ukjent@example.com", "", "", "")
        unknown = await browser.post(
            url, data={"email": stranger.email, "password": PASSWORD, "decision": "allow"}
        )
    returned = redirected_to(denied)
    assert (returned["error"], returned["state"]) == ("access_denied", "tilstand-æøå")
    assert "code" not in returned
    for refused in (wrong, unknown):
        assert refused.status_code == 400
        assert "location" not in refused.headers
        assert "Wrong email or password." in refused.text


async def test_a_person_of_another_tenant_cannot_allow_an_app_into_this_one(
    server_url: str, client: httpx.AsyncClient, confidential: Registered
) -> None:
    outsider = await sign_up(client, "Annen Bedrift AS")
    async with httpx.AsyncClient() as browser:
        answered = await consent(browser, _authorize_url(server_url, confidential), outsider)
    assert answered.status_code == 400
    assert "You are not a member of Fjordkraft Salg AS." in answered.text


async def test_no_credential_is_kept_in_the_clear(
    server_url: str, confidential: Registered, owner: Account, database: Database
) -> None:
    tokens = await code_grant_tokens(server_url, confidential, owner)
    given = [tokens["access_token"], tokens["refresh_token"], str(confidential.secret)]
    stored = await stored_values(database, owner)
    for table, values in stored.items():
        assert values, table
        assert not [value for value in values for secret in given if secret in value], table


async def test_a_redirect_uri_with_a_user_before_its_host_is_not_the_loopback(
    client: httpx.AsyncClient, owner: Account
) -> None:
    for uri in ("http://localhost:80@evil.example/cb", "https://user:pass@partner.example/cb"):
        payload = await register_payload(client, owner, redirectUris=[uri])
        assert [error["field"] for error in payload["errors"]] == ["redirectUris"], uri


async def test_a_loopback_redirect_uri_matches_on_any_port(
    server_url: str, client: httpx.AsyncClient, owner: Account
) -> None:
    """RFC 8252 7.3: a native app listens on whichever port is free."""
    registered = await register(
        client, owner, confidential=False, redirectUris=["http://127.0.0.1/callback"]
    )
    async with httpx.AsyncClient() as browser:
        url = _authorize_url(server_url, registered, redirect_uri="http://127.0.0.1:51234/callback")
        opened = await browser.get(url)
        assert opened.status_code == 200, opened.text
        # The page's form may lead there: the browser keeps the redirect after the post.
        assert "form-action 'self' http://127.0.0.1:*" in opened.headers["content-security-policy"]
        elsewhere = _authorize_url(
            server_url, registered, redirect_uri="http://127.0.0.1:51234/other"
        )
        assert (await browser.get(elsewhere)).status_code == 400


async def test_the_consent_page_lets_its_form_lead_to_the_apps_redirect_uri(
    server_url: str, confidential: Registered
) -> None:
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(_authorize_url(server_url, confidential))
    policy = opened.headers["content-security-policy"]
    assert "form-action 'self' https://partner.example;" in policy
    assert "frame-ancestors 'none'" in policy


async def test_a_parameter_sent_twice_is_refused(server_url: str, confidential: Registered) -> None:
    """RFC 6749 3.2: parameters are sent at most once."""
    assert confidential.secret is not None
    async with httpx.AsyncClient(base_url=server_url) as http:
        answer = await http.post(
            "/oauth/token",
            content="grant_type=client_credentials&scope=leads:read&scope=leads:write",
            headers={"content-type": "application/x-www-form-urlencoded"},
            auth=(confidential.client_id, confidential.secret),
        )
    assert (answer.status_code, _error(answer)) == (400, "invalid_request")
    assert "scope" in answer.json()["error_description"]
