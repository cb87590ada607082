"""The OAuth endpoints over HTTP: token, revocation, introspection, and the server's
metadata (RFC 8414). The consent page is ``leadhub.oauth.consent``.

Each request names its client (HTTP Basic, or ``client_id`` in the form), and the
client id names its tenant: the request's unit of work is opened in that tenant,
as a system job, and Authlib's core answers within it (``leadhub.oauth.server``).
"""

import base64
import binascii
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from authlib.oauth2.rfc6749.errors import InsecureTransportError
from starlette.requests import Request as HttpRequest
from starlette.responses import JSONResponse, RedirectResponse, Response

from leadhub.oauth import credentials, scopes
from leadhub.oauth.budgets import Budgets
from leadhub.oauth.credentials import Kind
from leadhub.oauth.server import (
    CONFIDENTIAL_AUTH_METHODS,
    Answer,
    Request,
    Server,
    respond,
)
from leadhub.principal import SystemJob
from leadhub.runtime import runtime
from leadhub.work import unit_of_work

FORM = "application/x-www-form-urlencoded"
MAX_FORM_BYTES = 16 * 1024  # a token request is a few hundred bytes
MAX_FORM_FIELDS = 50
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}

TOKEN_PATH = "/oauth/token"
REVOCATION_PATH = "/oauth/revoke"
INTROSPECTION_PATH = "/oauth/introspect"
AUTHORIZATION_PATH = "/oauth/authorize"
METADATA_PATH = "/.well-known/oauth-authorization-server"


def error(status: int, code: str, description: str) -> JSONResponse:
    """An error as RFC 6749 5.2 writes it."""
    headers = dict(NO_STORE)
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="leadhub"'
    return JSONResponse(
        {"error": code, "error_description": description}, status_code=status, headers=headers
    )


def as_response(answer: Answer) -> Response:
    headers = dict(answer.headers)
    if isinstance(answer.body, dict):
        return JSONResponse(answer.body, status_code=answer.status, headers=headers)
    location = headers.pop("Location", None)
    if location is not None:
        return RedirectResponse(location, status_code=answer.status, headers=headers)
    return Response(answer.body, status_code=answer.status, headers=headers)


def as_oauth_request(
    request: HttpRequest, method: str, values: dict[str, list[str]]
) -> Request | Response:
    """The request as Authlib reads it; refused if Leadhub is not reached over https
    (or http to this machine), which OAuth requires."""
    try:
        return Request(method, public_uri(request), request.headers, values)
    except InsecureTransportError:
        return error(
            400,
            "invalid_request",
            "OAuth needs https: set PUBLIC_URL to the https address Leadhub is reached at.",
        )


def public_uri(request: HttpRequest) -> str:
    """The address the request was sent to, as the public see it: Authlib insists on
    https, or http to this machine only."""
    base = runtime(request).settings.resolved_public_url.rstrip("/")
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{base}{request.url.path}{query}"


async def _form(request: HttpRequest) -> dict[str, list[str]] | Response:
    content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if content_type != FORM:
        return error(400, "invalid_request", f"Send the parameters as {FORM}.")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return error(413, "invalid_request", f"Send at most {MAX_FORM_BYTES} bytes.")
    try:
        text = body.decode()
    except UnicodeDecodeError:
        return error(400, "invalid_request", "The form is not valid UTF-8.")
    try:
        values = parse_qs(text, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError:
        return error(400, "invalid_request", f"Send at most {MAX_FORM_FIELDS} parameters.")
    repeated = sorted(name for name, given in values.items() if len(given) > 1)
    if repeated:  # RFC 6749 3.2: each parameter at most once
        return error(400, "invalid_request", f"Send each parameter once: {', '.join(repeated)}.")
    return values


def _named_client(headers: Mapping[str, str], values: dict[str, list[str]]) -> str | None:
    """The client id the request names: in HTTP Basic (RFC 6749 2.3.1), or the form."""
    scheme, _, encoded = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(encoded, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        return unquote(decoded.partition(":")[0])
    named = values.get("client_id", [])
    return named[0] if len(named) == 1 else None


Endpoint = Callable[[HttpRequest], Awaitable[Response]]


@dataclass(frozen=True)
class FormEndpoints:
    token: Endpoint
    revocation: Endpoint
    introspection: Endpoint


def form_endpoints(budgets: Budgets) -> FormEndpoints:
    """The endpoints that take a client's form, each request spending its address's
    budget first."""

    async def answered(
        request: HttpRequest, answer: Callable[[Server, Request], Answer]
    ) -> Response:
        """A form endpoint's response: the client named, its tenant's unit of work
        opened, and ``answer`` run by the server in it."""
        spent = await budgets.spend_from(request.client.host if request.client else "unknown")
        if not spent.allowed:
            refused = error(429, "rate_limited", "Too many requests: try again after Retry-After.")
            refused.headers.update(spent.headers)
            return refused
        values = await _form(request)
        if isinstance(values, Response):
            return values
        client = credentials.parse(_named_client(request.headers, values), Kind.CLIENT_ID)
        if client is None:
            return error(401, "invalid_client", "Name a Leadhub client id (lhc.…), in HTTP Basic.")
        oauth_request = as_oauth_request(request, "POST", values)
        if isinstance(oauth_request, Response):
            return oauth_request
        app = runtime(request)
        oauth_work = unit_of_work(app.database, SystemJob(client.tenant_id, "oauth"))
        async with oauth_work as work, work.transaction():
            answer_of = await respond(
                work, app.settings, lambda server: answer(server, oauth_request)
            )
        return as_response(answer_of)

    async def token(request: HttpRequest) -> Response:
        return await answered(request, lambda server, asked: server.create_token_response(asked))

    async def revocation(request: HttpRequest) -> Response:
        return await answered(
            request, lambda server, asked: server.create_endpoint_response("revocation", asked)
        )

    async def introspection(request: HttpRequest) -> Response:
        return await answered(
            request, lambda server, asked: server.create_endpoint_response("introspection", asked)
        )

    return FormEndpoints(token, revocation, introspection)


def metadata_of(issuer: str) -> dict[str, Any]:
    """The server's metadata (RFC 8414): its endpoints, and what each takes."""
    issuer = issuer.rstrip("/")
    client_auth = [*CONFIDENTIAL_AUTH_METHODS, "none"]
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}{AUTHORIZATION_PATH}",
        "token_endpoint": f"{issuer}{TOKEN_PATH}",
        "revocation_endpoint": f"{issuer}{REVOCATION_PATH}",
        "introspection_endpoint": f"{issuer}{INTROSPECTION_PATH}",
        "scopes_supported": list(scopes.SCOPES),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "client_credentials", "refresh_token"],
        "token_endpoint_auth_methods_supported": client_auth,
        "revocation_endpoint_auth_methods_supported": client_auth,
        "introspection_endpoint_auth_methods_supported": list(CONFIDENTIAL_AUTH_METHODS),
        "code_challenge_methods_supported": ["S256"],
    }


async def metadata(request: HttpRequest) -> Response:
    issuer = runtime(request).settings.resolved_public_url
    return JSONResponse(metadata_of(issuer), headers={"Cache-Control": "max-age=3600"})
