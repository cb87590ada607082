"""Each endpoint's signing secret, and the headers that sign a message with it, as the
Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature).

A secret is derived from the server's key, its endpoint and the endpoint's secret
version, so none is stored: it is shown when it is made and can be made again
only by the server. A rotation bumps the version; for a day after, each message is
signed with the old secret too, which the specification's receivers accept, so a
partner can swap secrets without losing a message.
"""

import base64
import hashlib
import hmac
import uuid
from datetime import datetime, timedelta

from standardwebhooks import Webhook

from leadhub.webhooks.models import WebhookEndpoint

ROTATION_GRACE = timedelta(days=1)
USER_AGENT = "Leadhub-Webhooks/1.0"


def secret(server_key: str, endpoint: WebhookEndpoint, version: int | None = None) -> str:
    """The endpoint's signing secret of ``version`` (its current one by default)."""
    version = endpoint.secret_version if version is None else version
    made_of = f"webhook-signing:{endpoint.tenant_id}:{endpoint.id}:{version}"
    digest = hmac.new(server_key.encode(), made_of.encode(), hashlib.sha256).digest()
    return "whsec_" + base64.b64encode(digest).decode()


def message_id(delivery_id: uuid.UUID) -> str:
    """The delivery's webhook-id: the same on every attempt, for receivers to dedupe."""
    return f"msg_{delivery_id.hex}"


def headers(
    server_key: str, endpoint: WebhookEndpoint, msg_id: str, body: str, now: datetime
) -> dict[str, str]:
    versions = [endpoint.secret_version]
    rotated_at = endpoint.secret_rotated_at
    if rotated_at is not None and now - rotated_at < ROTATION_GRACE:
        versions.append(endpoint.secret_version - 1)
    signatures = [
        Webhook(secret(server_key, endpoint, version)).sign(msg_id, now, body)
        for version in versions
    ]
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": " ".join(signatures),
    }
