"""What one request may send and ask: each limit refuses the request as the client's
mistake, before it reaches the database, and says which limit it met."""

import time
from typing import Any

import httpx

from leadhub.graphql.limits import MAX_FIELDS, MAX_LIST_ITEMS, MAX_OBJECTS, MAX_STRING_LENGTH
from leadhub.leads.service import MAX_TAGS
from tests.builders import Account, graphql, post, sign_up

LEADS = """
query($filter: LeadFilterInput) {
  tenant { leads(filter: $filter) { totalCount edges { node { name } } } }
}
"""


async def refusal(
    client: httpx.AsyncClient, query: str, variables: dict[str, Any] | None, owner: Account
) -> dict[str, Any]:
    """The first error of a refused request: a 400 when it could not run at all, as
    GraphQL over HTTP asks, else the field's error."""
    response = await post(client, query, variables, account=owner)
    assert response.status_code in (200, 400), response.text
    error: dict[str, Any] = response.json()["errors"][0]
    return error


async def leads(client: httpx.AsyncClient, owner: Account, **filter: Any) -> dict[str, Any]:
    return await refusal(client, LEADS, {"filter": filter}, owner)


async def test_a_filter_names_no_more_tags_than_a_lead_holds(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    tags = [f"merke{n}" for n in range(MAX_TAGS)]
    created = await graphql(
        client,
        "mutation($tags: [String!]!) { createLead(input: {lead: {name: 'Åse', tags: $tags}})"
        " { errors { code } } }".replace("'", '"'),
        {"tags": tags},
        account=owner,
    )
    assert created["data"]["createLead"]["errors"] == []
    # every tag a lead can hold: found, in one scan of the tags
    found = await graphql(client, LEADS, {"filter": {"tags": tags}}, account=owner)
    assert found["data"]["tenant"]["leads"]["totalCount"] == 1
    # 5,000: refused, not one subquery each
    refused = await leads(client, owner, tags=[f"merke{n}" for n in range(5_000)])
    assert refused["message"] == f"A filter names at most {MAX_TAGS} tags."
    assert refused["extensions"]["code"] == "BAD_USER_INPUT"


async def test_what_a_request_sends_is_bounded(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    too_long = await leads(client, owner, text="ø" * (MAX_STRING_LENGTH + 1))
    assert too_long["message"] == f"A string holds at most {MAX_STRING_LENGTH:,} characters."
    too_many = await leads(client, owner, stageIds=["x"] * (MAX_LIST_ITEMS + 1))
    assert too_many["message"] == f"A list holds at most {MAX_LIST_ITEMS:,} items."
    in_the_document = await refusal(
        client,
        'query { tenant { leads(filter: {text: "%s"}) { totalCount } } }'
        % ("å" * (MAX_STRING_LENGTH + 1)),
        None,
        owner,
    )
    assert in_the_document["extensions"]["code"] == "BAD_USER_INPUT"


async def test_what_a_request_asks_for_is_bounded(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    nested = """
    query($first: Int) { tenant { leads(first: 200) { edges { node {
      activities(first: $first) { edges { node { kind } } } } } } } }
    """
    # 200 leads with 50 activities each, some 20,000 objects: answered
    body = await graphql(client, nested, {"first": 50}, account=owner)
    assert body["data"]["tenant"]["leads"]["edges"] == []
    # with 200 each, past the bound, whatever the tenant holds
    refused = await refusal(client, nested, {"first": 200}, owner)
    assert refused["message"].startswith(f"The query asks for more than {MAX_OBJECTS:,} objects")


async def test_a_time_without_its_offset_is_refused_everywhere(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    for filter in ({"createdAfter": "2020-01-01T00:00:00"}, {"updatedBefore": "2020-01-01"}):
        refused = await leads(client, owner, **filter)
        assert "with its offset" in refused["message"], refused
    # an instant only past year 9999 in UTC cannot be compared
    far = await leads(client, owner, createdAfter="9999-12-31T23:00:00-14:00")
    assert far["message"].endswith("A DateTime is from year 1 to 9999 in UTC.")
    # with its offset, an Oslo time reads as the instant it is
    oslo = await graphql(
        client, LEADS, {"filter": {"createdAfter": "2026-07-01T08:00:00+02:00"}}, account=owner
    )
    assert oslo["data"]["tenant"]["leads"]["totalCount"] == 0


async def test_a_custom_number_is_one_a_double_holds_exactly(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    await graphql(
        client,
        'mutation { defineCustomField(input: {key: "seter", label: "Seter", type: NUMBER})'
        " { errors { code } } }",
        account=owner,
    )
    create = """
    mutation($values: JSON) {
      createLead(input: {lead: {name: "Øyvind", customFields: $values}}) {
        lead { customFields } errors { field code message } }
    }
    """
    for number in (10**400, -(10**16), 1e300):
        body = await graphql(client, create, {"values": {"seter": number}}, account=owner)
        [error] = body["data"]["createLead"]["errors"]
        assert (error["field"], error["code"]) == ("customFields.seter", "INVALID")
    body = await graphql(client, create, {"values": {"seter": 10**15}}, account=owner)
    assert body["data"]["createLead"]["lead"]["customFields"] == {"seter": 10**15}


async def test_an_empty_id_is_refused_not_taken_as_none(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    create = """
    mutation($lead: LeadInput!, $stage: ID) {
      createLead(input: {lead: $lead, stageId: $stage}) { lead { id } errors { field code } }
    }
    """
    for lead, stage, field in (
        ({"name": "Kari", "ownerId": ""}, None, "ownerId"),
        ({"name": "Kari", "sourceId": ""}, None, "sourceId"),
        ({"name": "Kari"}, "", "stageId"),
    ):
        body = await graphql(client, create, {"lead": lead, "stage": stage}, account=owner)
        assert body["data"]["createLead"] == {
            "lead": None,
            "errors": [{"field": field, "code": "NOT_FOUND"}],
        }


async def test_fragments_that_spread_fragments_are_refused_before_they_are_walked(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    # each fragment spreads the next twice: 2^20 fields from a few hundred tokens
    levels = 20
    fragments = "".join(
        f"fragment F{level} on Tenant {{ ...F{level + 1} ...F{level + 1} }}\n"
        for level in range(levels)
    )
    query = f"query {{ tenant {{ ...F0 }} }}\n{fragments}fragment F{levels} on Tenant {{ name }}"
    started = time.perf_counter()
    refused = await refusal(client, query, None, owner)
    assert refused["message"].startswith(f"The query names more than {MAX_FIELDS:,} fields")
    # a walk of a million fields takes seconds; counting each fragment once, none
    assert time.perf_counter() - started < 1
    # sent again, it is refused as before, by what checking it the first time found
    assert await refusal(client, query, None, owner) == refused


async def test_a_page_size_from_a_variables_default_counts(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    nested = """
    query($first: Int = 200) { tenant { leads(first: 200) { edges { node {
      activities(first: $first) { edges { node { kind } } } } } } } }
    """
    refused = await refusal(client, nested, None, owner)
    assert refused["message"].startswith(f"The query asks for more than {MAX_OBJECTS:,} objects")


async def test_a_spread_of_an_unknown_fragment_is_the_clients_mistake(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    refused = await refusal(client, "query { tenant { ...Nowhere } }", None, owner)
    assert refused["message"] == "Unknown fragment 'Nowhere'."
    assert refused["extensions"]["code"] == "BAD_USER_INPUT"
