"""A partner's side of the flows: Authlib's httpx client, and a person's browser on the
consent page."""

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from authlib.integrations.httpx_client import AsyncOAuth2Client

from tests.builders import PASSWORD, Account

REDIRECT_URI = "https://partner.example/callback"


@dataclass(frozen=True)
class Registered:
    client_id: str  # what the partner sends
    secret: str | None
    id: str  # the ApiClient's global id


def partner(server_url: str, registered: Registered, **options: Any) -> AsyncOAuth2Client:
    """The partner's OAuth client; a public one authenticates with its id alone."""
    if registered.secret is None:
        options.setdefault("token_endpoint_auth_method", "none")
    return AsyncOAuth2Client(
        client_id=registered.client_id,
        client_secret=registered.secret,
        base_url=server_url,
        **options,
    )


def code_partner(server_url: str, registered: Registered, scope: str) -> AsyncOAuth2Client:
    return partner(
        server_url,
        registered,
        redirect_uri=REDIRECT_URI,
        scope=scope,
        code_challenge_method="S256",
    )


async def consent(
    browser: httpx.AsyncClient, authorization_url: str, account: Account, decision: str = "allow"
) -> httpx.Response:
    """The consent page opened, then answered as ``account``: the answer."""
    opened = await browser.get(authorization_url)
    assert opened.status_code == 200, opened.text
    assert '<form method="post">' in opened.text
    return await browser.post(
        authorization_url,
        data={"email": account.email, "password": PASSWORD, "decision": decision},
    )


def redirected_to(response: httpx.Response) -> dict[str, str]:
    """The parameters of the redirect back to the partner's redirect URI."""
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(f"{REDIRECT_URI}?"), location
    return {name: values[0] for name, values in parse_qs(urlsplit(location).query).items()}


async def code_grant_tokens(
    server_url: str, registered: Registered, account: Account, scope: str = "leads:read"
) -> dict[str, Any]:
    """Tokens from the code grant, which ``account`` allowed on the consent page."""
    verifier = secrets.token_urlsafe(48)
    async with (
        code_partner(server_url, registered, scope) as app,
        httpx.AsyncClient() as browser,
    ):
        url, _ = app.create_authorization_url(
            f"{server_url}/oauth/authorize", code_verifier=verifier
        )
        answered = await consent(browser, url, account)
        token: dict[str, Any] = await app.fetch_token(
            "/oauth/token",
            authorization_response=answered.headers["location"],
            code_verifier=verifier,
        )
    return token


async def post_form(
    server_url: str, path: str, registered: Registered, **fields: str
) -> httpx.Response:
    """A form posted to an OAuth endpoint, the client authenticated by HTTP Basic."""
    assert registered.secret is not None
    async with httpx.AsyncClient(base_url=server_url) as http:
        return await http.post(path, data=fields, auth=(registered.client_id, registered.secret))


async def introspect(server_url: str, registered: Registered, token: str) -> dict[str, Any]:
    response = await post_form(server_url, "/oauth/introspect", registered, token=token)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


async def refresh(server_url: str, registered: Registered, refresh_token: str) -> httpx.Response:
    """The token endpoint's answer to a refresh, the client authenticated by HTTP Basic."""
    return await post_form(
        server_url,
        "/oauth/token",
        registered,
        grant_type="refresh_token",
        refresh_token=refresh_token,
    )


async def access_token(
    client: httpx.AsyncClient, registered: Registered, scope: str = "leads:read"
) -> str:
    """A client-credentials access token, asked of whatever app ``client`` reaches."""
    assert registered.secret is not None
    answer = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "scope": scope},
        auth=(registered.client_id, registered.secret),
    )
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token
