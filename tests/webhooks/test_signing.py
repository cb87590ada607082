"""Messages signed as Standard Webhooks says, verified by its reference package."""

import uuid
from datetime import timedelta

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from leadhub.db import utcnow
from leadhub.webhooks import signing
from leadhub.webhooks.models import WebhookEndpoint

SERVER_KEY = "a-server-key-of-at-least-thirty-two-characters"
BODY = '{"type":"lead.created","timestamp":"2026-11-30T18:00:00.000Z","data":{"leadId":"x"}}'


def _endpoint(**fields: object) -> WebhookEndpoint:
    return WebhookEndpoint(tenant_id=uuid.uuid4(), id=uuid.uuid4(), secret_version=1, **fields)


def test_a_message_verifies_with_the_endpoints_secret_and_no_other() -> None:
    endpoint, other = _endpoint(), _endpoint()
    now = utcnow()
    headers = signing.headers(SERVER_KEY, endpoint, "msg_1", BODY, now)
    assert headers["webhook-id"] == "msg_1"
    assert headers["webhook-timestamp"] == str(int(now.timestamp()))
    assert Webhook(signing.secret(SERVER_KEY, endpoint)).verify(BODY, headers) == {
        "type": "lead.created",
        "timestamp": "2026-11-30T18:00:00.000Z",
        "data": {"leadId": "x"},
    }
    with pytest.raises(WebhookVerificationError):
        Webhook(signing.secret(SERVER_KEY, other)).verify(BODY, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(signing.secret(SERVER_KEY, endpoint)).verify(BODY.replace("x", "y"), headers)


def test_a_secret_is_made_again_from_the_server_key_alone() -> None:
    endpoint = _endpoint()
    made = signing.secret(SERVER_KEY, endpoint)
    assert made.startswith("whsec_") and made == signing.secret(SERVER_KEY, endpoint)
    assert made != signing.secret(SERVER_KEY + "!", endpoint)


def test_after_a_rotation_the_old_secret_verifies_for_a_day() -> None:
    now = utcnow()
    endpoint = _endpoint()
    old = signing.secret(SERVER_KEY, endpoint)
    endpoint.secret_version, endpoint.secret_rotated_at = 2, now - timedelta(hours=23)
    new = signing.secret(SERVER_KEY, endpoint)
    headers = signing.headers(SERVER_KEY, endpoint, "msg_2", BODY, now)
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (old, new):
        Webhook(secret).verify(BODY, headers)
    endpoint.secret_rotated_at = now - timedelta(hours=25)
    headers = signing.headers(SERVER_KEY, endpoint, "msg_3", BODY, now)
    Webhook(new).verify(BODY, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(old).verify(BODY, headers)
