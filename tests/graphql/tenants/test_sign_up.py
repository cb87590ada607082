from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from leadhub.db import Database
from leadhub.leads.service import DEFAULT_FUNNEL
from leadhub.tenants.models import AuthSession, User
from tests.builders import PASSWORD, SIGN_UP, graphql, sign_up, unique_email

ME = """
query {
  me {
    user { email name }
    currentMembership { role tenant { name } }
    memberships { role tenant { id name } }
  }
  tenant {
    name
    funnelStages { edges { node { name position kind winProbability } } }
  }
}
"""


def sign_up_input(**overrides: str) -> dict[str, Any]:
    fields = {
        "companyName": "Fjord Sales AS",
        "ownerName": "Kari Nordmann",
        "email": unique_email("kari"),
        "password": PASSWORD,
    }
    return {"input": {**fields, **overrides}}


async def _count(database: Database, model: type[Any]) -> int:
    async with database.identity_session() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_sign_up_creates_the_tenant_its_owner_and_the_default_funnel(
    client: httpx.AsyncClient,
) -> None:
    # given a company signing up
    account = await sign_up(client, company="Fjord Sales AS")
    # when its owner asks who they are
    body = await graphql(client, ME, account=account)
    # then they own the new tenant, which has DOMAIN.md's default funnel in order
    assert "errors" not in body, body
    me = body["data"]["me"]
    assert me["user"]["email"] == account.email
    assert me["currentMembership"] == {"role": "OWNER", "tenant": {"name": "Fjord Sales AS"}}
    assert [m["tenant"]["id"] for m in me["memberships"]] == [account.tenant_id]
    stages = [edge["node"] for edge in body["data"]["tenant"]["funnelStages"]["edges"]]
    assert [(s["name"], s["position"]) for s in stages] == [
        (name, position) for position, (name, _, _) in enumerate(DEFAULT_FUNNEL, start=1)
    ]
    assert stages[0]["kind"] == "OPEN" and stages[4]["kind"] == "WON"


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"email": "not an email"}, "email", "EMAIL_INVALID"),
        ({"password": "short"}, "password", "PASSWORD_TOO_WEAK"),
        ({"companyName": "   "}, "companyName", "INVALID"),
        ({"ownerName": ""}, "ownerName", "INVALID"),
        ({"companyName": "x" * 201}, "companyName", "INVALID"),
        ({"companyName": "Null\u0000Byte AS"}, "companyName", "INVALID"),
        ({"ownerName": "Bell\u0007"}, "ownerName", "INVALID"),
        ({"password": "tab\tis fine but bell\u0007 is not"}, "password", "INVALID"),
        ({"email": "kari@exa mple.com"}, "email", "EMAIL_INVALID"),
        ({"password": "p" * 257}, "password", "PASSWORD_TOO_WEAK"),
    ],
)
async def test_bad_sign_up_input_gets_a_typed_error_and_writes_nothing(
    client: httpx.AsyncClient,
    database: Database,
    overrides: dict[str, str],
    field: str,
    code: str,
) -> None:
    body = await graphql(client, SIGN_UP, sign_up_input(**overrides))
    payload = body["data"]["signUp"]
    assert payload["token"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    # users are global rows, visible without a tenant: none was made
    assert await _count(database, User) == 0
    assert await _count(database, AuthSession) == 0


async def test_an_email_signs_up_once(client: httpx.AsyncClient, database: Database) -> None:
    account = await sign_up(client)
    body = await graphql(client, SIGN_UP, sign_up_input(email=account.email.upper()))
    assert [e["code"] for e in body["data"]["signUp"]["errors"]] == ["EMAIL_TAKEN"]
    assert await _count(database, User) == 1


async def test_sign_up_is_rate_limited_per_client_address(
    client: httpx.AsyncClient, database: Database
) -> None:
    # the test settings allow 10 sign-ups an hour from one address
    for _ in range(10):
        await sign_up(client)
    body = await graphql(client, SIGN_UP, sign_up_input())
    assert [e["code"] for e in body["data"]["signUp"]["errors"]] == ["RATE_LIMITED"]
    assert await _count(database, User) == 10
