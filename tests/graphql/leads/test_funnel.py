"""Managing the funnel's stages: add, rename, reorder, remove; roles, tenants, bad input."""

from typing import Any

import httpx
import pytest

from leadhub.db import Database
from leadhub.leads.funnel import DEFAULT_FUNNEL
from tests.builders import Account, graphql, graphql_refusal, join, make_lead, sign_up

STAGES = (
    "query { tenant { funnelStages { edges { node { id name position kind winProbability } } } } }"
)
CREATE = """
mutation($input: CreateFunnelStageInput!) {
  createFunnelStage(input: $input) {
    stage { id name position kind routesLeads } errors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateFunnelStageInput!) {
  updateFunnelStage(input: $input) { stage { name kind winProbability } errors { field code } }
}
"""
REORDER = """
mutation($input: ReorderFunnelStagesInput!) {
  reorderFunnelStages(input: $input) { stages { name position } errors { field code } }
}
"""
DELETE = """
mutation($input: DeleteFunnelStageInput!) {
  deleteFunnelStage(input: $input) { deletedStageId errors { field code } }
}
"""
DEFAULT_NAMES = [name for name, *_ in DEFAULT_FUNNEL]
NEW = {"name": "New", "winProbability": 0.1}


def changes(stage_id: str, **fields: Any) -> dict[str, Any]:
    """An UpdateFunnelStageInput: an open stage named X at 10 %, unless told otherwise."""
    return {"stageId": stage_id, "name": "X", "kind": "OPEN", "winProbability": 0.1, **fields}


async def stages(client: httpx.AsyncClient, account: Account) -> list[dict[str, Any]]:
    body = await graphql(client, STAGES, account=account)
    return [edge["node"] for edge in body["data"]["tenant"]["funnelStages"]["edges"]]


