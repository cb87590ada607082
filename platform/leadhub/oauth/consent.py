"""The consent page a partner's app sends people to (``/oauth/authorize``).

It shows who asks for what, and the person allows it by confirming who they are
(their email and password: the page keeps no login of its own) or denies it.
Allowed, the app gets a code for the scopes the person's role may grant; denied,
it is told so. A request the server cannot trust with a redirect (an unknown
client, a redirect URI not registered) is answered on the page, never redirected.
"""

import uuid
from html import escape

from authlib.oauth2.rfc6749.errors import OAuth2Error
from starlette.requests import Request as HttpRequest
from starlette.responses import Response

from leadhub.errors import DomainError
from leadhub.oauth import credentials, redirect_uris, scopes, store
from leadhub.oauth.credentials import Kind
from leadhub.oauth.http import as_oauth_request, as_response
from leadhub.oauth.server import (
    Answer,
    AuthorizationCodeGrant,
    Client,
    Request,
    Server,
    respond,
)
from leadhub.pages.html import page, problems_list, read_form
from leadhub.principal import SystemJob, Visitor
from leadhub.runtime import Runtime, runtime
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

TITLE = "Allow an app into Leadhub"


def _refused(message: str) -> Response:
    return page(TITLE, message, status_code=400)


def _consent_form(
    grant: AuthorizationCodeGrant, tenant_name: str, problems: list[str] | None = None
) -> Response:
    client: Client = grant.request.client
    asked = scopes.of_text(grant.request.scope)
    listed = "".join(
        f"<li>{escape(description)} <code>{escape(scope)}</code></li>"
        for scope, (description, _) in scopes.SCOPES.items()
        if scope in asked
    )
    form_html = (
        f"<p>It asks to:</p><ul>{listed}</ul>"
        f"{problems_list(problems or [])}"
        '<form method="post">'
        '<label>Your email<input name="email" type="email" autocomplete="username"></label>'
        '<label>Your password<input name="password" type="password"'
        ' autocomplete="current-password"></label>'
        '<button type="submit" name="decision" value="allow">Allow</button> '
        '<button type="submit" name="decision" value="deny">Deny</button>'
        "</form>"
    )
    return page(
        TITLE,
        f"{client.row.name} asks to work with the leads of {tenant_name}.",
        "It gets no more than your role allows, and loses it if you leave the team.",
        form_html=form_html,
        status_code=400 if problems else 200,
        form_may_lead_to=redirect_uris.csp_source(grant.redirect_uri),
    )


async def authorize(request: HttpRequest) -> Response:
    app = runtime(request)
    values = {name: request.query_params.getlist(name) for name in request.query_params}
    named = values.get("client_id", [])
    client_id = credentials.parse(named[0] if len(named) == 1 else None, Kind.CLIENT_ID)
    if client_id is None:
        return _refused("This link names no Leadhub app: ask the app's maker for a new one.")
    person: uuid.UUID | str | None = None  # who allowed it, or why they could not
    if request.method == "POST":
        fields = await read_form(request)
        if isinstance(fields, Response):
            return fields
        if fields.get("decision") == "allow":
            # Before the transaction: a password takes a while to check.
            person = await _proven_person(app, request, fields)
    asked = as_oauth_request(request, "GET", values)
    if isinstance(asked, Response):
        return asked
    oauth_work = unit_of_work(app.database, SystemJob(client_id.tenant_id, "oauth"))
    async with oauth_work as work, work.transaction():
        consented = await respond(work, app.settings, lambda server: _grant(server, asked))
        if not isinstance(consented, AuthorizationCodeGrant):
            return consented
        tenant_name = (await tenants.current_tenant(work)).name
        if request.method == "GET":
            return _consent_form(consented, tenant_name)
        if person is None:
            denied = await respond(work, app.settings, lambda server: _answer(server, asked))
            return as_response(denied)
        if isinstance(person, str):
            return _consent_form(consented, tenant_name, [person])
        installer = await store.installer(work, person)
        if installer is None:
            return _consent_form(
                consented, tenant_name, [f"You are not a member of {tenant_name}."]
            )
        if not installer.capped(scopes.of_text(asked.scope)):
            return _consent_form(
                consented, tenant_name, ["Your role may grant none of what this app asks."]
            )
        allowed = await respond(
            work, app.settings, lambda server: _answer(server, asked, installer)
        )
    return as_response(allowed)


def _grant(server: Server, asked: Request) -> AuthorizationCodeGrant | Response:
    """The validated grant; or, for a request it cannot be, the error: on the page, or
    at the app's redirect URI once the client and the URI are known good."""
    try:
        grant: AuthorizationCodeGrant = server.get_consent_grant(asked)
    except OAuth2Error as error:
        if error.redirect_uri:
            return as_response(server.handle_error_response(asked, error))
        return _refused(f"This link cannot be used: {error.description or error.error}.")
    return grant


def _answer(server: Server, asked: Request, installer: store.Installer | None = None) -> Answer:
    grant = server.get_consent_grant(asked)
    answer: Answer = server.create_authorization_response(asked, grant_user=installer, grant=grant)
    return answer


async def _proven_person(
    app: Runtime, request: HttpRequest, fields: dict[str, str]
) -> uuid.UUID | str:
    """The id of the person whose email and password the form holds, or why not."""
    email, password = fields.get("email", ""), fields.get("password", "")
    address = request.client.host if request.client else "unknown"
    try:
        await app.rate_limits.check_login(address, email)
    except DomainError as refusal:
        return refusal.message
    async with unit_of_work(app.database, Visitor()) as visitor:
        proven = await visitor.run(
            lambda visitor: tenants.proven_user(
                visitor, app.settings, email=email, password=password
            )
        )
    return proven.message if isinstance(proven, DomainError) else proven.id
