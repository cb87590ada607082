"""The /graphql endpoint, following the GraphQL-over-HTTP specification.

Beyond strawberry's view: content negotiation between
``application/graphql-response+json`` (request errors get 4xx and no ``data``)
and legacy ``application/json`` (always 200); 405 for a mutation over GET; 415 for
a body that is neither JSON nor a file upload (the GraphQL multipart request
specification, read within an upload's few parts); request JSON decoded strictly
(``request_json``); every refusal answered as a GraphQL error (``refusals``);
GraphiQL whose files the app serves (``graphiql``); and a typed context per
request whose sessions close when the response is ready.

A WebSocket at the same path carries subscriptions (``websocket``), by the
graphql-transport-ws protocol alone.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.schema.base import BaseSchema
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET, UnsetType

from graphql import GraphQLError, OperationDefinitionNode
from leadhub.graphql.authentication import identify
from leadhub.graphql.context import Context
from leadhub.graphql.graphiql.page import GRAPHIQL_HEADERS, graphiql_page
from leadhub.graphql.live import LiveContext
from leadhub.graphql.logins import Logins
from leadhub.graphql.refusals import Refusal, RefusalCode, refusal_response
from leadhub.graphql.request_json import decode_request_json
from leadhub.graphql.response_json import encode_response_json
from leadhub.graphql.schema import parse_document
from leadhub.graphql.websocket import (
    MAX_SUBSCRIPTIONS_PER_CONNECTION,
    SubscriptionsOnly,
    TextFrames,
)
from leadhub.logs import bind_tenant, bind_user
from leadhub.oauth.budgets import Budgets
from leadhub.principal import PartnerClient
from leadhub.runtime import runtime
from leadhub.work import unit_of_work

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"
MULTIPART = "multipart/form-data"
# An upload (the GraphQL multipart request specification) carries one file, and the
# operations and map fields beside it.
UPLOAD_FILES = 1
UPLOAD_FIELDS = 2
# How long a new WebSocket may take to send connection_init.
CONNECTION_INIT_TIMEOUT = timedelta(seconds=10)


def negotiate_media_type(accept: str) -> str | None:
    """The response type for an Accept header, by q-value; None if none is acceptable."""
    if not accept.strip():
        return JSON  # clients that predate the specification send no Accept
    ranked: list[tuple[float, bool, int, str]] = []
    for position, entry in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in entry.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            media = media.lower()
            # At equal quality a type the client named outranks a wildcard.
            ranked.append((-quality, media.endswith("/*"), position, media))
    for *_, media in sorted(ranked):
        if media == GRAPHQL_RESPONSE_JSON:
            return GRAPHQL_RESPONSE_JSON
        # A client that names no GraphQL type may predate the specification, which
        # asks that it get application/json, as a missing Accept does.
        if media in (JSON, "application/*", "*/*"):
            return JSON
    return None


def is_request_error(result: ExecutionResult) -> bool:
    """Parse and validation errors: the operation never ran, so there is no data."""
    return (
        result.data is None
        and bool(result.errors)
        and all(error.path is None for error in result.errors or ())
    )


def _media_type(request: Request) -> str:
    return negotiate_media_type(request.headers.get("accept", "")) or JSON


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").partition(";")[0].strip().lower()


async def _read_upload(request: Request) -> None:
    """Read a multipart body, its file spooled to disk, within an upload's few parts:
    strawberry then finds the form read (Starlette keeps it), and no request makes
    the server parse a thousand parts."""
    if request.method != "POST" or _content_type(request) != MULTIPART:
        return
    if "authorization" not in request.headers:
        # Nobody uploads without a login: no file of a stranger's is read to disk.
        raise Refusal(401, "Log in first: uploads need 'Authorization: Bearer <token>'.")
    try:
        await request.form(max_files=UPLOAD_FILES, max_fields=UPLOAD_FIELDS)
    except (MultiPartException, ValueError) as error:
        raise Refusal(400, f"Not an upload this API takes: {error}") from None


def _operation_count(query: str) -> int:
    try:
        document = parse_document(query)  # cached: execution reuses it
    except GraphQLError:
        return 0  # strawberry reports the syntax error itself
    return sum(isinstance(node, OperationDefinitionNode) for node in document.definitions)


class GraphQLView(GraphQL[Context | LiveContext, None]):
    websocket_adapter_class = TextFrames
    graphql_transport_ws_handler_class = SubscriptionsOnly

    def __init__(self, schema: BaseSchema, budgets: Budgets) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql",
            multipart_uploads_enabled=True,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=CONNECTION_INIT_TIMEOUT,
            max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        )
        self.logins = Logins()
        # Partners' request budgets: each request of a partner's token spends one.
        self.budgets = budgets

    async def run(  # type: ignore[override]
        self,
        request: Request | WebSocket,
        context: Context | LiveContext = UNSET,
        root_value: None = UNSET,
    ) -> Response | WebSocket:
        if isinstance(request, WebSocket):
            app = runtime(request)
            live = LiveContext(
                settings=app.settings,
                database=app.database,
                logins=self.logins,
                budgets=self.budgets,
            )
            return await super().run(request, live, root_value)
        try:
            self.check_media_types(request)
            await _read_upload(request)
            async with self.request_context(request) as request_context:
                response = await super().run(request, request_context, root_value)
        except HTTPException as refusal:
            return refusal_response(refusal, _media_type(request))
        response.headers.update(request_context.budget_headers)
        return response

    async def on_ws_connect(self, context: Context | LiveContext) -> UnsetType:
        """Authenticates the connection by connection_init's payload. Whoever it
        proves, the connection is acknowledged: a subscription's permission classes
        refuse, with the same errors as over HTTP."""
        if isinstance(context, LiveContext):
            await context.login()
        return UnsetType()  # acknowledged without a payload

    def check_media_types(self, request: Request) -> None:
        """415 for a body that is not JSON, 406 for an answer the client cannot take."""
        if request.method == "POST" and _content_type(request) not in (JSON, MULTIPART):
            raise Refusal(
                415,
                f"Send the request body as {JSON}, or a file upload as {MULTIPART}.",
                RefusalCode.UNSUPPORTED_MEDIA_TYPE,
            )
        if not self.should_render_graphql_ide(self.request_adapter_class(request)) and (
            negotiate_media_type(request.headers.get("accept", "")) is None
        ):
            raise Refusal(
                406, f"Accept {GRAPHQL_RESPONSE_JSON} or {JSON}.", RefusalCode.NOT_ACCEPTABLE
            )

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        """Our GraphiQL page, whose files the app serves: strawberry's loads them from a CDN."""
        return HTMLResponse(
            graphiql_page(lambda path: request.url_for("graphiql", path=path).path),
            headers=GRAPHIQL_HEADERS,
        )

    @asynccontextmanager
    async def request_context(self, request: Request) -> AsyncIterator[Context]:
        app = runtime(request)
        identity = await identify(request.headers, app.database, app.settings, self.logins)
        budget_headers: dict[str, str] = {}
        if isinstance(identity.principal, PartnerClient):
            spent = await self.budgets.spend(identity.principal)
            if not spent.allowed:
                raise Refusal(
                    429,
                    "This API client or its tenant has spent its request budget:"
                    " try again after Retry-After seconds.",
                    RefusalCode.RATE_LIMITED,
                    headers=spent.headers,
                )
            budget_headers = spent.headers
        if identity.principal.user_id is not None:
            bind_user(identity.principal.user_id)
        if identity.principal.tenant_id is not None:
            bind_tenant(identity.principal.tenant_id)
        async with unit_of_work(app.database, identity.principal) as work:
            yield Context(
                request=request,
                settings=app.settings,
                database=app.database,
                rate_limits=app.rate_limits,
                client_address=request.client.host if request.client else "unknown",
                work=work,
                authenticated=identity.authenticated,
                token_rejected=identity.token_rejected,
                budget_headers=budget_headers,
            )

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        parsed = await super().parse_http_body(request)
        # The spec's GetOperation: several operations need operationName; strawberry
        # would run the first one instead.
        if (
            isinstance(parsed, GraphQLRequestData)
            and parsed.operation_name is None
            and parsed.query
            and _operation_count(parsed.query) > 1
        ):
            raise Refusal(400, "The document has several operations: name one.")
        return parsed

    def parse_json(self, data: str | bytes) -> dict[str, Any]:
        return decode_request_json(data)

    def encode_json(self, data: object) -> bytes:
        return encode_response_json(data)

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub_response = await super().get_sub_response(request)
        if isinstance(request, Request):
            sub_response.media_type = _media_type(request)
        return sub_response

    async def execute_single(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        request: Request = kwargs["request"]
        try:
            result = await super().execute_single(*args, **kwargs)
        except HTTPException as error:
            if isinstance(error.__cause__, InvalidOperationTypeError) and request.method == "GET":
                raise Refusal(
                    405,
                    "Mutations need POST.",
                    RefusalCode.METHOD_NOT_ALLOWED,
                    headers={"allow": "POST"},
                ) from error
            raise
        if is_request_error(result) and _media_type(request) == GRAPHQL_RESPONSE_JSON:
            kwargs["sub_response"].status_code = 400
        return result

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        response = await super().process_result(request, result)
        if is_request_error(result) and _media_type(request) == GRAPHQL_RESPONSE_JSON:
            response.pop("data", None)
        return response

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        response.headers["content-type"] = sub_response.media_type or JSON
        return response
