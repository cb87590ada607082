"""Custom fields: owners and admins define them; leads carry values of their types."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

DEFINE = """
mutation($input: DefineCustomFieldInput!) {
  defineCustomField(input: $input) { field { id key type choices required } errors { field code } }
}
"""
REMOVE = """
mutation($id: ID!) {
  removeCustomField(input: {fieldId: $id}) { removedFieldId errors { field code } }
}
"""
CHANGE = """
mutation($input: ChangeCustomFieldInput!) {
  changeCustomField(input: $input) {
    field { key label type choices required } errors { field code }
  }
}
"""
FIELDS = "query { tenant { customFields { edges { node { key label type } } } } }"
CREATE = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id customFields } errors { field code } }
}
"""
LEADS = "query { tenant { leads { edges { node { name } } } } }"


async def define(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, DEFINE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["defineCustomField"]
    return payload


async def create(client: httpx.AsyncClient, account: Account, values: Any) -> dict[str, Any]:
    lead = {"name": "Custom", "customFields": values}
    body = await graphql(client, CREATE, {"input": {"lead": lead}}, account=account)
    payload: dict[str, Any] = body["data"]["createLead"]
    return payload


async def with_fields(client: httpx.AsyncClient) -> tuple[Account, dict[str, str]]:
    owner = await sign_up(client)
    ids = {}
    for key, kind, extra in (
        ("employees", "NUMBER", {}),
        ("renewal", "DATE", {}),
        ("partner", "BOOLEAN", {}),
        ("tier", "CHOICE", {"choices": ["gold", "silver"], "required": True}),
        ("notes", "TEXT", {}),
    ):
        payload = await define(client, owner, key=key, label=key.title(), type=kind, **extra)
        assert payload["errors"] == [], payload
        ids[key] = payload["field"]["id"]
    return owner, ids


async def test_leads_carry_typed_values(client: httpx.AsyncClient) -> None:
    owner, _ = await with_fields(client)
    payload = await create(
        client,
        owner,
        {"employees": 42, "renewal": "2027-03-01", "partner": False, "tier": "gold", "notes": None},
    )
    assert payload["errors"] == []
    assert payload["lead"]["customFields"] == {
        "employees": 42,
        "renewal": "2027-03-01",
        "partner": False,
        "tier": "gold",
    }
    listed = await graphql(client, FIELDS, account=owner)
    keys = [edge["node"]["key"] for edge in listed["data"]["tenant"]["customFields"]["edges"]]
    assert keys == ["employees", "notes", "partner", "renewal", "tier"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"tier": "gold", "employees": "many"}, "customFields.employees"),
        ({"tier": "gold", "employees": True}, "customFields.employees"),
        ({"tier": "gold", "renewal": "next spring"}, "customFields.renewal"),
        ({"tier": "gold", "partner": "yes"}, "customFields.partner"),
        ({"tier": "bronze"}, "customFields.tier"),
        ({}, "customFields.tier"),
        ({"tier": "gold", "shoe_size": 44}, "customFields.shoe_size"),
        ({"tier": "gold", "notes": "bell\u0007"}, "customFields.notes"),
        ([1, 2], "customFields"),
        ([], "customFields"),
    ],
)
async def test_bad_values_are_refused_and_nothing_is_written(
    client: httpx.AsyncClient, values: Any, field: str
) -> None:
    owner, _ = await with_fields(client)
    payload = await create(client, owner, values)
    assert payload == {"lead": None, "errors": [{"field": field, "code": "INVALID"}]}
    assert (await graphql(client, LEADS, account=owner))["data"]["tenant"]["leads"]["edges"] == []


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"key": "Bad Key", "label": "X", "type": "TEXT"}, "key", "INVALID"),
        ({"key": "tier", "label": "Again", "type": "TEXT"}, "key", "NAME_TAKEN"),
        ({"key": "size", "label": "Size", "type": "CHOICE"}, "choices", "INVALID"),
        (
            {"key": "size", "label": "Size", "type": "CHOICE", "choices": ["a", "a"]},
            "choices",
            "INVALID",
        ),
        ({"key": "size", "label": "Size", "type": "TEXT", "choices": ["a"]}, "choices", "INVALID"),
        ({"key": "size", "label": " ", "type": "TEXT"}, "label", "INVALID"),
    ],
)
async def test_bad_definitions_are_refused(
    client: httpx.AsyncClient, fields: dict[str, Any], field: str, code: str
) -> None:
    owner, _ = await with_fields(client)
    payload = await define(client, owner, **fields)
    assert payload == {"field": None, "errors": [{"field": field, "code": code}]}


async def test_a_field_is_removed_once_no_lead_uses_it(client: httpx.AsyncClient) -> None:
    owner, ids = await with_fields(client)
    assert (await create(client, owner, {"tier": "gold", "employees": 5}))["errors"] == []
    used = await graphql(client, REMOVE, {"id": ids["employees"]}, account=owner)
    unused = await graphql(client, REMOVE, {"id": ids["partner"]}, account=owner)
    assert used["data"]["removeCustomField"]["errors"] == [
        {"field": "fieldId", "code": "FIELD_IN_USE"}
    ]
    assert unused["data"]["removeCustomField"]["errors"] == []


