"""The authorization server: Authlib's core, given Leadhub's clients, codes and tokens.

Authlib's core is synchronous. Each request runs it in a worker thread
(``respond``), and its every read or write is sent back to the event loop to run
in the request's unit of work (``leadhub.oauth.store``): the loop never waits on
it, and one transaction holds the request's changes.

What Authlib offers and RFC 9700 forbids is not offered: no implicit or password
grant, PKCE with S256 only and always, redirect URIs compared whole.
"""

import hmac
import uuid
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar, ParamSpec, TypeVar

import anyio.from_thread
import anyio.to_thread
from authlib.oauth2 import rfc6749, rfc7009, rfc7636, rfc7662
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6749.errors import (
    InvalidGrantError,
    InvalidRequestError,
    InvalidScopeError,
    UnauthorizedClientError,
)

from leadhub.db import new_id, utcnow
from leadhub.oauth import credentials, redirect_uris, scopes, store
from leadhub.oauth.credentials import Kind
from leadhub.oauth.models import OAuthClient, OAuthCode, OAuthToken
from leadhub.oauth.store import Installer, NewTokens, OAuthWork
from leadhub.settings import Settings

P = ParamSpec("P")
T = TypeVar("T")

CONFIDENTIAL_AUTH_METHODS = ("client_secret_basic", "client_secret_post")
CONFIDENTIAL_GRANTS = frozenset({"client_credentials", "authorization_code", "refresh_token"})
PUBLIC_GRANTS = frozenset({"authorization_code", "refresh_token"})


@dataclass(frozen=True)
class Answer:
    """What the server answers: a status, a JSON body (or none, for a redirect), headers."""

    status: int
    body: dict[str, Any] | str
    headers: list[tuple[str, str]]


class Payload(rfc6749.OAuth2Payload):
    def __init__(self, values: dict[str, list[str]]) -> None:
        self._values = values

    @property
    def data(self) -> dict[str, str]:
        return {name: values[0] for name, values in self._values.items()}

    @property
    def datalist(self) -> dict[str, list[str]]:
        return self._values


class Request(rfc6749.OAuth2Request):
    """One HTTP request as Authlib reads it: the query's parameters, or the form's."""

    def __init__(
        self, method: str, uri: str, headers: Mapping[str, str], values: dict[str, list[str]]
    ) -> None:
        # ``headers`` as the web framework has them: Authlib asks for "Authorization".
        super().__init__(method, uri, headers=headers)
        self.payload = Payload(values)
        self._single = {name: found[0] for name, found in values.items()}

    @property
    def args(self) -> dict[str, str]:
        return self._single if self.method == "GET" else {}

    @property
    def form(self) -> dict[str, str]:
        return self._single if self.method == "POST" else {}


