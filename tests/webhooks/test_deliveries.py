"""Deliveries sent by the in-process worker to a receiver on this machine: signed,
retried after failures, never redirected, and sent again when asked."""

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from standardwebhooks import Webhook

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import Account, graphql, sign_up
from tests.graphql.live import listening
from tests.webhooks.conftest import create_endpoint
from tests.webhooks.receiver import Receiver
from tests.workers import embedded_worker

SETTLE_POLLS = 1000  # of 20 ms
CREATE_LEAD = """
mutation($name: String!) {
  createLead(input: {lead: {name: $name, phone: "412 34 567"}}) { lead { id } errors { code } }
}
"""
LOG = """
query($id: ID!) {
  node(id: $id) {
    ... on WebhookEndpoint {
      deliveries(first: 10) {
        edges {
          node { id messageId eventType status attempts lastStatusCode lastError nextAttemptAt }
        }
      }
    }
  }
}
"""
TEST = """
mutation($id: ID!) {
  testWebhook(input: {webhookEndpointId: $id}) { webhookDelivery { id status } errors { code } }
}
"""
ROTATE = """
mutation($id: ID!) {
  rotateWebhookSecret(input: {webhookEndpointId: $id}) { signingSecret errors { code } }
}
"""
REDELIVER = """
mutation($id: ID!) {
  redeliverWebhook(input: {webhookDeliveryId: $id}) { webhookDelivery { status } errors { code } }
}
"""


@dataclass
class World:
    client: httpx.AsyncClient
    owner: Account
    receiver_url: str

    async def log(self, endpoint_id: str) -> list[dict[str, Any]]:
        body = await graphql(self.client, LOG, {"id": endpoint_id}, account=self.owner)
        return [edge["node"] for edge in body["data"]["node"]["deliveries"]["edges"]]

    async def settled_log(self, endpoint_id: str) -> list[dict[str, Any]]:
        """The delivery log, once nothing in it is due any more."""
        log: list[dict[str, Any]] = []

        async def settled() -> bool:
            log[:] = await self.log(endpoint_id)
            return bool(log) and all(entry["status"] != "PENDING" for entry in log)

        for _ in range(SETTLE_POLLS):
            if await settled():
                return log
            await asyncio.sleep(0.02)
        raise AssertionError(f"deliveries still due: {log}")


@asynccontextmanager
async def _world(
    database: Database, settings: Settings, tmp_path: Path, receiver: Receiver
) -> AsyncIterator[World]:
    """The app, its worker and the receiver, as development runs them: deliveries to
    this machine allowed, and retried within moments."""
    settings = settings.model_copy(
        update={"webhooks_allow_private": True, "webhook_first_retry_seconds": 0.05}
    )
    transport = httpx.ASGITransport(app=create_app(settings, database))
    async with (
        listening(receiver.app()) as receiver_url,
        embedded_worker(settings, database, tmp_path / "outbox") as jobs_done,
        httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client,
    ):
        owner = await sign_up(client, "Fjordkraft Salg AS", default_region="NO")
        yield World(client, owner, receiver_url)
        await jobs_done()


async def test_a_delivery_that_failed_twice_arrives_signed_with_the_same_id(
    committing: Database, settings: Settings, tmp_path: Path
) -> None:
    receiver = Receiver([500, 503, 204])
    async with _world(committing, settings, tmp_path, receiver) as world:
        url = f"{world.receiver_url}/hook"
        endpoint, secret = await create_endpoint(world.client, world.owner, url, ["LEAD_CREATED"])
        body = await graphql(
            world.client, CREATE_LEAD, {"name": "Åse Ødegård"}, account=world.owner
        )
        lead_id = body["data"]["createLead"]["lead"]["id"]
        received = await receiver.until(3)
        [delivery] = await world.settled_log(endpoint)
    assert [message.headers["webhook-id"] for message in received] == [delivery["messageId"]] * 3
    for message in received:
        event = Webhook(secret).verify(message.body, message.headers)
        assert event["type"] == "lead.created"
        assert event["data"]["leadId"] == lead_id
        assert message.headers["content-type"] == "application/json"
    assert json.loads(received[0].body) == json.loads(received[2].body)
    assert delivery | {"id": None} == {
        "id": None,
        "messageId": delivery["messageId"],
        "eventType": "lead.created",
        "status": "DELIVERED",
        "attempts": 3,
        "lastStatusCode": 204,
        "lastError": None,
        "nextAttemptAt": None,
    }


async def test_a_redirect_is_a_failure_never_followed(
    committing: Database, settings: Settings, tmp_path: Path
) -> None:
    receiver = Receiver([302])
    async with _world(committing, settings, tmp_path, receiver) as world:
        url = f"{world.receiver_url}/hook"
        endpoint, _ = await create_endpoint(world.client, world.owner, url, ["LEAD_CREATED"])
        await graphql(world.client, TEST, {"id": endpoint}, account=world.owner)
        [delivery] = await world.settled_log(endpoint)
    assert len(receiver.received) == 1 and receiver.elsewhere == 0
    assert (delivery["eventType"], delivery["status"]) == ("webhook.test", "FAILED")
    assert delivery["lastStatusCode"] == 302
    assert delivery["lastError"] == "Answered 302: only 2xx is a delivery."


async def test_a_ping_arrives_and_is_sent_again_signed_by_both_secrets_after_a_rotation(
    committing: Database, settings: Settings, tmp_path: Path
) -> None:
    receiver = Receiver([200])
    async with _world(committing, settings, tmp_path, receiver) as world:
        url = f"{world.receiver_url}/hook"
        endpoint, secret = await create_endpoint(world.client, world.owner, url, ["LEAD_DELETED"])
        await graphql(world.client, TEST, {"id": endpoint}, account=world.owner)
        [first] = await receiver.until(1)
        [delivery] = await world.settled_log(endpoint)
        rotated = await graphql(world.client, ROTATE, {"id": endpoint}, account=world.owner)
        new_secret = rotated["data"]["rotateWebhookSecret"]["signingSecret"]
        again = await graphql(world.client, REDELIVER, {"id": delivery["id"]}, account=world.owner)
        assert again["data"]["redeliverWebhook"]["errors"] == []
        _, second = await receiver.until(2)
        [delivered] = await world.settled_log(endpoint)
    ping = Webhook(secret).verify(first.body, first.headers)
    assert ping["type"] == "webhook.test"
    assert ping["data"] == {"endpointId": endpoint}
    assert second.headers["webhook-id"] == first.headers["webhook-id"]
    for either in (secret, new_secret):  # the receiver may swap secrets at leisure
        assert Webhook(either).verify(second.body, second.headers) == ping
    assert (delivered["status"], delivered["attempts"]) == ("DELIVERED", 2)
