"""Responses are compact JSON in UTF-8, whatever their values hold."""

import json

import httpx

from leadhub.graphql.response_json import encode_response_json
from tests.builders import graphql, post, sign_up

CREATE = """
mutation($name: String!) { createLead(input: {lead: {name: $name}}) { errors { code } } }
"""
LEADS = "query { tenant { leads { edges { node { name } } } } }"


async def test_letters_beyond_ascii_are_sent_as_utf_8(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    await graphql(client, CREATE, {"name": "Ærlige Åse Ødegård"}, account=owner)
    response = await post(client, LEADS, account=owner)
    assert '{"node":{"name":"Ærlige Åse Ødegård"}}'.encode() in response.content
    assert json.loads(response.content) == {
        "data": {"tenant": {"leads": {"edges": [{"node": {"name": "Ærlige Åse Ødegård"}}]}}}
    }


def test_what_orjson_refuses_is_encoded_as_before() -> None:
    # a custom field's number may pass 64 bits
    values = {"customFields": {"employees": 2**70, "ratio": 0.1, "note": "ø"}}
    assert json.loads(encode_response_json(values)) == values
