"""Every OAuth flow, driven by a real OAuth client library (Authlib's httpx client)
against the app served on a port: client credentials, the code grant with PKCE and
consent, refresh rotation and reuse, revocation, introspection, the metadata."""

import secrets
from html import unescape

import httpx
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata

from leadhub.db import Database
from leadhub.identity_epoch import current_epoch
from leadhub.oauth.scopes import SCOPES
from leadhub.principal import Visitor
from leadhub.work import unit_of_work
from tests.builders import PASSWORD, Account, row_id
from tests.oauth.conftest import register
from tests.oauth.partner import (
    Registered,
    code_grant_tokens,
    code_partner,
    introspect,
    partner,
    redirected_to,
    refresh,
)

ACCESS_TOKEN_MINUTES = 10  # the setting's default: short-lived (RFC 9700 2.2)


async def test_the_metadata_names_every_endpoint_and_what_each_takes(server_url: str) -> None:
    async with httpx.AsyncClient(base_url=server_url) as http:
        response = await http.get("/.well-known/oauth-authorization-server")
    assert response.status_code == 200
    metadata = AuthorizationServerMetadata(response.json())
    metadata.validate()  # RFC 8414's rules, as Authlib checks them
    assert metadata["issuer"] == "http://127.0.0.1:8000"  # the settings' public URL
    assert metadata["grant_types_supported"] == [
        "authorization_code",
        "client_credentials",
        "refresh_token",
    ]
    assert metadata["response_types_supported"] == ["code"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert set(metadata["scopes_supported"]) == set(SCOPES)


async def test_a_confidential_client_gets_a_short_lived_token_for_its_scopes(
    server_url: str, confidential: Registered
) -> None:
    async with partner(server_url, confidential, scope="leads:read analytics:read") as app:
        token = await app.fetch_token("/oauth/token", grant_type="client_credentials")
    assert token["token_type"] == "Bearer"
    assert token["access_token"].startswith("lhat.")
    assert token["expires_in"] == ACCESS_TOKEN_MINUTES * 60
    assert token["scope"] == "analytics:read leads:read"
    assert "refresh_token" not in token  # RFC 6749 4.4.3


async def test_a_client_with_a_wrong_secret_or_none_is_refused(
    server_url: str, confidential: Registered, public: Registered
) -> None:
    assert confidential.secret is not None
    async with httpx.AsyncClient(base_url=server_url) as http:
        wrong = await http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(confidential.client_id, f"{confidential.secret}x"),
        )
        missing = await http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "client_id": confidential.client_id},
        )
        # A public client has no secret: the client credentials grant is not for it.
        public_asks = await http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "client_id": public.client_id},
        )
    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
    assert wrong.headers["www-authenticate"].startswith("Basic")
    assert missing.json()["error"] == "invalid_client"
    assert public_asks.json()["error"] in ("unauthorized_client", "invalid_client")


async def test_a_person_allows_an_app_which_redeems_its_code_with_the_pkce_verifier(
    server_url: str, public: Registered, owner: Account
) -> None:
    verifier = secrets.token_urlsafe(48)
    async with (
        code_partner(server_url, public, "leads:read leads:write") as app,
        httpx.AsyncClient() as browser,
    ):
        url, state = app.create_authorization_url(
            f"{server_url}/oauth/authorize", code_verifier=verifier
        )
        opened = await browser.get(url)
        page = unescape(opened.text)
        assert "Kampanjeverktøy asks to work with the leads of Fjordkraft Salg AS." in page
        answered = await browser.post(
            url, data={"email": owner.email, "password": PASSWORD, "decision": "allow"}
        )
        returned = redirected_to(answered)
        assert returned["state"] == state
        assert returned["code"].startswith("lhac.")
        token = await app.fetch_token(
            "/oauth/token",
            authorization_response=answered.headers["location"],
            code_verifier=verifier,
        )
    assert token["scope"] == "leads:read leads:write"
    assert token["refresh_token"].startswith("lhrt.")


async def test_the_consent_page_speaks_the_browser_s_norwegian(
    server_url: str, public: Registered, owner: Account
) -> None:
    async with (
        code_partner(server_url, public, "leads:read") as app,
        httpx.AsyncClient(headers={"Accept-Language": "nn-NO,nb;q=0.9,en;q=0.5"}) as browser,
    ):
        url, _ = app.create_authorization_url(
            f"{server_url}/oauth/authorize", code_verifier=secrets.token_urlsafe(48)
        )
        page = unescape((await browser.get(url)).text)
        assert '<html lang="nb">' in page
        assert "Kampanjeverktøy ber om tilgang til leadene til Fjordkraft Salg AS." in page
        assert "Lese leads med poengsum" in page
        assert ">Tillat</button>" in page
        refused = await browser.post(
            url, data={"email": owner.email, "password": "feil passord", "decision": "allow"}
        )
    assert refused.status_code == 400
    assert "Feil e-postadresse eller passord." in unescape(refused.text)