async def test_a_stage_is_added_at_its_position(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    body = await graphql(
        client,
        CREATE,
        {"input": {"name": "Demo booked", "winProbability": 0.4, "position": 4}},
        account=owner,
    )
    assert body["data"]["createFunnelStage"]["errors"] == []
    names = [stage["name"] for stage in await stages(client, owner)]
    assert names == [*DEFAULT_NAMES[:3], "Demo booked", *DEFAULT_NAMES[3:]]
    assert [stage["position"] for stage in await stages(client, owner)] == list(
        range(1, len(DEFAULT_NAMES) + 2)
    )
    assert body["data"]["createFunnelStage"]["stage"]["routesLeads"] is False


async def test_a_stage_may_route_leads_from_the_start(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    body = await graphql(
        client,
        CREATE,
        {"input": {"name": "Demo booked", "winProbability": 0.4, "routesLeads": True}},
        account=owner,
    )
    created = body["data"]["createFunnelStage"]
    assert created["errors"] == []
    assert created["stage"]["routesLeads"] is True


async def test_a_stage_is_renamed_and_retuned_one_field_at_a_time(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    first = (await stages(client, owner))[0]
    renamed = await graphql(
        client, UPDATE, {"input": {"stageId": first["id"], "name": "Besøkende"}}, account=owner
    )
    assert renamed["data"]["updateFunnelStage"] == {
        "stage": {"name": "Besøkende", "kind": "OPEN", "winProbability": first["winProbability"]},
        "errors": [],
    }
    retuned = await graphql(
        client, UPDATE, {"input": {"stageId": first["id"], "winProbability": 0}}, account=owner
    )
    assert retuned["data"]["updateFunnelStage"] == {
        "stage": {"name": "Besøkende", "kind": "OPEN", "winProbability": 0.0},
        "errors": [],
    }


async def test_the_funnel_is_reordered(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    current = await stages(client, owner)
    reversed_ids = [stage["id"] for stage in reversed(current)]
    body = await graphql(client, REORDER, {"input": {"stageIds": reversed_ids}}, account=owner)
    assert body["data"]["reorderFunnelStages"]["errors"] == []
    assert [stage["name"] for stage in await stages(client, owner)] == DEFAULT_NAMES[::-1]


async def test_an_empty_stage_is_deleted_and_the_rest_close_up(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    second = (await stages(client, owner))[1]
    body = await graphql(client, DELETE, {"input": {"stageId": second["id"]}}, account=owner)
    assert body["data"]["deleteFunnelStage"] == {"deletedStageId": second["id"], "errors": []}
    after = await stages(client, owner)
    assert [stage["name"] for stage in after] == [DEFAULT_NAMES[0], *DEFAULT_NAMES[2:]]
    assert [stage["position"] for stage in after] == list(range(1, len(DEFAULT_NAMES)))


async def test_a_stage_holding_leads_stays(client: httpx.AsyncClient, database: Database) -> None:
    owner = await sign_up(client)
    first = (await stages(client, owner))[0]
    await make_lead(database, owner, stage_id=first["id"])
    body = await graphql(client, DELETE, {"input": {"stageId": first["id"]}}, account=owner)
    assert body["data"]["deleteFunnelStage"]["errors"] == [
        {"field": "stageId", "code": "STAGE_HAS_LEADS"}
    ]
    assert [stage["name"] for stage in await stages(client, owner)] == DEFAULT_NAMES


async def test_the_last_open_stage_stays(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    current = await stages(client, owner)
    open_stages = [stage for stage in current if stage["kind"] == "OPEN"]
    for stage in open_stages[:-1]:
        body = await graphql(client, DELETE, {"input": {"stageId": stage["id"]}}, account=owner)
        assert body["data"]["deleteFunnelStage"]["errors"] == []
    last = open_stages[-1]
    deleted = await graphql(client, DELETE, {"input": {"stageId": last["id"]}}, account=owner)
    closed = await graphql(
        client,
        UPDATE,
        {"input": {"stageId": last["id"], "kind": "WON"}},
        account=owner,
    )
    assert deleted["data"]["deleteFunnelStage"]["errors"][0]["code"] == "LAST_OPEN_STAGE"
    assert closed["data"]["updateFunnelStage"]["errors"][0]["code"] == "LAST_OPEN_STAGE"


@pytest.mark.parametrize(
    ("mutation", "input_of", "field", "code"),
    [
        (CREATE, lambda ids: {"name": " ", "winProbability": 0.1}, "name", "INVALID"),
        (CREATE, lambda ids: {"name": "x" * 101, "winProbability": 0.1}, "name", "INVALID"),
        (CREATE, lambda ids: {"name": "Lost", "winProbability": 0.1}, "name", "NAME_TAKEN"),
        (CREATE, lambda ids: {"name": "New", "winProbability": 1.5}, "winProbability", "INVALID"),
        (
            CREATE,
            lambda ids: {"name": "New", "winProbability": 0.1, "position": 0},
            "position",
            "INVALID",
        ),
        (
            CREATE,
            lambda ids: {"name": "New", "winProbability": 0.1, "position": 99},
            "position",
            "INVALID",
        ),
        (
            UPDATE,
            lambda ids: changes(ids[0], name="Lost"),
            "name",
            "NAME_TAKEN",
        ),
        (
            UPDATE,
            lambda ids: changes("garbage"),
            "stageId",
            "NOT_FOUND",
        ),
        (REORDER, lambda ids: {"stageIds": ids[:-1]}, "stageIds", "ORDER_MISMATCH"),
        (REORDER, lambda ids: {"stageIds": [*ids[:-1], ids[0]]}, "stageIds", "ORDER_MISMATCH"),
        (REORDER, lambda ids: {"stageIds": [*ids, ids[0]]}, "stageIds", "ORDER_MISMATCH"),
        (DELETE, lambda ids: {"stageId": "garbage"}, "stageId", "NOT_FOUND"),
    ],
)
async def test_bad_input_is_refused_and_changes_nothing(
    client: httpx.AsyncClient, mutation: str, input_of: Any, field: str, code: str
) -> None:
    owner = await sign_up(client)
    before = await stages(client, owner)
    body = await graphql(
        client, mutation, {"input": input_of([stage["id"] for stage in before])}, account=owner
    )
    payload = next(iter(body["data"].values()))
    assert payload["errors"] == [{"field": field, "code": code}]
    assert await stages(client, owner) == before


async def test_another_tenants_stages_are_out_of_reach(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    theirs = (await stages(client, first))[1]
    deleted = await graphql(client, DELETE, {"input": {"stageId": theirs["id"]}}, account=second)
    renamed = await graphql(
        client,
        UPDATE,
        {"input": changes(theirs["id"], name="Taken")},
        account=second,
    )
    assert deleted["data"]["deleteFunnelStage"]["errors"][0]["code"] == "NOT_FOUND"
    assert renamed["data"]["updateFunnelStage"]["errors"][0]["code"] == "NOT_FOUND"
    assert [stage["name"] for stage in await stages(client, first)] == DEFAULT_NAMES


@pytest.mark.parametrize("role", ["MARKETING", "SALES_REP"])
async def test_only_owners_admins_and_sales_managers_change_the_funnel(
    client: httpx.AsyncClient, role: str
) -> None:
    owner = await sign_up(client)
    member = await join(client, owner, role)
    refusal = await graphql_refusal(
        client, CREATE, {"input": {"name": "Mine", "winProbability": 0.1}}, account=member
    )
    assert refusal["extensions"]["code"] == "FORBIDDEN"
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    body = await graphql(
        client, CREATE, {"input": {"name": "Managed", "winProbability": 0.1}}, account=manager
    )
    assert body["data"]["createFunnelStage"]["errors"] == []
