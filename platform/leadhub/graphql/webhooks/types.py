"""Webhook endpoints and their delivery logs, as owners, admins and partners' apps
(``webhooks:manage``) read them; a partner's app sees only the endpoints it made."""

import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from leadhub.graphql.context import Info
from leadhub.graphql.node import resolve_nodes
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import ManagesWebhooks
from leadhub.graphql.users import UserNode
from leadhub.webhooks import endpoints, signing
from leadhub.webhooks.events import EventType
from leadhub.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint

strawberry.enum(EventType, name="WebhookEventType")
strawberry.enum(DeliveryStatus, name="WebhookDeliveryStatus")


@strawberry.type(name="WebhookDelivery", description="One event sent to one endpoint.")
class WebhookDeliveryNode(relay.Node):
    id: relay.NodeID[str]
    message_id: str = strawberry.field(
        description="Its webhook-id header: the same on every attempt, for the receiver"
        " to ignore a message it has had."
    )
    event_type: str = strawberry.field(
        description="A WebhookEventType's value (lead.created), or webhook.test for a test."
    )
    payload: JSON = strawberry.field(description="The message's body, as sent.")
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = strawberry.field(
        description="When it is tried again, while it is PENDING."
    )
    last_attempt_at: datetime | None
    last_status_code: int | None = strawberry.field(
        description="The HTTP status its last attempt was answered with; null if none came."
    )
    last_error: str | None = strawberry.field(description="Why its last attempt failed.")
    delivered_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, delivery: WebhookDelivery) -> "WebhookDeliveryNode":
        return cls(
            id=str(delivery.id),
            message_id=signing.message_id(delivery.id),
            event_type=delivery.event_type,
            payload=JSON(delivery.payload),
            status=delivery.status,
            attempts=delivery.attempts,
            next_attempt_at=delivery.next_attempt_at,
            last_attempt_at=delivery.last_attempt_at,
            last_status_code=delivery.last_status_code,
            last_error=delivery.last_error,
            delivered_at=delivery.delivered_at,
            created_at=delivery.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["WebhookDeliveryNode | None"]:
        # The principal is read once the permission let the viewer in.
        return await resolve_nodes(
            info,
            node_ids,
            lambda ids: endpoints.deliveries(info.context.tenant_work.principal).where(
                WebhookDelivery.id.in_(ids)
            ),
            cls.from_model,
            ManagesWebhooks,
        )


@strawberry.type(
    name="WebhookEndpoint", description="An address the tenant's events are sent to, signed."
)
class WebhookEndpointNode(relay.Node):
    id: relay.NodeID[str]
    url: str
    description: str
    event_types: list[EventType]
    enabled: bool
    disabled_at: datetime | None
    disabled_reason: str | None = strawberry.field(
        description="Why it was disabled: by hand, or a day of failed deliveries."
    )
    created_at: datetime
    secret_rotated_at: datetime | None
    created_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, endpoint: WebhookEndpoint) -> "WebhookEndpointNode":
        return cls(
            id=str(endpoint.id),
            url=endpoint.url,
            description=endpoint.description,
            event_types=[EventType(name) for name in endpoint.event_types],
            enabled=endpoint.enabled,
            disabled_at=endpoint.disabled_at,
            disabled_reason=endpoint.disabled_reason,
            created_at=endpoint.created_at,
            secret_rotated_at=endpoint.secret_rotated_at,
            created_by_id=endpoint.created_by_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["WebhookEndpointNode | None"]:
        # The principal is read once the permission let the viewer in.
        return await resolve_nodes(
            info,
            node_ids,
            lambda ids: endpoints.endpoints(info.context.tenant_work.principal).where(
                WebhookEndpoint.id.in_(ids)
            ),
            cls.from_model,
            ManagesWebhooks,
        )

    @strawberry.field(description="Who made it; null if a partner's app did, or they left.")
    async def created_by(self, info: Info) -> UserNode | None:
        user_id = self.created_by_id
        user = await info.context.loaders.user.load(user_id) if user_id else None
        return UserNode.from_model(user) if user else None

    @strawberry.field(description="Its delivery log, newest first.")
    async def deliveries(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[WebhookDeliveryNode]:
        endpoint_id = uuid.UUID(self.id)
        return await paginate(
            info.context.session,
            endpoints.deliveries(info.context.tenant_work.principal).where(
                WebhookDelivery.endpoint_id == endpoint_id
            ),
            key=[WebhookDelivery.id],
            first=first,
            after=after,
            to_node=WebhookDeliveryNode.from_model,
            newest_first=True,
        )


@strawberry.type
class TenantWebhookEndpoints:
    """The Tenant node's list of webhook endpoints (the Tenant node inherits it)."""

    @strawberry.field(
        permission_classes=[ManagesWebhooks],
        description="Oldest first; a partner's app sees the ones it made.",
    )
    async def webhook_endpoints(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[WebhookEndpointNode]:
        return await paginate(
            info.context.session,
            endpoints.endpoints(info.context.tenant_work.principal),
            key=[WebhookEndpoint.id],
            first=first,
            after=after,
            to_node=WebhookEndpointNode.from_model,
        )
