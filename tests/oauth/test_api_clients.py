"""Owners and admins register, list, rotate and revoke API clients through GraphQL;
each refusal is typed and names its field, and no secret is kept in the clear."""

from typing import Any

import httpx
import pytest

from leadhub.db import Database
from tests.builders import Account, graphql, graphql_refusal, join
from tests.oauth.conftest import register_payload, revoke, stored_values
from tests.oauth.partner import REDIRECT_URI, Registered, post_form

LIST = """
{ tenant { apiClients(first: 10) { edges { node {
  name clientId revokedAt registeredBy { email } } } } } }
"""
ROTATE = """
mutation($id: ID!) {
  rotateApiClientSecret(input: {apiClientId: $id}) { clientSecret errors { field code } }
}
"""
REVOKE = """
mutation($id: ID!) { revokeApiClient(input: {apiClientId: $id}) { errors { field code } } }
"""


async def _client_credentials(server_url: str, registered: Registered) -> httpx.Response:
    return await post_form(server_url, "/oauth/token", registered, grant_type="client_credentials")


async def test_an_owner_registers_a_client_and_sees_its_secret_once(
    client: httpx.AsyncClient, owner: Account, database: Database
) -> None:
    payload = await register_payload(client, owner, scopes=["leads:read", "leads:write"])
    assert payload["errors"] == []
    api_client = payload["apiClient"]
    assert api_client["clientId"].startswith("lhc.")
    assert api_client["redirectUris"] == [REDIRECT_URI]
    assert api_client["scopes"] == ["leads:read", "leads:write"]
    secret = payload["clientSecret"]
    assert secret.startswith("lhcs.")
    listed = await graphql(client, LIST, account=owner)
    [edge] = listed["data"]["tenant"]["apiClients"]["edges"]
    assert edge["node"] == {
        "name": "Kampanjeverktøy",
        "clientId": api_client["clientId"],
        "revokedAt": None,
        "registeredBy": {"email": owner.email},
    }
    # Kept as a digest only: the secret is nowhere in the row.
    stored = (await stored_values(database, owner))["oauth_clients"]
    assert stored and not [value for value in stored if secret in value]


async def test_a_public_client_gets_no_secret(client: httpx.AsyncClient, owner: Account) -> None:
    payload = await register_payload(client, owner, confidential=False)
    assert payload["errors"] == []
    assert payload["clientSecret"] is None


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"name": " "}, "name", "printable"),
        ({"name": "x" * 101}, "name", "printable"),
        ({"redirectUris": ["http://partner.example/callback"]}, "redirectUris", "https"),
        ({"redirectUris": ["https://partner.example/cb#frag"]}, "redirectUris", "fragment"),
        ({"redirectUris": ["javascript:alert(1)"]}, "redirectUris", "https"),
        ({"redirectUris": ["https:///no-host"]}, "redirectUris", "https"),
        ({"redirectUris": [f"https://p.example/{n}" for n in range(11)]}, "redirectUris", "10"),
        ({"redirectUris": [f"https://p.example/{'x' * 2000}"]}, "redirectUris", "https"),
        ({"confidential": False, "redirectUris": []}, "redirectUris", "public client"),
        ({"scopes": []}, "scopes", "at least one"),
        ({"scopes": ["leads:read", "leads:admin"]}, "scopes", "leads:admin"),
        ({"scopes": ["x" * 1000] * 100}, "scopes", "No such scope"),
    ],
)
async def test_a_bad_registration_is_refused_naming_its_field(
    client: httpx.AsyncClient, owner: Account, fields: dict[str, Any], field: str, problem: str
) -> None:
    payload = await register_payload(client, owner, **fields)
    assert payload["apiClient"] is None
    [error] = payload["errors"]
    assert (error["field"], error["code"]) == (field, "INVALID")
    assert problem in error["message"]
    listed = await graphql(client, LIST, account=owner)
    assert listed["data"]["tenant"]["apiClients"]["edges"] == []


async def test_every_fault_of_a_registration_is_named_at_once(
    client: httpx.AsyncClient, owner: Account
) -> None:
    payload = await register_payload(
        client, owner, name="", redirectUris=["ftp://x"], scopes=["nope"]
    )
    assert {error["field"] for error in payload["errors"]} == {"name", "redirectUris", "scopes"}


async def test_redirect_uris_on_this_machine_or_an_apps_own_scheme_are_taken(
    client: httpx.AsyncClient, owner: Account
) -> None:
    uris = [
        "http://127.0.0.1:8765/callback",
        "http://[::1]:8765/callback",
        "http://localhost/callback",
        "no.fjordkraft.app:/oauth",
    ]
    payload = await register_payload(client, owner, confidential=False, redirectUris=uris)
    assert payload["errors"] == []
    assert payload["apiClient"]["redirectUris"] == uris


async def test_only_owners_and_admins_manage_clients(
    client: httpx.AsyncClient, owner: Account
) -> None:
    marketer = await join(client, owner, "MARKETING", "marit")
    refused = await graphql_refusal(
        client,
        'mutation { registerApiClient(input: {name: "X", confidential: true, scopes:'
        ' ["leads:read"]}) { errors { code } } }',
        account=marketer,
    )
    assert refused["extensions"]["code"] == "FORBIDDEN"
    admin = await join(client, owner, "ADMIN", "anne")
    assert (await register_payload(client, admin))["errors"] == []


async def test_a_rotated_secret_replaces_the_old_one_at_once(
    server_url: str, client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    rotated = await graphql(client, ROTATE, {"id": confidential.id}, account=owner)
    new_secret = rotated["data"]["rotateApiClientSecret"]["clientSecret"]
    assert new_secret.startswith("lhcs.") and new_secret != confidential.secret
    old = await _client_credentials(server_url, confidential)
    assert old.json()["error"] == "invalid_client"
    new = await _client_credentials(
        server_url, Registered(confidential.client_id, new_secret, confidential.id)
    )
    assert new.status_code == 200, new.text


async def test_a_public_clients_secret_cannot_be_rotated(
    client: httpx.AsyncClient, owner: Account, public: Registered
) -> None:
    rotated = await graphql(client, ROTATE, {"id": public.id}, account=owner)
    assert rotated["data"]["rotateApiClientSecret"]["errors"] == [
        {"field": "apiClientId", "code": "INVALID"}
    ]


async def test_a_revoked_client_gets_no_token_and_changes_no_more(
    server_url: str, client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    await revoke(client, owner, confidential)
    refused = await _client_credentials(server_url, confidential)
    assert refused.json()["error"] == "invalid_client"
    again = await graphql(client, REVOKE, {"id": confidential.id}, account=owner)
    assert again["data"]["revokeApiClient"]["errors"] == [
        {"field": "apiClientId", "code": "REVOKED"}
    ]
    listed = await graphql(client, LIST, account=owner)
    [edge] = listed["data"]["tenant"]["apiClients"]["edges"]
    assert edge["node"]["revokedAt"] is not None


async def test_each_change_to_a_client_is_in_the_audit_trail(
    client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    await graphql(client, ROTATE, {"id": confidential.id}, account=owner)
    await revoke(client, owner, confidential)
    trail = await graphql(
        client,
        "{ tenant { auditEvents(first: 10) { edges { node { action actor { email } } } } } }",
        account=owner,
    )
    actions = [
        edge["node"]["action"]
        for edge in trail["data"]["tenant"]["auditEvents"]["edges"]
        if edge["node"]["action"].startswith("oauth_client")
    ]
    assert actions == [
        "oauth_client.revoked",
        "oauth_client.secret_rotated",
        "oauth_client.registered",
    ]
