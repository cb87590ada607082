"""A tenant's webhooks, made through the API, and the deliveries its commits make."""

from typing import Any

import httpx
from sqlalchemy import select

from leadhub.db import Database
from leadhub.webhooks import dispatch
from leadhub.webhooks.models import WebhookDelivery
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, row_id, system_job

CREATE_ENDPOINT = """
mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    webhookEndpoint { id url eventTypes enabled }
    signingSecret
    errors { field code message }
  }
}
"""


async def create_endpoint_payload(
    client: httpx.AsyncClient, fields: dict[str, Any], **identity: Any
) -> dict[str, Any]:
    body = await graphql(client, CREATE_ENDPOINT, {"input": fields}, **identity)
    payload: dict[str, Any] = body["data"]["createWebhookEndpoint"]
    return payload


async def create_endpoint(
    client: httpx.AsyncClient, account: Account, url: str, event_types: list[str]
) -> tuple[str, str]:
    """An endpoint made by ``account``: its id and signing secret."""
    fields = {"url": url, "eventTypes": event_types}
    payload = await create_endpoint_payload(client, fields, account=account)
    assert payload["errors"] == [], payload
    return payload["webhookEndpoint"]["id"], payload["signingSecret"]


async def dispatched(database: Database, account: Account) -> list[WebhookDelivery]:
    """Run the tenant's dispatches until its log is read; the deliveries they made, in
    the order of the events."""
    tenant_id = row_id(account.tenant_id)
    more = True
    while more:
        async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
            more = (await dispatch.dispatch(work, limit=3)).more
    async with unit_of_work(database, system_job(tenant_id)) as work:
        made = await work.session.scalars(select(WebhookDelivery))
        return sorted(
            made, key=lambda delivery: (delivery.created_at, delivery.payload["timestamp"])
        )
