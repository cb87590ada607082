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
from leadhub.oauth.consent_words import ConsentWords, words_for
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


def _refused(words: ConsentWords, message: str) -> Response:
    return page(words.title, message, status_code=400, language=words.language)


def _consent_form(
    words: ConsentWords,
    grant: AuthorizationCodeGrant,
    tenant_name: str,
    problems: list[str] | None = None,
) -> Response:
    client: Client = grant.request.client
    asked = scopes.of_text(grant.request.scope)
    listed = "".join(
        f"<li>{escape(description)} <code>{escape(scope)}</code></li>"
        for scope, description in words.scopes.items()
        if scope in asked
    )
    form_html = (
        f"<p>{escape(words.asks_to)}</p><ul>{listed}</ul>"
        f"{problems_list(problems or [])}"
        '<form method="post">'
        f'<label>{escape(words.email)}<input name="email" type="email"'
        ' autocomplete="username"></label>'
        f'<label>{escape(words.password)}<input name="password" type="password"'
        ' autocomplete="current-password"></label>'
        f'<button type="submit" name="decision" value="allow">{escape(words.allow)}</button> '
        f'<button type="submit" name="decision" value="deny">{escape(words.deny)}</button>'
        "</form>"
    )
    return page(
        words.title,
        words.asks.format(app=client.row.name, company=tenant_name),
        words.role_bound.format(company=tenant_name),
        form_html=form_html,
        status_code=400 if problems else 200,
        form_may_lead_to=redirect_uris.csp_source(grant.redirect_uri),
        language=words.language,
    )


async def authorize(request: HttpRequest) -> Response:
    app = runtime(request)
    words = words_for(request.headers.get("accept-language", ""))
    values = {name: request.query_params.getlist(name) for name in request.query_params}
    named = values.get("client_id", [])
    client_id = credentials.parse(named[0] if len(named) == 1 else None, Kind.CLIENT_ID)
    if client_id is None:
        return _refused(words, words.no_app)
    person: uuid.UUID | str | None = None  # who allowed it, or why they could not
    if request.method == "POST":
        fields = await read_form(request)
        if isinstance(fields, Response):
            return fields
        if fields.get("decision") == "allow":
            # Before the transaction: a password takes a while to check.
            person = await _proven_person(app, request, fields, words)
    asked = as_oauth_request(request, "GET", values)
    if isinstance(asked, Response):
        return asked
    oauth_work = unit_of_work(app.database, SystemJob(client_id.tenant_id, "oauth"))
    async with oauth_work as work, work.transaction():
        consented = await respond(work, app.settings, lambda server: _grant(server, asked, words))
        if not isinstance(consented, AuthorizationCodeGrant):
            return consented
        tenant_name = (await tenants.current_tenant(work)).name
        if request.method == "GET":
            return _consent_form(words, consented, tenant_name)
        if person is None:
            denied = await respond(work, app.settings, lambda server: _answer(server, asked))
            return as_response(denied)
        if isinstance(person, str):
            return _consent_form(words, consented, tenant_name, [person])
        installer = await store.installer(work, person)
        if installer is None:
            refusal = words.not_a_member.format(company=tenant_name)
            return _consent_form(words, consented, tenant_name, [refusal])
        if not installer.capped(scopes.of_text(asked.scope)):
            return _consent_form(words, consented, tenant_name, [words.role_grants_nothing])
        allowed = await respond(
            work, app.settings, lambda server: _answer(server, asked, installer)
        )
    return as_response(allowed)


def _grant(
    server: Server, asked: Request, words: ConsentWords
) -> AuthorizationCodeGrant | Response:
    """The validated grant; or, for a request it cannot be, the error: on the page, or
    at the app's redirect URI once the client and the URI are known good."""
    try:
        grant: AuthorizationCodeGrant = server.get_consent_grant(asked)
    except OAuth2Error as error:
        if error.redirect_uri:
            return as_response(server.handle_error_response(asked, error))
        reason = (error.description or error.error).rstrip(".")
        return _refused(words, words.unusable.format(reason=reason))
    return grant


def _answer(server: Server, asked: Request, installer: store.Installer | None = None) -> Answer:
    grant = server.get_consent_grant(asked)
    answer: Answer = server.create_authorization_response(asked, grant_user=installer, grant=grant)
    return answer


async def _proven_person(
    app: Runtime, request: HttpRequest, fields: dict[str, str], words: ConsentWords
) -> uuid.UUID | str:
    """The id of the person whose email and password the form holds, or why not."""
    email, password = fields.get("email", ""), fields.get("password", "")
    address = request.client.host if request.client else "unknown"
    try:
        await app.rate_limits.check_login(address, email)
    except DomainError as refusal:
        return _said(words, refusal)
    async with unit_of_work(app.database, Visitor()) as visitor:
        proven = await visitor.run(
            lambda visitor: tenants.proven_user(
                visitor, app.settings, email=email, password=password
            )
        )
    return _said(words, proven) if isinstance(proven, DomainError) else proven.id


def _said(words: ConsentWords, refusal: DomainError) -> str:
    return words.refusals.get(str(refusal.code), refusal.message)