async def change(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, CHANGE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["changeCustomField"]
    return payload


async def test_a_field_is_relabelled_and_its_choices_grow_one_change_at_a_time(
    client: httpx.AsyncClient,
) -> None:
    owner, ids = await with_fields(client)
    relabelled = await change(client, owner, fieldId=ids["tier"], label="Kundenivå")
    assert relabelled == {
        "field": {
            "key": "tier",
            "label": "Kundenivå",
            "type": "CHOICE",
            "choices": ["gold", "silver"],
            "required": True,
        },
        "errors": [],
    }
    grown = await change(
        client, owner, fieldId=ids["tier"], choices=["gold", "silver", "bronse"], required=False
    )
    assert grown["errors"] == []
    assert grown["field"]["label"] == "Kundenivå"
    assert grown["field"]["choices"] == ["gold", "silver", "bronse"]
    assert grown["field"]["required"] is False
    assert (await create(client, owner, {"tier": "bronse"}))["errors"] == []


async def test_a_choice_leads_have_is_kept(client: httpx.AsyncClient) -> None:
    owner, ids = await with_fields(client)
    # another tenant's lead with "silver" in its own tier field keeps nothing here
    other = await sign_up(client, company="Other AS")
    assert (await define(client, other, key="tier", label="Tier", type="TEXT"))["errors"] == []
    assert (await create(client, other, {"tier": "silver"}))["errors"] == []
    assert (await create(client, owner, {"tier": "gold"}))["errors"] == []
    refused = await change(client, owner, fieldId=ids["tier"], label="Nivå", choices=["silver"])
    assert refused == {"field": None, "errors": [{"field": "choices", "code": "CHOICE_IN_USE"}]}
    # nothing of the refused change was kept: neither its label nor its choices
    kept = await change(client, owner, fieldId=ids["tier"], choices=["gold"])  # not silver
    assert kept["errors"] == []
    assert kept["field"]["label"] == "Tier"
    assert kept["field"]["choices"] == ["gold"]


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({"label": " "}, [{"field": "label", "code": "INVALID"}]),
        ({"label": None}, [{"field": "label", "code": "INVALID"}]),
        ({"choices": []}, [{"field": "choices", "code": "INVALID"}]),
        ({"choices": ["a", "a"]}, [{"field": "choices", "code": "INVALID"}]),
        ({"choices": ["x" * 300]}, [{"field": "choices", "code": "INVALID"}]),
        (
            {"label": "", "choices": ["a", "a"]},
            [{"field": "label", "code": "INVALID"}, {"field": "choices", "code": "INVALID"}],
        ),
    ],
)
async def test_bad_changes_are_refused(
    client: httpx.AsyncClient, fields: dict[str, Any], problems: list[dict[str, str]]
) -> None:
    owner, ids = await with_fields(client)
    payload = await change(client, owner, fieldId=ids["tier"], **fields)
    assert payload == {"field": None, "errors": problems}


async def test_only_a_choice_field_has_choices(client: httpx.AsyncClient) -> None:
    owner, ids = await with_fields(client)
    payload = await change(client, owner, fieldId=ids["notes"], choices=["a"])
    assert payload["errors"] == [{"field": "choices", "code": "INVALID"}]


async def test_fields_are_per_tenant_and_for_owners_and_admins(client: httpx.AsyncClient) -> None:
    owner, ids = await with_fields(client)
    other = await sign_up(client, company="Other AS")
    # another tenant neither sees nor removes them, and may use the same keys
    listed = await graphql(client, FIELDS, account=other)
    assert listed["data"]["tenant"]["customFields"]["edges"] == []
    removed = await graphql(client, REMOVE, {"id": ids["notes"]}, account=other)
    assert removed["data"]["removeCustomField"]["errors"][0]["code"] == "NOT_FOUND"
    changed = await change(client, other, fieldId=ids["notes"], label="Mine")
    assert changed == {"field": None, "errors": [{"field": "fieldId", "code": "NOT_FOUND"}]}
    assert (await define(client, other, key="tier", label="Tier", type="TEXT"))["errors"] == []
    assert (await create(client, other, {"tier": "anything"}))["errors"] == []
    manager = await join(client, owner, "SALES_MANAGER")
    refusal = await graphql_refusal(
        client, DEFINE, {"input": {"key": "x", "label": "X", "type": "TEXT"}}, account=manager
    )
    assert refusal["extensions"]["code"] == "FORBIDDEN"
    refusal = await graphql_refusal(
        client, CHANGE, {"input": {"fieldId": ids["notes"], "label": "X"}}, account=manager
    )
    assert refusal["extensions"]["code"] == "FORBIDDEN"
