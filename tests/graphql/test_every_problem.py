"""A refused mutation names every problem of its input at once, each with its field
and code, and writes nothing."""

import uuid
from typing import Any

import httpx
import pytest
from strawberry import relay

from tests.builders import graphql, sign_up

A_SOURCES_ID = str(relay.GlobalID("Source", str(uuid.uuid4())))
NOT_AN_ID = "not an id"

# mutation, its input, the problems expected (field and code), and a query whose
# answer must be the same before and after: nothing written.
CASES: dict[str, tuple[str, dict[str, Any], set[tuple[str, str]], str]] = {
    "createLead": (
        "CreateLeadInput",
        {
            "lead": {
                "name": "  ",
                "email": "kari@",
                "phone": "12",
                "country": "Norge",
                "expectedValue": "-5",
                "sourceId": NOT_AN_ID,
                "ownerId": A_SOURCES_ID,  # where a User's goes
                "customFields": {"nope": 1},
            },
            "stageId": NOT_AN_ID,
        },
        {
            ("name", "INVALID"),
            ("email", "INVALID"),
            ("phone", "INVALID"),
            ("country", "INVALID"),
            ("expectedValue", "INVALID"),
            ("sourceId", "NOT_FOUND"),
            ("ownerId", "NOT_FOUND"),
            ("customFields.nope", "INVALID"),
            ("stageId", "NOT_FOUND"),
        },
        "query { tenant { leads { totalCount } } }",
    ),
    "createFunnelStage": (
        "CreateFunnelStageInput",
        {"name": "", "winProbability": 1.5, "position": 99},
        {("name", "INVALID"), ("winProbability", "INVALID"), ("position", "INVALID")},
        "query { tenant { funnelStages { edges { node { name } } } } }",
    ),
    "createSource": (
        "SourceInput",
        {"name": "\n", "kind": "WEBINAR", "campaign": "x" * 201, "cost": "-1"},
        {("name", "INVALID"), ("campaign", "INVALID"), ("cost", "INVALID")},
        "query { tenant { sources { edges { node { name } } } } }",
    ),
    "defineCustomField": (
        "DefineCustomFieldInput",
        {"key": "Bad Key", "label": "", "type": "TEXT", "choices": ["a"]},
        {("key", "INVALID"), ("label", "INVALID"), ("choices", "INVALID")},
        "query { tenant { customFields { edges { node { key } } } } }",
    ),
    "createScoringRule": (
        "ScoringRuleInput",
        {"name": "", "points": 100000},
        {("name", "INVALID"), ("points", "INVALID"), ("fit", "INVALID")},
        "query { tenant { scoringRules { edges { node { name } } } } }",
    ),
    "saveLeadView": (
        "SaveLeadViewInput",
        {"name": "Varme\u0007", "filter": {"sourceIds": [A_SOURCES_ID]}},
        {("name", "INVALID"), ("filter.sourceIds.0", "NOT_FOUND")},
        "query { tenant { leadViews { name } } }",
    ),
}


@pytest.mark.parametrize("mutation", CASES)
async def test_a_refusal_names_every_problem_and_writes_nothing(
    client: httpx.AsyncClient, mutation: str
) -> None:
    # given a tenant's owner
    owner = await sign_up(client)
    input_type, fields, expected, state = CASES[mutation]
    before = await graphql(client, state, account=owner)
    # when they send an input with several faults
    body = await graphql(
        client,
        f"mutation($input: {input_type}!) {{ {mutation}(input: $input) {{"
        " errors { field code message } } }",
        {"input": fields},
        account=owner,
    )
    errors = body["data"][mutation]["errors"]
    # then each fault comes back, with a message, and nothing was written
    assert {(error["field"], error["code"]) for error in errors} == expected
    assert all(error["message"] for error in errors)
    assert await graphql(client, state, account=owner) == before


async def test_sign_up_names_every_problem(client: httpx.AsyncClient) -> None:
    body = await graphql(
        client,
        """mutation($input: SignUpInput!) { signUp(input: $input) {
             token errors { field code } } }""",
        {
            "input": {
                "companyName": " ",
                "ownerName": "",
                "email": "not-an-email",
                "password": "short",
                "defaultRegion": "Norway",
            }
        },
    )
    payload = body["data"]["signUp"]
    assert payload["token"] is None
    assert {(error["field"], error["code"]) for error in payload["errors"]} == {
        ("companyName", "INVALID"),
        ("ownerName", "INVALID"),
        ("email", "EMAIL_INVALID"),
        ("password", "PASSWORD_TOO_WEAK"),
        ("defaultRegion", "INVALID"),
    }


async def test_a_flood_of_custom_values_is_one_problem(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    flood = {f"key{n}": n for n in range(1000)}
    body = await graphql(
        client,
        """mutation($input: CreateLeadInput!) { createLead(input: $input) {
             errors { field code } } }""",
        {"input": {"lead": {"name": "Kari", "customFields": flood}}},
        account=owner,
    )
    assert body["data"]["createLead"]["errors"] == [{"field": "customFields", "code": "INVALID"}]
