from typing import Any

import httpx
import pytest
from sqlalchemy import select

from leadhub.db import Database
from leadhub.leads.funnel import DEFAULT_FUNNEL
from leadhub.principal import Visitor
from leadhub.scope import widen_scope
from leadhub.tenants.models import User
from leadhub.work import unit_of_work
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


SIGN_UP_SETTINGS = """
mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    tenant { name defaultRegion timeZone currency }
    errors { field code message }
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


async def _user_ids(database: Database, email: str) -> list[Any]:
    """The users with an email, found as login does: by looking that email up."""
    async with unit_of_work(database, Visitor()) as work:
        await widen_scope(work.session, lookup_email=email.casefold())
        found = await work.session.scalars(select(User.id).where(User.email == email.casefold()))
        return list(found)


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
        (name, position) for position, (name, *_) in enumerate(DEFAULT_FUNNEL, start=1)
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
        ({"defaultRegion": "Norge"}, "defaultRegion", "INVALID"),
        ({"timeZone": "Oslo"}, "timeZone", "INVALID"),
        ({"currency": "kr"}, "currency", "INVALID"),
    ],
)
async def test_bad_sign_up_input_gets_a_typed_error_and_writes_nothing(
    client: httpx.AsyncClient,
    database: Database,
    overrides: dict[str, str],
    field: str,
    code: str,
) -> None:
    attempt = sign_up_input(**overrides)
    body = await graphql(client, SIGN_UP, attempt)
    payload = body["data"]["signUp"]
    assert payload["token"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    # the owner is the first row sign-up writes: there is none
    assert await _user_ids(database, attempt["input"]["email"]) == []


async def test_sign_up_takes_the_region_time_zone_and_currency(
    client: httpx.AsyncClient,
) -> None:
    attempt = sign_up_input(defaultRegion="NO", timeZone="Europe/Stockholm", currency="EUR")
    body = await graphql(client, SIGN_UP_SETTINGS, attempt)
    payload = body["data"]["signUp"]
    assert payload["errors"] == []
    assert payload["tenant"] == {
        "name": "Fjord Sales AS",
        "defaultRegion": "NO",
        "timeZone": "Europe/Stockholm",
        "currency": "EUR",
    }


async def test_an_email_signs_up_once(client: httpx.AsyncClient, database: Database) -> None:
    account = await sign_up(client)
    body = await graphql(client, SIGN_UP, sign_up_input(email=account.email.upper()))
    assert [e["code"] for e in body["data"]["signUp"]["errors"]] == ["EMAIL_TAKEN"]
    assert len(await _user_ids(database, account.email)) == 1


async def test_sign_up_is_rate_limited_per_client_address(
    client: httpx.AsyncClient, database: Database
) -> None:
    # the test settings allow 10 sign-ups an hour from one address
    for _ in range(10):
        await sign_up(client)
    refused = sign_up_input()
    body = await graphql(client, SIGN_UP, refused)
    assert [e["code"] for e in body["data"]["signUp"]["errors"]] == ["RATE_LIMITED"]
    assert await _user_ids(database, refused["input"]["email"]) == []
