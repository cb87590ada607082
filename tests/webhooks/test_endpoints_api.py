"""Managing endpoints through the API: what is refused and why, who sees which, and
their secrets."""

from typing import Any

import httpx

from leadhub.webhooks.endpoints import MAX_ENDPOINTS
from tests.builders import Account, graphql, join, sign_up
from tests.oauth.conftest import register, revoke
from tests.oauth.partner import access_token
from tests.webhooks.conftest import create_endpoint, create_endpoint_payload

ENDPOINTS = "{ tenant { webhookEndpoints(first: 50) { edges { node { id url } } } } }"
UPDATE = """
mutation($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    webhookEndpoint { url eventTypes description enabled disabledReason }
    errors { field code message }
  }
}
"""
ROTATE = """
mutation($id: ID!) {
  rotateWebhookSecret(input: {webhookEndpointId: $id}) { signingSecret errors { code } }
}
"""
DELETE = """
mutation($id: ID!) {
  deleteWebhookEndpoint(input: {webhookEndpointId: $id}) {
    deletedWebhookEndpointId errors { field code }
  }
}
"""
NODE = "query($id: ID!) { node(id: $id) { id } }"


async def _urls(client: httpx.AsyncClient, **identity: Any) -> list[str]:
    body = await graphql(client, ENDPOINTS, **identity)
    return [edge["node"]["url"] for edge in body["data"]["tenant"]["webhookEndpoints"]["edges"]]


def _faults(payload: dict[str, Any]) -> list[tuple[str, str]]:
    return [(error["field"], error["code"]) for error in payload["errors"]]


