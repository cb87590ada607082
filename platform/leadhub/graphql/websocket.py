"""The graphql-transport-ws protocol at /graphql, as strawberry speaks it, with two
changes: messages go as text frames, as the protocol asks, and only subscriptions
run. Queries and mutations are answered over HTTP: their resolvers use a request's
unit of work, which a connection that lasts for hours does not have.
"""

from collections.abc import Mapping

from starlette.websockets import WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage

from graphql import GraphQLError, OperationDefinitionNode, OperationType
from leadhub.graphql.context import Context
from leadhub.graphql.live import LiveContext
from leadhub.graphql.schema import parse_document

# Enough for a screen that watches a few imports at once.
MAX_SUBSCRIPTIONS_PER_CONNECTION = 10
SUBSCRIPTIONS_ONLY = (
    "Only subscriptions run over the WebSocket: send queries and mutations over HTTP."
)


class TextFrames(ASGIWebSocketAdapter):
    """Sends each message as a text frame: the view encodes JSON to bytes, which
    strawberry would send as a binary frame."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        encoded = self.view.encode_json(message)
        try:
            await self.ws.send_text(encoded.decode() if isinstance(encoded, bytes) else encoded)
        except WebSocketDisconnect as disconnect:
            raise WebSocketDisconnected from disconnect


class SubscriptionsOnly(BaseGraphQLTransportWSHandler[Context | LiveContext, None]):
    """Answers a query or mutation sent to subscribe with an error message for that
    operation; the connection stays open."""

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if not _well_formed(message):
            await self.handle_invalid_message("A subscribe message's payload needs a query.")
            return
        if self.connection_acknowledged and not _is_subscription(message):
            error = GraphQLError(SUBSCRIPTIONS_ONLY, extensions={"code": "BAD_REQUEST"})
            await self.send_message(
                {"id": message["id"], "type": "error", "payload": [error.formatted]}
            )
            return
        await super().handle_subscribe(message)


def _well_formed(message: SubscribeMessage) -> bool:
    payload: object = message.get("payload")
    return (
        isinstance(payload, dict)
        and isinstance(payload.get("query"), str)
        and isinstance(payload.get("variables") or {}, dict)
        and isinstance(payload.get("operationName") or "", str)
    )


def _is_subscription(message: SubscribeMessage) -> bool:
    """Whether the operation to run is a subscription. A document that does not
    parse, or names no operation it has, goes on: strawberry says what is wrong."""
    payload = message["payload"]
    try:
        document = parse_document(payload["query"])
    except GraphQLError:
        return True
    name = payload.get("operationName")
    return all(
        node.operation is OperationType.SUBSCRIPTION
        for node in document.definitions
        if isinstance(node, OperationDefinitionNode)
        and (name is None or (node.name is not None and node.name.value == name))
    )
