"""Global ids and node(id:), keyset pagination, statement counts, masked errors."""

import base64
import json
import logging
from typing import Any

import httpx
import pytest
import strawberry

from leadhub.graphql.errors import MaskInternalErrors
from tests.builders import graphql, graphql_refusal, join, sign_up
from tests.conftest import StatementCounter

NODE = """
query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Tenant { name }
    ... on Membership { role }
    ... on FunnelStage { name }
  }
}
"""
STAGES = """
query($first: Int, $after: String) {
  tenant {
    funnelStages(first: $first, after: $after) {
      edges { cursor node { id name position } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}
"""
MEMBERS_WITH_USERS = """
query($first: Int) {
  tenant { members(first: $first) { edges { node { role user { email } tenant { name } } } } }
}
"""


async def test_node_finds_own_objects_and_not_another_tenants(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    stages = await graphql(client, STAGES, {"first": 1}, account=first)
    stage_id = stages["data"]["tenant"]["funnelStages"]["edges"][0]["node"]["id"]
    for object_id, typename in ((first.tenant_id, "Tenant"), (stage_id, "FunnelStage")):
        own = await graphql(client, NODE, {"id": object_id}, account=first)
        assert own["data"]["node"]["__typename"] == typename
        assert own["data"]["node"]["id"] == object_id
        foreign = await graphql(client, NODE, {"id": object_id}, account=second)
        assert foreign["data"]["node"] is None


async def test_keyset_pages_walk_the_funnel_in_order(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    names: list[str] = []
    after = None
    pages = 0
    while True:
        body = await graphql(client, STAGES, {"first": 3, "after": after}, account=account)
        connection = body["data"]["tenant"]["funnelStages"]
        names += [edge["node"]["name"] for edge in connection["edges"]]
        assert connection["pageInfo"]["hasPreviousPage"] is (after is not None)
        pages += 1
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    everything = await graphql(client, STAGES, {"first": 50}, account=account)
    expected = [e["node"]["name"] for e in everything["data"]["tenant"]["funnelStages"]["edges"]]
    assert names == expected and len(expected) == 7 and pages == 3


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"first": -1}, "'first'"),
        ({"first": 1000}, "'first'"),
        ({"after": "nonsense"}, "cursor"),
        *(
            ({"after": base64.urlsafe_b64encode(json.dumps(values).encode()).decode()}, "cursor")
            for values in (
                [{}, {}],
                [1e24, "x"],
                [True, "0193c3a4-0000-7000-8000-000000000000"],
                ["abc", "0193c3a4-0000-7000-8000-000000000000"],
                [1, "not-a-uuid"],
                [2**70, "0193c3a4-0000-7000-8000-000000000000"],
                [1],
            )
        ),
    ],
)
async def test_bad_page_arguments_are_input_errors(
    client: httpx.AsyncClient, variables: dict[str, Any], message: str
) -> None:
    account = await sign_up(client)
    refusal = await graphql_refusal(client, STAGES, variables, account=account)
    assert refusal["extensions"]["code"] == "BAD_USER_INPUT"
    assert message in refusal["message"]


async def test_statements_per_request_do_not_grow_with_the_page(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    owner = await sign_up(client)
    for index in range(4):
        await join(client, owner, "SALES_REP", name=f"rep{index}")
    await graphql(client, MEMBERS_WITH_USERS, {"first": 1}, account=owner)  # the login kept
    counts = []
    for first in (1, 5):
        statements.count = 0
        body = await graphql(client, MEMBERS_WITH_USERS, {"first": first}, account=owner)
        assert len(body["data"]["tenant"]["members"]["edges"]) == first
        counts.append(statements.count)
    assert counts[0] == counts[1]


async def test_internal_errors_are_masked_with_an_id_the_log_carries(
    caplog: pytest.LogCaptureFixture,
) -> None:
    @strawberry.type
    class Query:
        @strawberry.field
        def broken(self) -> int:
            raise ZeroDivisionError("secret detail")

    schema = strawberry.Schema(query=Query, extensions=[MaskInternalErrors])
    with caplog.at_level(logging.ERROR):
        result = await schema.execute("{ broken }")
    assert result.errors is not None
    error = result.errors[0]
    assert "secret detail" not in error.message
    error_id = (error.extensions or {})["errorId"]
    assert error_id in error.message
    assert any(error_id in record.getMessage() for record in caplog.records)


async def test_mask_keeps_client_errors_readable(client: httpx.AsyncClient) -> None:
    refusal = await graphql_refusal(client, "{ tenant { name } }")
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"
    assert "Internal" not in refusal["message"]


@pytest.mark.parametrize(
    "raw_id",
    ["Foo:123", "Node:1", "TenantError:1", "Tenant:not-a-uuid", "Membership:", ":"],
)
async def test_ids_of_no_node_find_nothing(client: httpx.AsyncClient, raw_id: str) -> None:
    account = await sign_up(client)
    encoded = base64.b64encode(raw_id.encode()).decode()
    body = await graphql(client, NODE, {"id": encoded}, account=account)
    assert body["data"]["node"] is None


async def test_node_obeys_the_roles_of_the_lists(client: httpx.AsyncClient) -> None:
    # given an invitation and audit events, which only owners and admins may list
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    listed = await graphql(
        client,
        "query { tenant { invitations { edges { node { id } } }"
        " auditEvents { edges { node { id } } } } }",
        account=owner,
    )
    tenant = listed["data"]["tenant"]
    ids = [edge["node"]["id"] for edge in tenant["invitations"]["edges"]]
    ids += [edge["node"]["id"] for edge in tenant["auditEvents"]["edges"]]
    assert ids
    for object_id in ids:
        # then the owner may fetch each by id, and a sales rep may not
        own = await graphql(client, NODE, {"id": object_id}, account=owner)
        assert own["data"]["node"]["id"] == object_id
        refused = await graphql(client, NODE, {"id": object_id}, account=rep)
        assert refused["data"]["node"] is None
