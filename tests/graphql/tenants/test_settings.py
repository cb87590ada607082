"""The tenant's settings: what sign-up sets, what owners and admins change, and the
audit trail of each change."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

UPDATE = """
mutation Update($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    tenant { name defaultRegion timeZone currency repsSeeAllLeads }
    errors { field code message }
  }
}
"""
SETTINGS = "query { tenant { name defaultRegion timeZone currency repsSeeAllLeads } }"
AUDIT = "query { tenant { auditEvents { edges { node { action details actor { id } } } } } }"


async def settings_of(client: httpx.AsyncClient, account: Account) -> dict[str, Any]:
    body = await graphql(client, SETTINGS, account=account)
    tenant: dict[str, Any] = body["data"]["tenant"]
    return tenant


async def update(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, UPDATE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["updateTenantSettings"]
    return payload


async def settings_changes(client: httpx.AsyncClient, account: Account) -> list[Any]:
    body = await graphql(client, AUDIT, account=account)
    return [
        edge["node"]["details"]
        for edge in body["data"]["tenant"]["auditEvents"]["edges"]
        if edge["node"]["action"] == "tenant.settings_changed"
    ]


async def test_a_new_tenant_takes_its_time_zone_and_currency_from_its_region(
    client: httpx.AsyncClient,
) -> None:
    swedish = await sign_up(client, company="Fjällräv AB", default_region="se")
    unplaced = await sign_up(client, company="Nowhere Ltd")

    assert await settings_of(client, swedish) == {
        "name": "Fjällräv AB",
        "defaultRegion": "SE",
        "timeZone": "Europe/Stockholm",
        "currency": "SEK",
        "repsSeeAllLeads": False,
    }
    # without a region (or with one of many time zones), Norway's
    assert (await settings_of(client, unplaced))["timeZone"] == "Europe/Oslo"
    assert (await settings_of(client, unplaced))["currency"] == "NOK"


async def test_an_admin_changes_the_settings_given_and_keeps_the_others(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS", default_region="NO")
    admin = await join(client, owner, "ADMIN", name="admin")

    payload = await update(
        client, admin, name="  Fjordsalg  Øst AS ", timeZone="america/new_york", currency="usd"
    )

    assert payload["errors"] == []
    expected = {
        "name": "Fjordsalg Øst AS",
        "defaultRegion": "NO",  # left out: kept
        "timeZone": "America/New_York",
        "currency": "USD",
        "repsSeeAllLeads": False,
    }
    assert payload["tenant"] == expected
    assert await settings_of(client, owner) == expected
    assert await settings_changes(client, owner) == [
        {
            "name": {"from": "Fjordsalg AS", "to": "Fjordsalg Øst AS"},
            "time_zone": {"from": "Europe/Oslo", "to": "America/New_York"},
            "currency": {"from": "NOK", "to": "USD"},
        }
    ]


async def test_null_clears_the_region_and_an_unchanged_value_is_not_audited(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, default_region="NO")

    cleared = await update(client, owner, defaultRegion=None, currency="NOK")

    assert cleared["errors"] == [] and cleared["tenant"]["defaultRegion"] is None
    assert await settings_changes(client, owner) == [{"default_region": {"from": "NO", "to": None}}]


async def test_reps_see_all_leads_alone_still_works(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Nordlys AS")

    payload = await update(client, owner, repsSeeAllLeads=True)

    assert payload["tenant"]["repsSeeAllLeads"] is True
    assert payload["tenant"]["name"] == "Nordlys AS"


async def test_every_fault_is_named_at_once_and_nothing_is_written(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Acme AS", default_region="NO")
    before = await settings_of(client, owner)

    payload = await update(
        client,
        owner,
        name=None,
        defaultRegion="Narnia",
        timeZone=None,
        currency=None,
        repsSeeAllLeads=None,
    )

    assert payload["tenant"] is None
    assert sorted((e["field"], e["code"]) for e in payload["errors"]) == [
        ("currency", "INVALID"),
        ("defaultRegion", "INVALID"),
        ("name", "INVALID"),
        ("repsSeeAllLeads", "INVALID"),
        ("timeZone", "INVALID"),
    ]
    assert await settings_of(client, owner) == before
    assert await settings_changes(client, owner) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Tab\u0007AS"}, "name"),
        ({"timeZone": "Europe/Bergen"}, "timeZone"),
        ({"timeZone": "Factory"}, "timeZone"),
        ({"timeZone": "../../etc/passwd"}, "timeZone"),
        ({"timeZone": "Europe/Oslo" + " " * 100}, "timeZone"),
        ({"currency": "DEM"}, "currency"),  # withdrawn in 2002
        ({"currency": "kroner"}, "currency"),
        ({"currency": ""}, "currency"),
        ({"defaultRegion": "NOR"}, "defaultRegion"),
    ],
)
async def test_bad_settings_get_a_typed_error(
    client: httpx.AsyncClient, fields: dict[str, str], field: str
) -> None:
    owner = await sign_up(client)
    before = await settings_of(client, owner)

    payload = await update(client, owner, **fields)

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, "INVALID")]
    assert await settings_of(client, owner) == before


@pytest.mark.parametrize("role", ["MARKETING", "SALES_MANAGER", "SALES_REP"])
async def test_other_members_are_refused(client: httpx.AsyncClient, role: str) -> None:
    owner = await sign_up(client, company="Acme AS")
    member = await join(client, owner, role)

    error = await graphql_refusal(client, UPDATE, {"input": {"name": "Mine AS"}}, account=member)

    assert error["extensions"]["code"] == "FORBIDDEN"
    assert (await settings_of(client, owner))["name"] == "Acme AS"


async def test_an_owner_changes_only_their_own_tenant(client: httpx.AsyncClient) -> None:
    ours = await sign_up(client, company="Ours AS")
    theirs = await sign_up(client, company="Theirs AS")

    error = await graphql_refusal(
        client,
        UPDATE,
        {"input": {"name": "Taken AS"}},
        token=ours.token,
        tenant_id=theirs.tenant_id,
    )

    assert error["extensions"]["code"] == "FORBIDDEN"
    assert (await settings_of(client, theirs))["name"] == "Theirs AS"
