"""Hostile input: every field of every mutation's input, and every argument of the
leads list, fed its type's extremes. Each answer is data or a refusal addressed to
the client, never an internal error; built from the schema, so a field added
tomorrow is fed them the day it lands.

The limits themselves (graphql/limits.py, the scalars, the fields' own) are tested
where the behaviour is described: here, that none of them is missing.
"""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
)
from leadhub.db import Database
from leadhub.graphql.limits import MAX_LIST_ITEMS, MAX_STRING_LENGTH
from leadhub.settings import Settings
from tests.builders import Account, post, sign_up
from tests.graphql.schema_inputs import (
    MUTATIONS,
    SDL,
    input_type_of,
    names_lists,
    objects_in,
    unwrap,
    valid_input,
)

HUGE_INT = 10**400
EXTREMES: dict[str, list[Any]] = {
    "String": ["", "\u0000", "Ø" * (MAX_STRING_LENGTH + 1), "æøå " * 2_500],
    "ID": ["", "Ø" * (MAX_STRING_LENGTH + 1), "TGVhZDo=", "Lead:not-a-uuid"],
    "Int": [2**31 - 1, -(2**31), 2**31],
    "Float": [1.7976931348623157e308, -1.7976931348623157e308, 5e-324],
    "Boolean": [True, "yes"],
    "Decimal": ["1e400", "-1e400", "NaN", "Infinity", "1e-400", HUGE_INT],
    "DateTime": [
        "2020-01-01T00:00:00",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00",
        "not a time",
    ],
    "Date": ["0001-01-01", "9999-12-31", "2026-02-30"],
    "JSON": [HUGE_INT, -HUGE_INT, 1e308, "x", [], {"seats": HUGE_INT}, {"ø" * 100: None}],
    # A file goes up as multipart/form-data: these are what JSON can send in its place.
    "Upload": ["X", 1, {}, []],
}


def _leaves(
    input_type: GraphQLInputObjectType, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], GraphQLInputType]]:
    """Every field of an input, nested ones too, with its type."""
    for name, field in input_type.fields.items():
        path = (*prefix, name)
        yield path, field.type
        inner = unwrap(field.type)
        if isinstance(inner, GraphQLInputObjectType):
            yield from _leaves(inner, path)


def _is_list(field_type: GraphQLInputType) -> bool:
    if isinstance(field_type, GraphQLNonNull):
        field_type = field_type.of_type
    return isinstance(field_type, GraphQLList)


def _extremes(field_type: GraphQLInputType, valid: Any) -> list[Any]:
    """What to send instead of ``valid``: its type's extremes, and for a list, one
    too long; null for every field."""
    inner = unwrap(field_type)
    if _is_list(field_type):
        item = valid[0] if isinstance(valid, list) and valid else "X"
        items = EXTREMES.get(inner.name, []) if isinstance(inner, GraphQLScalarType) else []
        return [[item] * (MAX_LIST_ITEMS + 1), [None], *([extreme] for extreme in items), None]
    if isinstance(inner, GraphQLEnumType):
        return ["NO_SUCH_VALUE", 1, None]
    if isinstance(inner, GraphQLInputObjectType):
        return ["X", [], None]
    assert isinstance(inner, GraphQLScalarType)
    assert inner.name in EXTREMES, f"{inner.name}: say in EXTREMES what is extreme for it"
    return [*EXTREMES[inner.name], None]


def _with(fields: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of ``fields`` with ``value`` at ``path``, made on the way."""
    head, *rest = path
    inside = fields.get(head)
    if rest:
        nested = inside[0] if isinstance(inside, list) else inside
        value = _with(nested if isinstance(nested, dict) else {}, tuple(rest), value)
        if isinstance(inside, list):
            value = [value]
    return {**fields, head: value}


def _assert_addressed_to_the_client(response: httpx.Response, where: str) -> None:
    assert response.status_code in (200, 400, 413), (where, response.status_code, response.text)
    for error in response.json().get("errors", []):
        code = error.get("extensions", {}).get("code")
        assert code != "INTERNAL_SERVER_ERROR", (where, error)


async def _owner_with_objects(
    client: httpx.AsyncClient, database: Database, settings: Settings, *, lists: bool = False
) -> tuple[Account, dict[str, str]]:
    owner = await sign_up(client, company="Ekstrem AS", default_region="NO")
    return owner, await objects_in(client, owner, None, database, settings, lists=lists)


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
async def test_every_mutation_field_takes_its_extremes(
    client: httpx.AsyncClient, database: Database, settings: Settings, mutation: str
) -> None:
    owner, objects = await _owner_with_objects(
        client, database, settings, lists=names_lists(mutation)
    )
    input_type = input_type_of(mutation)
    document = (
        f"mutation($input: {input_type.name}!) {{ {mutation}(input: $input) {{ __typename }} }}"
    )
    for path, field_type in _leaves(input_type):
        valid = valid_input(input_type, objects, path)
        at_path: Any = valid
        for name in path:
            at_path = at_path[0] if isinstance(at_path, list) else at_path
            at_path = at_path.get(name) if isinstance(at_path, dict) else None
        for extreme in _extremes(field_type, at_path):
            variables = {"input": _with(valid, path, extreme)}
            response = await post(client, document, variables, account=owner)
            _assert_addressed_to_the_client(response, f"{mutation}.{'.'.join(path)}")


LEADS_ARGUMENTS = SDL.get_type("Tenant").fields["leads"].args  # type: ignore[union-attr]


@pytest.mark.parametrize("argument", sorted(LEADS_ARGUMENTS))
async def test_every_argument_of_the_leads_list_takes_its_extremes(
    client: httpx.AsyncClient, database: Database, settings: Settings, argument: str
) -> None:
    owner, objects = await _owner_with_objects(client, database, settings)
    argument_type = LEADS_ARGUMENTS[argument].type
    document = (
        f"query($value: {argument_type}) {{ tenant {{ leads({argument}: $value) {{"
        " totalCount edges { node { id } } } } }"
    )
    inner = unwrap(argument_type)
    if isinstance(inner, GraphQLInputObjectType):
        cases = [
            {field: extreme}
            for field, definition in inner.fields.items()
            for extreme in _extremes(definition.type, [objects["Lead"]])
        ]
    else:
        cases = _extremes(argument_type, None)
    for value in cases:
        response = await post(client, document, {"value": value}, account=owner)
        _assert_addressed_to_the_client(response, f"leads.{argument}: {str(value)[:80]}")