async def test_an_endpoint_asked_wrongly_names_every_fault_and_is_not_made(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    wrong = {"url": "http://169.254.169.254/latest", "eventTypes": [], "description": "x" * 201}
    payload = await create_endpoint_payload(client, wrong, account=owner)
    assert _faults(payload) == [
        ("url", "INVALID"),
        ("eventTypes", "INVALID"),
        ("description", "INVALID"),
    ]
    assert "https" in payload["errors"][0]["message"]
    metadata = {"url": "https://169.254.169.254/latest", "eventTypes": ["LEAD_CREATED"]}
    payload = await create_endpoint_payload(client, metadata, account=owner)
    assert payload["errors"][0]["message"] == (
        "169.254.169.254 is a link-local address: give a public address."
    )
    assert await _urls(client, account=owner) == []


async def test_a_tenant_has_a_bounded_number_of_endpoints(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Havbris AS")
    for number in range(MAX_ENDPOINTS):
        await create_endpoint(client, owner, f"https://hooks.example/{number}", ["LEAD_CREATED"])
    one_more = {"url": "https://hooks.example/more", "eventTypes": ["LEAD_CREATED"]}
    payload = await create_endpoint_payload(client, one_more, account=owner)
    assert _faults(payload) == [("url", "TOO_MANY")]


async def test_only_owners_and_admins_manage_endpoints(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Nordlys Marked AS")
    rep = await join(client, owner, "SALES_REP", name="Ola")
    admin = await join(client, owner, "ADMIN", name="Åse")
    hook = {"url": "https://hooks.example/", "eventTypes": ["LEAD_CREATED"]}
    refused = await client.post(
        "/graphql",
        json={
            "query": "mutation($input: CreateWebhookEndpointInput!) {"
            " createWebhookEndpoint(input: $input) { errors { code } } }",
            "variables": {"input": hook},
        },
        headers={"authorization": f"Bearer {rep.token}", "x-tenant-id": rep.tenant_id},
    )
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await create_endpoint_payload(client, hook, account=admin))["errors"] == []


async def test_a_change_keeps_what_it_does_not_send_and_disabling_says_so(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    endpoint, _ = await create_endpoint(
        client, owner, "https://hooks.example/", ["LEAD_CREATED", "LEAD_DELETED"]
    )
    changes = {"webhookEndpointId": endpoint, "description": "Kampanjeverktøy", "enabled": False}
    body = await graphql(client, UPDATE, {"input": changes}, account=owner)
    assert body["data"]["updateWebhookEndpoint"] == {
        "webhookEndpoint": {
            "url": "https://hooks.example/",
            "eventTypes": ["LEAD_CREATED", "LEAD_DELETED"],
            "description": "Kampanjeverktøy",
            "enabled": False,
            "disabledReason": "Disabled by hand.",
        },
        "errors": [],
    }
    cleared = {"webhookEndpointId": endpoint, "url": None}
    body = await graphql(client, UPDATE, {"input": cleared}, account=owner)
    assert _faults(body["data"]["updateWebhookEndpoint"]) == [("url", "INVALID")]


async def test_a_rotated_secret_is_shown_once_and_new(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    endpoint, old = await create_endpoint(client, owner, "https://hooks.example/", ["LEAD_CREATED"])
    body = await graphql(client, ROTATE, {"id": endpoint}, account=owner)
    new = body["data"]["rotateWebhookSecret"]["signingSecret"]
    assert new.startswith("whsec_") and new != old


async def test_a_deleted_endpoint_is_gone_with_its_log(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    endpoint, _ = await create_endpoint(client, owner, "https://hooks.example/", ["LEAD_CREATED"])
    body = await graphql(client, DELETE, {"id": endpoint}, account=owner)
    assert body["data"]["deleteWebhookEndpoint"]["deletedWebhookEndpointId"] == endpoint
    assert (await graphql(client, NODE, {"id": endpoint}, account=owner))["data"]["node"] is None
    again = await graphql(client, DELETE, {"id": endpoint}, account=owner)
    assert _faults(again["data"]["deleteWebhookEndpoint"]) == [("webhookEndpointId", "NOT_FOUND")]


async def _partner_token(client: httpx.AsyncClient, owner: Account, scope: str) -> str:
    return await access_token(client, await register(client, owner), scope)


TEST = """
mutation($id: ID!) {
  testWebhook(input: {webhookEndpointId: $id}) { webhookDelivery { id } errors { code } }
}
"""
REDELIVER = """
mutation($id: ID!) {
  redeliverWebhook(input: {webhookDeliveryId: $id}) { errors { field code } }
}
"""
ENABLED = "query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason } } }"


async def test_an_endpoint_and_its_log_are_no_one_elses(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    endpoint, _ = await create_endpoint(client, owner, "https://hooks.example/", ["LEAD_CREATED"])
    sent = await graphql(client, TEST, {"id": endpoint}, account=owner)
    delivery = sent["data"]["testWebhook"]["webhookDelivery"]["id"]
    stranger = await sign_up(client, "Havbris AS")
    app = await _partner_token(client, owner, "webhooks:manage leads:read")
    for identity in ({"account": stranger}, {"token": app}):
        for node in (endpoint, delivery):
            assert (await graphql(client, NODE, {"id": node}, **identity))["data"]["node"] is None
        again = await graphql(client, REDELIVER, {"id": delivery}, **identity)
        faults = _faults(again["data"]["redeliverWebhook"])
        assert faults == [("webhookDeliveryId", "NOT_FOUND")]
    nobody = await client.post("/graphql", json={"query": NODE, "variables": {"id": endpoint}})
    assert nobody.json()["data"]["node"] is None


async def test_only_an_app_changes_what_its_endpoint_receives_and_revoking_it_stops_them(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS")
    registered = await register(client, owner)
    token = await access_token(client, registered, "webhooks:manage leads:read")
    hook = {"url": "https://partner.example/hook", "eventTypes": ["LEAD_CREATED"]}
    endpoint = (await create_endpoint_payload(client, hook, token=token))["webhookEndpoint"]["id"]
    widened = {"webhookEndpointId": endpoint, "eventTypes": ["GOAL_REACHED"]}
    body = await graphql(client, UPDATE, {"input": widened}, account=owner)
    assert _faults(body["data"]["updateWebhookEndpoint"]) == [("eventTypes", "INVALID")]
    described = {"webhookEndpointId": endpoint, "description": "Partnerens"}
    body = await graphql(client, UPDATE, {"input": described}, account=owner)
    assert body["data"]["updateWebhookEndpoint"]["errors"] == []
    await revoke(client, owner, registered)
    seen = await graphql(client, ENABLED, {"id": endpoint}, account=owner)
    assert seen["data"]["node"] == {"enabled": False, "disabledReason": "Its app was revoked."}
    again = {"webhookEndpointId": endpoint, "enabled": True}
    body = await graphql(client, UPDATE, {"input": again}, account=owner)
    assert _faults(body["data"]["updateWebhookEndpoint"]) == [("enabled", "INVALID")]


async def test_a_partners_app_manages_its_own_endpoints_for_what_it_may_read(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjordkraft Salg AS", "åse.ødegård@fjordkraft.example")
    hook = {"url": "https://partner.example/hook", "eventTypes": ["LEAD_CREATED"]}
    blind = await _partner_token(client, owner, "webhooks:manage")
    payload = await create_endpoint_payload(client, hook, token=blind)
    assert _faults(payload) == [("eventTypes", "INVALID")]
    assert "leads:read" in payload["errors"][0]["message"]
    reader = await _partner_token(client, owner, "webhooks:manage leads:read")
    made = await create_endpoint_payload(client, hook, token=reader)
    assert made["errors"] == []
    endpoint = made["webhookEndpoint"]["id"]
    other = await _partner_token(client, owner, "webhooks:manage leads:read")
    assert await _urls(client, token=other) == []
    assert (await graphql(client, NODE, {"id": endpoint}, token=other))["data"]["node"] is None
    taken = await graphql(client, DELETE, {"id": endpoint}, token=other)
    assert _faults(taken["data"]["deleteWebhookEndpoint"]) == [("webhookEndpointId", "NOT_FOUND")]
    assert await _urls(client, token=reader) == ["https://partner.example/hook"]
    assert await _urls(client, account=owner) == ["https://partner.example/hook"]
