"""The /graphql endpoint speaks GraphQL over HTTP: media types, status codes, methods."""

import json

import httpx
import pytest

from tests.builders import GRAPHQL_RESPONSE_JSON, sign_up

ME = "query { me { user { email } } }"
LOG_OUT = "mutation { logOut(input: {}) { endedSessions } }"


@pytest.mark.parametrize("accept", ["*/*", "application/*", None])
async def test_a_client_that_names_no_graphql_type_gets_json(
    client: httpx.AsyncClient, accept: str | None
) -> None:
    request = client.build_request("POST", "/graphql", json={"query": "{ noSuchField }"})
    del request.headers["accept"]  # httpx's default, */*
    if accept:
        request.headers["accept"] = accept
    response = await client.send(request)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["data"] is None


async def test_graphql_response_json_is_chosen_when_named(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"query": "{ __typename }"},
        headers={"accept": f"*/*, {GRAPHQL_RESPONSE_JSON}"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON)
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_a_request_error_is_a_400_without_data(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"query": "{ noSuchField }"},
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 400
    body = response.json()
    assert "data" not in body
    assert "noSuchField" in body["errors"][0]["message"]


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, "application/json"])
async def test_several_operations_need_a_name(client: httpx.AsyncClient, accept: str) -> None:
    document = "query A { __typename } query B { __typename }"
    unnamed = await client.post("/graphql", json={"query": document}, headers={"accept": accept})
    named = await client.post(
        "/graphql", json={"query": document, "operationName": "B"}, headers={"accept": accept}
    )
    assert unnamed.status_code == 400
    assert named.status_code == 200
    assert named.json()["data"] == {"__typename": "Query"}


async def test_legacy_json_clients_get_200_for_request_errors(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ noSuchField }"}, headers={"accept": "application/json"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["errors"]


async def test_a_field_error_keeps_status_200_and_data(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": ME}, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_queries_work_over_get(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    response = await client.get(
        "/graphql",
        params={"query": ME},
        headers={"accept": GRAPHQL_RESPONSE_JSON, "authorization": f"Bearer {account.token}"},
    )
    assert response.status_code == 200
    assert response.json()["data"]["me"]["user"]["email"] == account.email


async def test_mutations_over_get_are_405_and_do_not_run(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    response = await client.get(
        "/graphql",
        params={"query": LOG_OUT},
        headers={"accept": GRAPHQL_RESPONSE_JSON, "authorization": f"Bearer {account.token}"},
    )
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert _refusal_code(response) == "METHOD_NOT_ALLOWED"
    me = await client.post(
        "/graphql", json={"query": ME}, headers={"authorization": f"Bearer {account.token}"}
    )
    assert me.json()["data"]["me"]["user"]["email"] == account.email


async def test_an_unacceptable_media_type_is_406(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"accept": "text/csv"}
    )
    assert response.status_code == 406
    assert response.headers["content-type"].startswith("application/json")
    assert _refusal_code(response) == "NOT_ACCEPTABLE"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/json;q=0.9, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json;q=0.5, application/json", "application/json"),
        ("*/*, application/graphql-response+json", GRAPHQL_RESPONSE_JSON),
        ("application/graphql-response+json;q=0.5, */*", "application/json"),
    ],
)
async def test_quality_values_choose_the_media_type(
    client: httpx.AsyncClient, accept: str, expected: str
) -> None:
    response = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"accept": accept}
    )
    assert response.headers["content-type"].startswith(expected)


async def test_malformed_bodies_are_400(client: httpx.AsyncClient) -> None:
    not_json = await client.post(
        "/graphql", content=b"{", headers={"content-type": "application/json"}
    )
    bad_variables = await client.post(
        "/graphql",
        content=json.dumps({"query": ME, "variables": [1]}),
        headers={"content-type": "application/json"},
    )
    assert (not_json.status_code, bad_variables.status_code) == (400, 400)
    assert (_refusal_code(not_json), _refusal_code(bad_variables)) == (
        "INVALID_JSON",
        "BAD_REQUEST",
    )


async def test_strawberrys_own_refusals_are_graphql_errors(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"variables": {}}, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON)
    assert _refusal_code(response) == "BAD_REQUEST"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
async def test_a_body_that_is_not_json_is_415(
    client: httpx.AsyncClient, content_type: str | None
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = await client.post("/graphql", content=b"query { __typename }", headers=headers)
    assert response.status_code == 415
    assert _refusal_code(response) == "UNSUPPORTED_MEDIA_TYPE"


@pytest.mark.parametrize(
    "body",
    [b'"a string"', b"[]", b"42", b'{"query": "{ __typename }", "variables": {"x": "\\ud800"}}'],
    ids=["string", "list", "number", "lone surrogate"],
)
async def test_bodies_that_are_not_a_json_object_of_unicode_are_400(
    client: httpx.AsyncClient, body: bytes
) -> None:
    response = await client.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


async def test_introspection_fits_within_the_depth_limit(client: httpx.AsyncClient) -> None:
    from graphql import get_introspection_query

    response = await client.post("/graphql", json={"query": get_introspection_query()})
    assert response.status_code == 200
    assert "errors" not in response.json()


@pytest.mark.parametrize(
    "query",
    [
        "{ me { currentMembership { tenant { members { edges { node { tenant { members { edges"
        " { node { tenant { members { edges { node { tenant { members { edges { node { role"
        " } } } } } } } } } } } } } } } } } } }",
        "{ " + " ".join(f"a{i}: __typename" for i in range(31)) + " }",
        "{ " + "__typename " * 5001 + "}",
    ],
    ids=["too deep", "too many aliases", "too many tokens"],
)
async def test_oversized_queries_are_refused(client: httpx.AsyncClient, query: str) -> None:
    response = await client.post(
        "/graphql", json={"query": query}, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 400
    assert response.json()["errors"]


async def test_a_document_nested_past_the_parsers_limit_is_refused(
    client: httpx.AsyncClient,
) -> None:
    # 300 nested list literals: a few hundred tokens, deeper than graphql-core parses.
    query = "{ node(id: " + "[" * 300 + "]" * 300 + ") { id } }"
    response = await client.post(
        "/graphql", json={"query": query}, headers={"accept": GRAPHQL_RESPONSE_JSON}
    )
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert "nested too deeply" in error["message"]


def _refusal_code(response: httpx.Response) -> str:
    """The code of a refused request's one error."""
    [error] = response.json()["errors"]
    code: str = error["extensions"]["code"]
    return code
