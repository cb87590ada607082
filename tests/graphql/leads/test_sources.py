"""Lead sources: create, update, delete; roles, tenants, bad input."""

from typing import Any

import httpx
import pytest

from leadhub.db import Database
from tests.builders import Account, graphql, graphql_refusal, join, make_lead, sign_up

SOURCES = """
query { tenant { sources { edges { node { id name kind campaign eventDate cost } } } } }
"""
CREATE = """
mutation($input: SourceInput!) {
  createSource(input: $input) {
    source { id name kind campaign eventDate cost }
    errors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateSourceInput!) {
  updateSource(input: $input) { source { name kind campaign cost } errors { field code } }
}
"""
DELETE = """
mutation($input: DeleteSourceInput!) {
  deleteSource(input: $input) { deletedSourceId errors { field code } }
}
"""
FAIR = {
    "name": "Nor-Shipping 2027",
    "kind": "TRADE_FAIR",
    "campaign": "Spring fairs",
    "eventDate": "2027-06-01",
    "cost": "15000.50",
}


async def sources(client: httpx.AsyncClient, account: Account) -> list[dict[str, Any]]:
    body = await graphql(client, SOURCES, account=account)
    return [edge["node"] for edge in body["data"]["tenant"]["sources"]["edges"]]


async def create(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, CREATE, {"input": {**FAIR, **fields}}, account=account)
    payload: dict[str, Any] = body["data"]["createSource"]
    return payload


async def test_a_source_is_created_with_its_campaign_date_and_cost(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    payload = await create(client, owner)
    assert payload["errors"] == []
    expected = {**FAIR, "campaign": "Spring fairs", "id": payload["source"]["id"]}
    assert payload["source"] == expected
    assert await sources(client, owner) == [expected]


async def test_a_source_changes_what_it_is_given(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    source_id = (await create(client, owner))["source"]["id"]
    renamed = await graphql(
        client,
        UPDATE,
        {"input": {"sourceId": source_id, "source": {"name": "Messe på Lillestrøm"}}},
        account=owner,
    )
    assert renamed["data"]["updateSource"] == {
        "source": {
            "name": "Messe på Lillestrøm",
            "kind": FAIR["kind"],
            "campaign": "Spring fairs",
            "cost": FAIR["cost"],
        },
        "errors": [],
    }
    cleared = await graphql(
        client,
        UPDATE,
        {"input": {"sourceId": source_id, "source": {"campaign": None, "cost": None}}},
        account=owner,
    )
    assert cleared["data"]["updateSource"]["source"] == {
        "name": "Messe på Lillestrøm",
        "kind": FAIR["kind"],
        "campaign": None,
        "cost": None,
    }
    refused = await graphql(
        client, UPDATE, {"input": {"sourceId": source_id, "source": {"name": None}}}, account=owner
    )
    assert refused["data"]["updateSource"] == {
        "source": None,
        "errors": [{"field": "name", "code": "INVALID"}],
    }


async def test_an_unused_source_is_deleted_and_a_used_one_stays(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    unused = (await create(client, owner, name="Unused"))["source"]["id"]
    used = (await create(client, owner, name="Used"))["source"]["id"]
    await make_lead(database, owner, source_id=used)
    gone = await graphql(client, DELETE, {"input": {"sourceId": unused}}, account=owner)
    kept = await graphql(client, DELETE, {"input": {"sourceId": used}}, account=owner)
    assert gone["data"]["deleteSource"] == {"deletedSourceId": unused, "errors": []}
    assert kept["data"]["deleteSource"]["errors"] == [
        {"field": "sourceId", "code": "SOURCE_IN_USE"}
    ]
    assert [source["name"] for source in await sources(client, owner)] == ["Used"]


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"name": ""}, "name", "INVALID"),
        ({"name": "x" * 101}, "name", "INVALID"),
        ({"name": "Tab\u0007bed"}, "name", "INVALID"),
        ({"campaign": "c" * 201}, "campaign", "INVALID"),
        ({"cost": "-1"}, "cost", "INVALID"),
        ({"cost": "1e15"}, "cost", "INVALID"),
        ({"cost": "NaN"}, "cost", "INVALID"),
    ],
)
async def test_bad_sources_are_refused_and_nothing_is_written(
    client: httpx.AsyncClient, fields: dict[str, Any], field: str, code: str
) -> None:
    owner = await sign_up(client)
    payload = await create(client, owner, **fields)
    assert payload == {"source": None, "errors": [{"field": field, "code": code}]}
    assert await sources(client, owner) == []


async def test_source_names_are_unique_per_tenant(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    assert (await create(client, first))["errors"] == []
    assert (await create(client, first))["errors"] == [{"field": "name", "code": "NAME_TAKEN"}]
    # another tenant may use the same name: uniqueness includes the tenant
    assert (await create(client, second))["errors"] == []


async def test_another_tenants_sources_are_out_of_reach(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    theirs = (await create(client, first))["source"]["id"]
    renamed = await graphql(
        client,
        UPDATE,
        {"input": {"sourceId": theirs, "source": {"name": "Taken", "kind": "WEBINAR"}}},
        account=second,
    )
    deleted = await graphql(client, DELETE, {"input": {"sourceId": theirs}}, account=second)
    assert renamed["data"]["updateSource"]["errors"] == [{"field": "sourceId", "code": "NOT_FOUND"}]
    assert deleted["data"]["deleteSource"]["errors"] == [{"field": "sourceId", "code": "NOT_FOUND"}]
    assert await sources(client, second) == []
    assert [source["name"] for source in await sources(client, first)] == [FAIR["name"]]


@pytest.mark.parametrize("role", ["SALES_MANAGER", "SALES_REP"])
async def test_only_owners_admins_and_marketing_manage_sources(
    client: httpx.AsyncClient, role: str
) -> None:
    owner = await sign_up(client)
    member = await join(client, owner, role)
    refusal = await graphql_refusal(client, CREATE, {"input": FAIR}, account=member)
    assert refusal["extensions"]["code"] == "FORBIDDEN"
    # every member may list them
    assert await sources(client, member) == []
    marketer = await join(client, owner, "MARKETING", name="marketer")
    assert (await create(client, marketer))["errors"] == []
