"""Managing webhook endpoints: made, changed, deleted, given a new signing secret,
sent a test; and a delivery sent again. The signing secret is in the answer that
made it, and nowhere after."""

import uuid
from collections.abc import Callable

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import row_id
from leadhub.graphql.partial import applied, kept
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import ManagesWebhooks
from leadhub.graphql.webhooks.types import WebhookDeliveryNode, WebhookEndpointNode
from leadhub.principal import InTenant
from leadhub.webhooks import endpoints, signing
from leadhub.webhooks.errors import WebhookErrorCode
from leadhub.webhooks.events import EventType
from leadhub.webhooks.models import WebhookDelivery, WebhookEndpoint
from leadhub.work import UnitOfWork

strawberry.enum(WebhookErrorCode, name="WebhookErrorCode")


@strawberry.type(name="WebhookError")
class WebhookUserError(UserError):
    code: WebhookErrorCode


@strawberry.input
class CreateWebhookEndpointInput:
    url: str = strawberry.field(
        description="An https URL with a public address (up to 2,000 characters)."
    )
    event_types: list[EventType] = strawberry.field(description="What it receives: at least one.")
    description: str = strawberry.field(default="", description="Up to 200 characters.")


@strawberry.input(description="Only the fields sent change.")
class UpdateWebhookEndpointInput:
    webhook_endpoint_id: strawberry.ID
    url: strawberry.Maybe[str | None] = kept()
    event_types: strawberry.Maybe[list[EventType] | None] = kept()
    description: strawberry.Maybe[str | None] = kept()
    enabled: strawberry.Maybe[bool | None] = kept(
        "True sends it the events committed from now on (none it missed); false stops"
        " it, and fails what was still due to it."
    )


@strawberry.input
class WebhookEndpointInput:
    webhook_endpoint_id: strawberry.ID


@strawberry.input
class RedeliverWebhookInput:
    webhook_delivery_id: strawberry.ID


@strawberry.type
class WebhookEndpointPayload:
    webhook_endpoint: WebhookEndpointNode | None = None
    signing_secret: str | None = strawberry.field(
        default=None,
        description="Its new signing secret (whsec_...), to verify each message's"
        " webhook-signature: shown this once. Store it now.",
    )
    errors: list[WebhookUserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteWebhookEndpointPayload:
    deleted_webhook_endpoint_id: strawberry.ID | None = None
    errors: list[WebhookUserError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookDeliveryPayload:
    webhook_delivery: WebhookDeliveryNode | None = None
    errors: list[WebhookUserError] = strawberry.field(default_factory=list)


def _endpoint_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "WebhookEndpoint", "webhookEndpointId")


def _with_secret(info: Info) -> Callable[[WebhookEndpoint], WebhookEndpointPayload]:
    server_key = info.context.settings.resolved_secret_key

    def payload(endpoint: WebhookEndpoint) -> WebhookEndpointPayload:
        return WebhookEndpointPayload(
            webhook_endpoint=WebhookEndpointNode.from_model(endpoint),
            signing_secret=signing.secret(server_key, endpoint),
        )

    return payload


def _endpoint(endpoint: WebhookEndpoint) -> WebhookEndpointPayload:
    return WebhookEndpointPayload(webhook_endpoint=WebhookEndpointNode.from_model(endpoint))


def _delivery(delivery: WebhookDelivery) -> WebhookDeliveryPayload:
    return WebhookDeliveryPayload(webhook_delivery=WebhookDeliveryNode.from_model(delivery))


@strawberry.type
class WebhookMutations:
    @strawberry.mutation(
        permission_classes=[ManagesWebhooks],
        description="It receives the events committed from now on, signed with the"
        " secret in the answer.",
    )
    async def create_webhook_endpoint(
        self, info: Info, input: CreateWebhookEndpointInput
    ) -> WebhookEndpointPayload:
        form = endpoints.EndpointForm(
            input.url, [t.value for t in input.event_types], input.description
        )
        allow_private = info.context.settings.webhooks_allow_private
        return await respond_in_tenant(
            info,
            lambda work: endpoints.create_endpoint(work, form, allow_private),
            _with_secret(info),
        )

    @strawberry.mutation(permission_classes=[ManagesWebhooks])
    async def update_webhook_endpoint(
        self, info: Info, input: UpdateWebhookEndpointInput
    ) -> WebhookEndpointPayload:
        allow_private = info.context.settings.webhooks_allow_private

        async def change(work: UnitOfWork[InTenant]) -> WebhookEndpoint:
            endpoint_id = _endpoint_id(input.webhook_endpoint_id)
            return await applied(
                input,
                lambda changes: endpoints.change_endpoint(
                    work, endpoint_id, endpoints.EndpointForm(**changes), allow_private
                ),
            )

        return await respond_in_tenant(info, change, _endpoint)

    @strawberry.mutation(
        permission_classes=[ManagesWebhooks], description="It and its delivery log are gone."
    )
    async def delete_webhook_endpoint(
        self, info: Info, input: WebhookEndpointInput
    ) -> DeleteWebhookEndpointPayload:
        return await respond_in_tenant(
            info,
            lambda work: endpoints.delete_endpoint(work, _endpoint_id(input.webhook_endpoint_id)),
            lambda _: DeleteWebhookEndpointPayload(
                deleted_webhook_endpoint_id=input.webhook_endpoint_id
            ),
        )

    @strawberry.mutation(
        permission_classes=[ManagesWebhooks],
        description="A new signing secret, in the answer; for a day, messages are signed"
        " with the old one too, so the receiver can swap them without losing one.",
    )
    async def rotate_webhook_secret(
        self, info: Info, input: WebhookEndpointInput
    ) -> WebhookEndpointPayload:
        return await respond_in_tenant(
            info,
            lambda work: endpoints.rotate_secret(work, _endpoint_id(input.webhook_endpoint_id)),
            _with_secret(info),
        )

    @strawberry.mutation(
        permission_classes=[ManagesWebhooks],
        description="Send the endpoint a webhook.test message now, once, even while it is"
        " disabled; the delivery says how it was answered.",
    )
    async def test_webhook(self, info: Info, input: WebhookEndpointInput) -> WebhookDeliveryPayload:
        return await respond_in_tenant(
            info,
            lambda work: endpoints.send_test(work, _endpoint_id(input.webhook_endpoint_id)),
            _delivery,
        )

    @strawberry.mutation(
        permission_classes=[ManagesWebhooks],
        description="Send a delivery again now, with the same webhook-id; within its first"
        " day, a failure is retried again.",
    )
    async def redeliver_webhook(
        self, info: Info, input: RedeliverWebhookInput
    ) -> WebhookDeliveryPayload:
        return await respond_in_tenant(
            info,
            lambda work: endpoints.redeliver(
                work, row_id(input.webhook_delivery_id, "WebhookDelivery", "webhookDeliveryId")
            ),
            _delivery,
        )
