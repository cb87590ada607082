"""A logged-in person founds another tenant, and acts in it with the same login."""

from typing import Any

import httpx

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

CREATE = """
mutation Create($input: CreateTenantInput!) {
  createTenant(input: $input) {
    tenant { id name defaultRegion timeZone currency }
    membership { role user { id } }
    errors { field code message }
  }
}
"""
IN_TENANT = """
query {
  me { currentMembership { role } memberships { tenant { name } } }
  tenant { name funnelStages { edges { node { name } } } auditEvents { edges { node { action } } } }
}
"""


async def create(
    client: httpx.AsyncClient, fields: dict[str, Any], *, token: str, tenant_id: str | None = None
) -> dict[str, Any]:
    body = await graphql(client, CREATE, {"input": fields}, token=token, tenant_id=tenant_id)
    payload: dict[str, Any] = body["data"]["createTenant"]
    return payload


async def test_a_logged_in_person_founds_a_tenant_and_owns_it(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="Fjordsalg AS")

    payload = await create(
        client,
        {"name": "Sjøbris Handel AS", "defaultRegion": "NO", "currency": "EUR"},
        token=first.token,
    )

    assert payload["errors"] == []
    assert payload["tenant"]["name"] == "Sjøbris Handel AS"
    assert payload["tenant"]["timeZone"] == "Europe/Oslo"  # the region's
    assert payload["tenant"]["currency"] == "EUR"  # as given
    assert payload["membership"] == {"role": "OWNER", "user": {"id": first.user_id}}
    # the same login acts in the new tenant by naming it
    body = await graphql(client, IN_TENANT, token=first.token, tenant_id=payload["tenant"]["id"])
    data = body["data"]
    assert data["me"]["currentMembership"] == {"role": "OWNER"}
    assert {m["tenant"]["name"] for m in data["me"]["memberships"]} == {
        "Fjordsalg AS",
        "Sjøbris Handel AS",
    }
    assert data["tenant"]["funnelStages"]["edges"]  # the default funnel, as at sign-up
    assert [e["node"]["action"] for e in data["tenant"]["auditEvents"]["edges"]] == [
        "tenant.created"
    ]


async def test_a_member_of_any_role_may_found_one(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")

    payload = await create(
        client, {"name": "Rep's Own AS"}, token=rep.token, tenant_id=rep.tenant_id
    )

    assert payload["errors"] == [] and payload["membership"]["role"] == "OWNER"


async def test_bad_input_names_every_fault_and_founds_nothing(client: httpx.AsyncClient) -> None:
    account = await sign_up(client, company="Acme AS")

    payload = await create(
        client,
        {"name": " ", "defaultRegion": "XX", "timeZone": "Mars/Olympus", "currency": "ABC"},
        token=account.token,
    )

    assert payload["tenant"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("name", "INVALID"),
        ("defaultRegion", "INVALID"),
        ("timeZone", "INVALID"),
        ("currency", "INVALID"),
    ]
    assert await tenant_names(client, account) == {"Acme AS"}


async def tenant_names(client: httpx.AsyncClient, account: Account) -> set[str]:
    body = await graphql(
        client, "query { me { memberships { tenant { name } } } }", token=account.token
    )
    return {m["tenant"]["name"] for m in body["data"]["me"]["memberships"]}


async def test_without_a_login_it_is_refused(client: httpx.AsyncClient) -> None:
    anonymous = await graphql_refusal(client, CREATE, {"input": {"name": "Ghost AS"}})
    forged = await graphql_refusal(client, CREATE, {"input": {"name": "Ghost AS"}}, token="forged")

    assert anonymous["extensions"]["code"] == "UNAUTHENTICATED"
    assert forged["extensions"]["code"] == "UNAUTHENTICATED"


async def test_founding_is_rate_limited_like_sign_up(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)  # one of the 10 an hour the test settings allow
    for number in range(9):
        assert (await create(client, {"name": f"Firma {number}"}, token=account.token))[
            "errors"
        ] == []

    refused = await create(client, {"name": "One Too Many AS"}, token=account.token)

    assert [e["code"] for e in refused["errors"]] == ["RATE_LIMITED"]
    assert "One Too Many AS" not in await tenant_names(client, account)
