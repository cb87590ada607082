"""Partners' API clients: registered, given a new secret, or revoked by a tenant's
owners and admins, each change kept in the tenant's audit trail.

A confidential client's secret is shown once, when it is made; only its digest is
kept. Revoking a client revokes every token it holds at once.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select, update

from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.oauth import credentials, redirect_uris, scopes
from leadhub.oauth.errors import OAuthClientError, OAuthClientErrorCode, invalid
from leadhub.oauth.models import OAuthClient, OAuthToken
from leadhub.principal import Member
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.text import single_line
from leadhub.webhooks import endpoints as webhook_endpoints
from leadhub.work import UnitOfWork

MAX_NAME_LENGTH = 100
MAX_REDIRECT_URIS = 10


@dataclass(frozen=True)
class ClientForm:
    name: str
    confidential: bool
    redirect_uris: Sequence[str]
    scopes: Sequence[str]


@dataclass(frozen=True)
class IssuedClient:
    client: OAuthClient
    # Shown this once to whoever registered it, or rotated it; never again.
    secret: str | None

    @property
    def client_id(self) -> str:
        return credentials.client_id_of(self.client.tenant_id, self.client.id)


def clients() -> Select[OAuthClient]:
    return select(OAuthClient)


async def register_client(
    work: UnitOfWork[Member], settings: Settings, form: ClientForm
) -> IssuedClient:
    name, redirect_uris, granted = _checked(work.principal, form)
    client = OAuthClient(
        name=name,
        confidential=form.confidential,
        redirect_uris=redirect_uris,
        scopes=sorted(granted),
        registered_by_id=work.principal.user_id,
    )
    work.session.add(client)
    await work.session.flush()
    secret = _new_secret(client, settings) if form.confidential else None
    tenants.audit(work, action="oauth_client.registered", details=_details(client))
    return IssuedClient(client, secret)


async def rotate_secret(
    work: UnitOfWork[Member], settings: Settings, client_id: uuid.UUID
) -> IssuedClient:
    """A new secret for a confidential client; the old one stops working at once."""
    client = await _live_client(work, client_id)
    if not client.confidential:
        raise invalid("A public client has no secret to rotate.", "apiClientId")
    secret = _new_secret(client, settings)
    client.secret_rotated_at = utcnow()
    tenants.audit(work, action="oauth_client.secret_rotated", details=_details(client))
    return IssuedClient(client, secret)


async def revoke_client(work: UnitOfWork[Member], client_id: uuid.UUID) -> OAuthClient:
    """The client may no longer ask for tokens, every token it holds ends now, and
    the webhook endpoints it made are disabled."""
    # Locked: an endpoint the app makes meanwhile (its key names the client) is
    # committed before the revocation reads the app's endpoints.
    client = await _live_client(work, client_id, lock=True)
    now = utcnow()
    client.revoked_at = now
    await work.session.execute(
        update(OAuthToken)
        .where(OAuthToken.client_id == client.id, OAuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    await webhook_endpoints.disable_apps_endpoints(work, client.id)
    tenants.audit(work, action="oauth_client.revoked", details=_details(client))
    return client


def _new_secret(client: OAuthClient, settings: Settings) -> str:
    secret = credentials.issue(credentials.Kind.CLIENT_SECRET, client.tenant_id)
    client.secret_hash = secret.digest(settings.resolved_secret_key)
    return secret.text


async def _live_client(
    work: UnitOfWork[Member], client_id: uuid.UUID, *, lock: bool = False
) -> OAuthClient:
    client = await work.session.get(OAuthClient, (work.tenant_id, client_id), with_for_update=lock)
    if client is None:
        raise OAuthClientError(OAuthClientErrorCode.NOT_FOUND, "No such API client.", "apiClientId")
    if client.revoked_at is not None:
        raise OAuthClientError(
            OAuthClientErrorCode.REVOKED,
            "This API client was revoked: register a new one.",
            "apiClientId",
        )
    return client


def _details(client: OAuthClient) -> dict[str, object]:
    return {"client_id": str(client.id), "name": client.name}


def _checked(member: Member, form: ClientForm) -> tuple[str, list[str], frozenset[str]]:
    """The form's name, redirect URIs and scopes, or one refusal naming every fault."""
    problems = Problems()
    name = single_line(form.name, MAX_NAME_LENGTH)
    if name is None:
        problems.add(invalid(f"Give 1 to {MAX_NAME_LENGTH} printable characters.", "name"))
    with problems:
        redirect_uris = _redirect_uris(form.redirect_uris)
        if not form.confidential and not redirect_uris:
            # A public client has no secret: the code grant is its only way in.
            raise invalid("A public client needs a redirect URI.", "redirectUris")
    with problems:
        granted = _scopes(member, form.scopes)
    problems.raise_if_any()
    assert name is not None  # refused above otherwise
    return name, redirect_uris, granted


def _redirect_uris(uris: Sequence[str]) -> list[str]:
    if len(uris) > MAX_REDIRECT_URIS:
        raise invalid(f"Give at most {MAX_REDIRECT_URIS} redirect URIs.", "redirectUris")
    for uri in uris:
        if not redirect_uris.is_allowed(uri):
            raise invalid(
                f"{uri[:100]!r} is not a redirect URI Leadhub sends codes to: give an https"
                " address, an http one on this machine (127.0.0.1, [::1], localhost), or"
                " an app's own scheme (com.example.app:/callback), without a fragment.",
                "redirectUris",
            )
    return list(dict.fromkeys(uris))


def _scopes(member: Member, asked: Sequence[str]) -> frozenset[str]:
    unknown = scopes.unknown(asked)
    if unknown:
        raise invalid(
            f"No such scope: {', '.join(unknown[:5])}. The scopes are: {', '.join(scopes.SCOPES)}.",
            "scopes",
        )
    if not asked:
        raise invalid("Give the client at least one scope.", "scopes")
    beyond = set(asked) - scopes.granted_by(member.role)
    if beyond:
        raise invalid(
            f"Your role cannot grant {', '.join(sorted(beyond))}.",
            "scopes",
        )
    return frozenset(asked)
