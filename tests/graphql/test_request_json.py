"""Hostile request JSON gets a typed 400 shaped as a GraphQL error, never a 500."""

import json

import httpx
import pytest

from leadhub.graphql.request_json import MAX_NESTING
from tests.builders import GRAPHQL_RESPONSE_JSON

TYPENAME = "{ __typename }"
JSON_BODY = {"content-type": "application/json", "accept": GRAPHQL_RESPONSE_JSON}


def _body_with_variable(value: str) -> bytes:
    return f'{{"query": "{TYPENAME}", "variables": {{"x": {value}}}}}'.encode()


def _nested_arrays(depth: int) -> str:
    return "[" * depth + "]" * depth


def _nested_objects(depth: int) -> str:
    return '{"a": ' * depth + "1" + "}" * depth


def _assert_refused(response: httpx.Response, code: str) -> None:
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON)
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": code}
    assert error["message"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'{"query": "{ __typename }", "operationName": "\xff\xfe"}', "INVALID_ENCODING"),
        (_body_with_variable('"\\udc00"'), "INVALID_ENCODING"),
        (_body_with_variable("1" * 5000), "NUMBER_OUT_OF_RANGE"),
        (_body_with_variable("1e999"), "NUMBER_OUT_OF_RANGE"),
        (_body_with_variable("NaN"), "NUMBER_OUT_OF_RANGE"),
        (_body_with_variable(_nested_arrays(5000)), "NESTED_TOO_DEEPLY"),
        (_body_with_variable(_nested_objects(5000)), "NESTED_TOO_DEEPLY"),
        # Shallow enough for Python's decoder, one level deeper than the cap.
        (_body_with_variable(_nested_arrays(MAX_NESTING - 1)), "NESTED_TOO_DEEPLY"),
        (b'{"query": ', "INVALID_JSON"),
    ],
    ids=[
        "not UTF-8",
        "lone surrogate",
        "5,000-digit integer",
        "infinite float",
        "NaN",
        "arrays 5,000 deep",
        "objects 5,000 deep",
        "arrays past the cap",
        "truncated",
    ],
)
async def test_a_hostile_body_is_a_typed_400(
    client: httpx.AsyncClient, body: bytes, code: str
) -> None:
    response = await client.post("/graphql", content=body, headers=JSON_BODY)
    _assert_refused(response, code)


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ('{"x": ' + _nested_arrays(5000) + "}", "NESTED_TOO_DEEPLY"),
        # Past the interpreter's recursion limit, within httpx's 64 KiB for a URL.
        ('{"x": ' + _nested_objects(2000) + "}", "NESTED_TOO_DEEPLY"),
        ('{"x": ' + "9" * 5000 + "}", "NUMBER_OUT_OF_RANGE"),
    ],
    ids=["arrays 5,000 deep", "objects 2,000 deep", "5,000-digit integer"],
)
async def test_hostile_variables_in_a_query_string_are_a_typed_400(
    client: httpx.AsyncClient, variables: str, code: str
) -> None:
    response = await client.get(
        "/graphql",
        params={"query": TYPENAME, "variables": variables},
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    _assert_refused(response, code)


async def test_json_nested_up_to_the_cap_is_read(client: httpx.AsyncClient) -> None:
    # The body is level 1 and its extensions level 2: these arrays end at the cap.
    extensions = {"x": json.loads(_nested_arrays(MAX_NESTING - 2))}
    response = await client.post(
        "/graphql",
        json={"query": TYPENAME, "extensions": extensions},
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}