async def test_a_refresh_token_rotates_and_its_reuse_revokes_its_whole_family(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    first = await code_grant_tokens(server_url, confidential, owner)
    async with partner(server_url, confidential) as app:
        second = await app.refresh_token("/oauth/token", refresh_token=first["refresh_token"])
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert second["scope"] == "leads:read"

    replayed = await refresh(server_url, confidential, first["refresh_token"])
    assert (replayed.status_code, replayed.json()["error"]) == (400, "invalid_grant")
    # The copy's use ends the family: the rotated pair, and the first access token.
    after = await refresh(server_url, confidential, second["refresh_token"])
    assert after.json()["error"] == "invalid_grant"
    for token in (first["access_token"], second["access_token"]):
        assert await introspect(server_url, confidential, token) == {"active": False}


async def test_introspection_tells_a_client_about_its_own_live_tokens_only(
    server_url: str, confidential: Registered, owner: Account, client: httpx.AsyncClient
) -> None:
    token = await code_grant_tokens(server_url, confidential, owner, "leads:read leads:write")
    answer = await introspect(server_url, confidential, token["access_token"])
    assert answer["active"] is True
    assert answer["client_id"] == confidential.client_id
    assert answer["scope"] == "leads:read leads:write"
    assert answer["token_type"] == "Bearer"
    assert answer["sub"] == str(row_id(owner.user_id))
    assert isinstance(answer["exp"], int) and isinstance(answer["iat"], int)
    assert answer["exp"] - answer["iat"] == ACCESS_TOKEN_MINUTES * 60
    # Another client of the same tenant learns nothing of it.
    other = await register(client, owner)
    assert await introspect(server_url, other, token["access_token"]) == {"active": False}


async def test_a_revoked_token_stops_at_once_and_a_revoked_refresh_token_ends_its_family(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    token = await code_grant_tokens(server_url, confidential, owner)
    async with partner(server_url, confidential) as app:
        revoked = await app.revoke_token("/oauth/revoke", token=token["refresh_token"])
    assert (revoked.status_code, revoked.json()) == (200, {})
    assert await introspect(server_url, confidential, token["access_token"]) == {"active": False}
    refused = await refresh(server_url, confidential, token["refresh_token"])
    assert refused.json()["error"] == "invalid_grant"
    # RFC 7009 2.2: an unknown or already revoked token is answered 200 all the same.
    async with partner(server_url, confidential) as app:
        again = await app.revoke_token("/oauth/revoke", token="lhat.nothing.here")
    assert again.status_code == 200


async def test_a_refresh_token_is_introspected_as_itself(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    token = await code_grant_tokens(server_url, confidential, owner)
    live = await introspect(server_url, confidential, token["refresh_token"])
    assert live["active"] is True
    assert live["exp"] - live["iat"] == 30 * 24 * 3600  # the refresh token's own lifetime
    async with partner(server_url, confidential) as app:
        await app.refresh_token("/oauth/token", refresh_token=token["refresh_token"])
    assert await introspect(server_url, confidential, token["refresh_token"]) == {"active": False}


async def test_refreshing_changes_no_identity_so_no_login_is_read_again(
    server_url: str, confidential: Registered, owner: Account, database: Database
) -> None:
    token = await code_grant_tokens(server_url, confidential, owner)
    before = await _epoch(database)
    async with partner(server_url, confidential) as app:
        await app.refresh_token("/oauth/token", refresh_token=token["refresh_token"])
    assert await _epoch(database) == before


async def test_revoking_an_access_token_ends_it_and_the_refresh_token_issued_beside_it(
    server_url: str, confidential: Registered, owner: Account
) -> None:
    first = await code_grant_tokens(server_url, confidential, owner)
    async with partner(server_url, confidential) as app:
        second = await app.refresh_token("/oauth/token", refresh_token=first["refresh_token"])
        await app.revoke_token("/oauth/revoke", token=second["access_token"])
    assert await introspect(server_url, confidential, second["access_token"]) == {"active": False}
    assert await introspect(server_url, confidential, second["refresh_token"]) == {"active": False}


async def _epoch(database: Database) -> int | None:
    async with unit_of_work(database, Visitor()) as work:
        return await current_epoch(work.session)