class Loop:
    """Runs the store's coroutines, from Authlib's thread, on the event loop."""

    def __init__(self, work: OAuthWork, settings: Settings) -> None:
        self.work = work
        self.settings = settings

    def run(
        self, function: Callable[P, Coroutine[Any, Any, T]], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        return anyio.from_thread.run(lambda: function(*args, **kwargs))

    def digest(self, credential: credentials.Credential) -> str:
        return credential.digest(self.settings.resolved_secret_key)

    def refresh_token(self, credential: credentials.Credential) -> "Token | None":
        """The token whose refresh token this is, locked, and whether it was spent."""
        row = self.run(store.token_by_refresh, self.work, self.digest(credential))
        if row is None:
            return None
        return Token(row, refresh=True, spent=self.run(store.refresh_spent, self.work, row))


class Client(rfc6749.ClientMixin):
    def __init__(self, row: OAuthClient, loop: Loop) -> None:
        self.row = row
        self._loop = loop
        self._registrant: Installer | None = None

    @property
    def registrant(self) -> Installer:
        """Who registered the client, as a member now: a client-credentials token
        acts as installed by them."""
        if self._registrant is None:
            self._registrant = self._loop.run(
                store.installer, self._loop.work, self.row.registered_by_id
            )
        if self._registrant is None:
            raise UnauthorizedClientError(
                "Whoever registered this client is no longer a member of its tenant:"
                " an owner or admin must register it again."
            )
        return self._registrant

    def get_client_id(self) -> str:
        return credentials.client_id_of(self.row.tenant_id, self.row.id)

    def get_default_redirect_uri(self) -> str | None:
        uris = self.row.redirect_uris
        return uris[0] if len(uris) == 1 else None

    def get_allowed_scope(self, scope: str | None) -> str:
        allowed = frozenset(self.row.scopes)
        return scopes.as_text(allowed & scopes.of_text(scope) if scope else allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uris.matches(self.row.redirect_uris, redirect_uri)

    def check_client_secret(self, client_secret: str) -> bool:
        secret = credentials.parse(client_secret, Kind.CLIENT_SECRET)
        if secret is None or self.row.secret_hash is None:
            return False
        return hmac.compare_digest(self._loop.digest(secret), self.row.secret_hash)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.row.confidential:
            return method in CONFIDENTIAL_AUTH_METHODS
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and bool(self.row.redirect_uris)

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in (CONFIDENTIAL_GRANTS if self.row.confidential else PUBLIC_GRANTS)


class Code(rfc6749.AuthorizationCodeMixin):
    def __init__(self, row: OAuthCode) -> None:
        self.row = row
        self.family_id = new_id()  # the family of the tokens it is redeemed for

    def get_redirect_uri(self) -> str | None:
        # Authlib asks the redemption for the same URI only if the request named one.
        return self.row.redirect_uri

    def get_scope(self) -> str:
        return self.row.scope


class Token(rfc6749.TokenMixin):
    """A token row, as the string that named it: its access or its refresh token."""

    def __init__(self, row: OAuthToken, *, refresh: bool = False, spent: bool = False) -> None:
        self.row = row
        self.refresh = refresh
        self.spent = spent  # a refresh token used already

    def check_client(self, client: Client) -> bool:
        return self.row.client_id == client.row.id

    def get_scope(self) -> str:
        return self.row.scope

    def is_expired(self) -> bool:
        expires_at = self.row.refresh_expires_at if self.refresh else self.row.access_expires_at
        return expires_at is None or expires_at <= utcnow()

    def is_revoked(self) -> bool:
        return self.row.revoked_at is not None or self.spent


class ClientCredentialsGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar = list(CONFIDENTIAL_AUTH_METHODS)


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar = [*CONFIDENTIAL_AUTH_METHODS, "none"]

    @property
    def _loop(self) -> Loop:
        server: Server = self.server
        return server.loop

    def generate_authorization_code(self) -> str:
        return credentials.issue(Kind.CODE, self._loop.work.tenant_id).text

    def save_authorization_code(self, code: str, request: Request) -> None:
        installer: Installer = request.user
        client: Client = request.client
        loop = self._loop
        row = OAuthCode(
            code_hash=loop.digest(credentials.Credential(Kind.CODE, loop.work.tenant_id, code)),
            client_id=client.row.id,
            user_id=installer.user_id,
            redirect_uri=request.payload.redirect_uri,
            scope=scopes.as_text(installer.capped(scopes.of_text(request.scope))),
            code_challenge=request.payload.data["code_challenge"],
            expires_at=utcnow() + timedelta(seconds=loop.settings.oauth_code_seconds),
        )
        loop.run(store.save_code, loop.work, row)

    def query_authorization_code(self, code: str, client: Client) -> Code | None:
        credential = credentials.parse(code, Kind.CODE)
        if credential is None or credential.tenant_id != self._loop.work.tenant_id:
            return None
        loop = self._loop
        row = loop.run(store.code, loop.work, loop.digest(credential))
        if row is None or row.client_id != client.row.id:
            return None
        if row.used_at is not None:
            # RFC 6749 4.1.2: a code used twice was stolen; what it gave is taken back.
            if row.family_id is not None:
                loop.run(store.revoke_family, loop.work, row.family_id)
            return None
        return Code(row) if row.expires_at > utcnow() else None

    def delete_authorization_code(self, authorization_code: Code) -> None:
        loop = self._loop
        loop.run(store.use_code, loop.work, authorization_code.row, authorization_code.family_id)

    def authenticate_user(self, authorization_code: Code) -> Installer:
        return installer_or_refusal(self._loop, authorization_code.row.user_id)


class PkceS256(rfc7636.CodeChallenge):
    """PKCE on every code, by S256 alone (RFC 9700 2.1.1): no plain, no code without."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar = ["S256"]

    def validate_code_challenge(self, grant: AuthorizationCodeGrant, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("Send a PKCE 'code_challenge', made with S256.")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("Send 'code_challenge_method=S256': only S256 is taken.")
        super().validate_code_challenge(grant, redirect_uri)

    def get_authorization_code_challenge(self, authorization_code: Code) -> str:
        return authorization_code.row.code_challenge

    def get_authorization_code_challenge_method(self, authorization_code: Code) -> str:
        return "S256"


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar = [*CONFIDENTIAL_AUTH_METHODS, "none"]
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotated on every use (RFC 9700 4.14.2)

    @property
    def _loop(self) -> Loop:
        server: Server = self.server
        return server.loop

    def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
        credential = credentials.parse(refresh_token, Kind.REFRESH_TOKEN)
        loop = self._loop
        if credential is None or credential.tenant_id != loop.work.tenant_id:
            return None
        token = loop.refresh_token(credential)
        if token is None or token.row.revoked_at is not None:
            return None
        if token.spent:
            # A spent refresh token comes back: it was copied. Its family ends.
            loop.run(store.revoke_family, loop.work, token.row.family_id)
            return None
        return None if token.is_expired() else token

    def authenticate_user(self, refresh_token: Token) -> Installer:
        return installer_or_refusal(self._loop, refresh_token.row.user_id)

    def revoke_old_credential(self, refresh_token: Token) -> None:
        loop = self._loop
        loop.run(store.spend_refresh_token, loop.work, refresh_token.row)


class _TokenLookup:
    """Finds the token a revocation or introspection names, by either of its strings."""

    server: "Server"

    def query_token(self, token_string: str, token_type_hint: str | None) -> Token | None:
        loop = self.server.loop
        access = credentials.parse(token_string, Kind.ACCESS_TOKEN)
        if access is not None and access.tenant_id == loop.work.tenant_id:
            row = loop.run(store.token_by_access, loop.work, loop.digest(access))
            return None if row is None else Token(row)
        refresh = credentials.parse(token_string, Kind.REFRESH_TOKEN)
        if refresh is not None and refresh.tenant_id == loop.work.tenant_id:
            return loop.refresh_token(refresh)
        return None


class RevocationEndpoint(_TokenLookup, rfc7009.RevocationEndpoint):
    # Public clients revoke their tokens too (RFC 7009 2.1).
    CLIENT_AUTH_METHODS: ClassVar = [*CONFIDENTIAL_AUTH_METHODS, "none"]

    def revoke_token(self, token: Token, request: Request) -> None:
        loop = self.server.loop
        loop.run(store.revoke_token, loop.work, token.row, refresh=token.refresh)


class IntrospectionEndpoint(_TokenLookup, rfc7662.IntrospectionEndpoint):
    CLIENT_AUTH_METHODS: ClassVar = list(CONFIDENTIAL_AUTH_METHODS)

    def check_permission(self, token: Token, client: Client, request: Request) -> bool:
        # A client learns of its own tokens only.
        return token.check_client(client)

    def introspect_token(self, token: Token) -> dict[str, Any]:
        """What the token is good for now: as /graphql would take it, its scopes
        capped by its installer's role; inactive once the installer has left."""
        row = token.row
        loop = self.server.loop
        installer = loop.run(store.installer, loop.work, row.user_id)
        if installer is None:
            return {"active": False}
        client_id = credentials.client_id_of(row.tenant_id, row.client_id)
        expires_at = row.refresh_expires_at if token.refresh else row.access_expires_at
        assert expires_at is not None  # else is_expired
        return {
            "active": True,
            "client_id": client_id,
            "scope": scopes.as_text(installer.capped(scopes.of_text(row.scope))),
            "token_type": "Bearer",
            "iss": self.server.loop.settings.resolved_public_url,
            "iat": int(row.issued_at.timestamp()),
            "exp": int(expires_at.timestamp()),
            "sub": str(row.user_id),
        }


class Server(rfc6749.AuthorizationServer):
    """One request's authorization server, over that request's unit of work."""

    def __init__(self, loop: Loop) -> None:
        super().__init__(scopes_supported=list(scopes.SCOPES))
        self.loop = loop
        # What the token generator issued, for save_token to keep.
        self._issued: tuple[Installer, NewTokens] | None = None
        self.register_token_generator("default", self._tokens)
        self.register_grant(ClientCredentialsGrant)
        self.register_grant(AuthorizationCodeGrant, [PkceS256(required=True)])
        self.register_grant(RefreshTokenGrant)
        self.register_endpoint(RevocationEndpoint)
        self.register_endpoint(IntrospectionEndpoint)

    def query_client(self, client_id: str) -> Client | None:
        credential = credentials.parse(client_id, Kind.CLIENT_ID)
        work = self.loop.work
        if credential is None or credential.tenant_id != work.tenant_id:
            return None
        row_id = credentials.client_row_id(credential)
        row = None if row_id is None else self.loop.run(store.client, work, row_id)
        return None if row is None else Client(row, self.loop)

    def _tokens(
        self,
        grant_type: str,
        client: Client,
        user: Installer | None = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        installer = user or client.registrant
        granted = installer.capped(scopes.of_text(client.get_allowed_scope(scope)))
        if not granted:
            raise InvalidScopeError("None of the scopes asked for may be granted.")
        tenant_id = self.loop.work.tenant_id
        lifetime = timedelta(minutes=self.loop.settings.oauth_access_token_minutes)
        tokens = NewTokens(
            access=credentials.issue(Kind.ACCESS_TOKEN, tenant_id),
            refresh=credentials.issue(Kind.REFRESH_TOKEN, tenant_id)
            if include_refresh_token
            else None,
            scope=scopes.as_text(granted),
            expires_in=lifetime,
        )
        answer: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": tokens.access.text,
            "expires_in": int(lifetime.total_seconds()),
            "scope": tokens.scope,
        }
        if tokens.refresh is not None:
            answer["refresh_token"] = tokens.refresh.text
        self._issued = (installer, tokens)
        return answer

    def save_token(self, token: dict[str, Any], request: Request) -> None:
        assert self._issued is not None, "Authlib saves the token it just generated"
        installer, tokens = self._issued
        family_id = new_id()
        if isinstance(request.refresh_token, Token):
            family_id = request.refresh_token.row.family_id
        elif isinstance(request.authorization_code, Code):
            family_id = request.authorization_code.family_id
        client: Client = request.client
        self.loop.run(
            store.save_tokens,
            self.loop.work,
            self.loop.settings,
            client_id=client.row.id,
            family_id=family_id,
            installer=installer,
            tokens=tokens,
        )

    def create_oauth2_request(self, request: Request) -> Request:
        return request

    def create_json_request(self, request: object) -> rfc6749.JsonRequest:
        raise NotImplementedError("Leadhub's OAuth endpoints take forms only")

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> Answer:
        return Answer(status, body, list(headers))

    def send_signal(self, name: str, *args: object, **kwargs: object) -> None:
        """Authlib's signals: nothing listens."""


def installer_or_refusal(loop: Loop, user_id: uuid.UUID | None) -> Installer:
    installer = loop.run(store.installer, loop.work, user_id)
    if installer is None:
        raise InvalidGrantError(
            "The person who allowed this app is no longer a member of the tenant."
        )
    return installer


async def respond(work: OAuthWork, settings: Settings, answer: Callable[[Server], T]) -> T:
    """``answer``, worked out by a server over ``work`` in a worker thread."""
    server = Server(Loop(work, settings))
    return await anyio.to_thread.run_sync(answer, server)
