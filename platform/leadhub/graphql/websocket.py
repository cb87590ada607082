"""The graphql-transport-ws protocol at /graphql, as strawberry speaks it, with
these changes: messages are decoded as strictly as request bodies are (one JSON
object, no lone surrogates, no deep nesting), and one that is not a message of the
protocol closes the connection with 4400; messages go as text frames, as the
protocol asks; and only subscriptions run. Queries and mutations are answered
over HTTP: their resolvers use a request's unit of work, which a connection that
lasts for hours does not have.
"""

from collections.abc import AsyncGenerator, Mapping

from starlette.websockets import WebSocketDisconnect, WebSocketState
from strawberry.asgi import ASGIWebSocketAdapter
from strawberry.http.exceptions import (
    NonJsonMessageReceived,
    NonTextMessageReceived,
    WebSocketDisconnected,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    Message,
    SubscribeMessage,
)

from graphql import GraphQLError, OperationDefinitionNode, OperationType
from leadhub.graphql.context import Context
from leadhub.graphql.live import LiveContext
from leadhub.graphql.refusals import Refusal
from leadhub.graphql.request_json import decode_request_json
from leadhub.graphql.schema import parse_document

# Enough for a screen that watches a few imports at once.
MAX_SUBSCRIPTIONS_PER_CONNECTION = 10
SUBSCRIPTIONS_ONLY = (
    "Only subscriptions run over the WebSocket: send queries and mutations over HTTP."
)
# An operation's id is the client's to choose, within reason.
MAX_OPERATION_ID_CHARS = 100


class TextFrames(ASGIWebSocketAdapter):
    """Reads each message as strictly as a request body; sends each as a text frame
    (the view encodes JSON to bytes, which strawberry would send as a binary one)."""

    async def iter_json(
        self, *, ignore_parsing_errors: bool = False
    ) -> AsyncGenerator[object, None]:
        try:
            while self.ws.application_state != WebSocketState.DISCONNECTED:
                text = await self.ws.receive_text()
                try:
                    yield decode_request_json(text)
                except Refusal:
                    if not ignore_parsing_errors:
                        raise NonJsonMessageReceived from None
        except KeyError:  # a binary frame
            raise NonTextMessageReceived from None
        except WebSocketDisconnect:
            return

    async def send_json(self, message: Mapping[str, object]) -> None:
        encoded = self.view.encode_json(message)
        try:
            await self.ws.send_text(encoded.decode() if isinstance(encoded, bytes) else encoded)
        except WebSocketDisconnect as disconnect:
            raise WebSocketDisconnected from disconnect


class SubscriptionsOnly(BaseGraphQLTransportWSHandler[Context | LiveContext, None]):
    """Answers a query or mutation sent to subscribe with an error message for that
    operation; the connection stays open."""

    async def handle_message(self, message: Message) -> None:
        kind: object = message.get("type")
        names_operation = kind in ("subscribe", "complete")
        if not isinstance(kind, str) or (
            names_operation and not isinstance(message.get("id"), str)
        ):
            await self.handle_invalid_message(
                "A message is an object with a 'type', and a string 'id' where it names an"
                " operation."
            )
            return
        await super().handle_message(message)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if not self.connection_acknowledged:
            await super().handle_subscribe(message)  # which closes with 4401
            return
        if not _well_formed(message):
            await self.handle_invalid_message(
                "A subscribe message has a string 'id' and a payload with a 'query'."
            )
            return
        if not _is_subscription(message) and message["id"] not in self.operations:
            error = GraphQLError(SUBSCRIPTIONS_ONLY, extensions={"code": "BAD_REQUEST"})
            await self.send_message(
                {"id": message["id"], "type": "error", "payload": [error.formatted]}
            )
            return
        await super().handle_subscribe(message)


def _well_formed(message: SubscribeMessage) -> bool:
    operation_id: object = message.get("id")
    payload: object = message.get("payload")
    return (
        isinstance(operation_id, str)
        and 0 < len(operation_id) <= MAX_OPERATION_ID_CHARS
        and isinstance(payload, dict)
        and isinstance(payload.get("query"), str)
        and _absent_or(payload.get("variables"), dict)
        and _absent_or(payload.get("operationName"), str)
    )


def _absent_or(value: object, kind: type) -> bool:
    return value is None or isinstance(value, kind)


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
