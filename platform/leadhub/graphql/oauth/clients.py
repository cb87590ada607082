"""API clients over GraphQL: owners and admins register a partner's app, give it a new
secret, or revoke it; the secret is in the answer that made it, and nowhere after."""

import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import by_ids, resolve_nodes, row_id
from leadhub.graphql.pagination import paginate
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import CanManageApiClients
from leadhub.graphql.users import UserNode
from leadhub.oauth import clients, credentials
from leadhub.oauth.errors import OAuthClientErrorCode
from leadhub.oauth.models import OAuthClient

strawberry.enum(OAuthClientErrorCode, name="ApiClientErrorCode")


@strawberry.type(name="ApiClientError")
class ApiClientUserError(UserError):
    code: OAuthClientErrorCode


@strawberry.type(description="A partner's app, allowed into the tenant through OAuth 2.")
class ApiClient(relay.Node):
    id: relay.NodeID[str]
    name: str
    client_id: str = strawberry.field(
        description="What the app sends as its OAuth client_id (public, not a secret)."
    )
    confidential: bool = strawberry.field(
        description="Whether it holds a secret (a server); a public one (a browser or"
        " mobile app) proves itself with PKCE alone."
    )
    redirect_uris: list[str] = strawberry.field(
        description="Where codes are sent, each compared whole to what the app asks."
    )
    scopes: list[str] = strawberry.field(description="The most any of its tokens may hold.")
    created_at: datetime
    secret_rotated_at: datetime | None
    revoked_at: datetime | None = strawberry.field(
        description="When it was revoked: its tokens ended, and it gets no more."
    )
    registered_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, client: OAuthClient) -> "ApiClient":
        return cls(
            id=str(client.id),
            name=client.name,
            client_id=credentials.client_id_of(client.tenant_id, client.id),
            confidential=client.confidential,
            redirect_uris=list(client.redirect_uris),
            scopes=list(client.scopes),
            created_at=client.created_at,
            secret_rotated_at=client.secret_rotated_at,
            revoked_at=client.revoked_at,
            registered_by_id=client.registered_by_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["ApiClient | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(OAuthClient), cls.from_model, CanManageApiClients
        )

    @strawberry.field(
        description="Who registered it: a client-credentials token acts as"
        " installed by them, and stops if they leave."
    )
    async def registered_by(self, info: Info) -> UserNode | None:
        user_id = self.registered_by_id
        user = await info.context.loaders.user.load(user_id) if user_id else None
        return UserNode.from_model(user) if user else None


@strawberry.type
class TenantApiClients:
    """The Tenant node's list of API clients (the Tenant node inherits it)."""

    @strawberry.field(
        permission_classes=[CanManageApiClients], description="Oldest first, revoked ones too."
    )
    async def api_clients(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[ApiClient]:
        return await paginate(
            info.context.session,
            clients.clients(),
            key=[OAuthClient.id],
            first=first,
            after=after,
            to_node=ApiClient.from_model,
        )


@strawberry.input
class RegisterApiClientInput:
    name: str
    confidential: bool = strawberry.field(
        description="True for an app that keeps a secret on a server (client credentials"
        " and the code grant); false for a browser or mobile app (the code grant)."
    )
    redirect_uris: list[str] = strawberry.field(
        default_factory=list,
        description="Up to 10: https, http on 127.0.0.1, [::1] or localhost, or an app's"
        " own scheme (com.example.app:/callback). A public client needs one.",
    )
    scopes: list[str] = strawberry.field(
        description="Space-free OAuth scopes, such as leads:read (the README lists them)."
    )


@strawberry.input
class ApiClientInput:
    api_client_id: strawberry.ID


@strawberry.type
class ApiClientPayload:
    api_client: ApiClient | None = None
    client_secret: str | None = strawberry.field(
        default=None,
        description="A confidential client's new secret: shown this once, kept only as a"
        " digest. Store it now.",
    )
    errors: list[ApiClientUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, issued: clients.IssuedClient) -> "ApiClientPayload":
        return cls(api_client=ApiClient.from_model(issued.client), client_secret=issued.secret)


def _client_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "ApiClient", "apiClientId")


@strawberry.type
class ApiClientMutations:
    @strawberry.mutation(permission_classes=[CanManageApiClients])
    async def register_api_client(
        self, info: Info, input: RegisterApiClientInput
    ) -> ApiClientPayload:
        form = clients.ClientForm(input.name, input.confidential, input.redirect_uris, input.scopes)
        settings = info.context.settings
        return await respond(
            info, lambda work: clients.register_client(work, settings, form), ApiClientPayload.of
        )

    @strawberry.mutation(
        permission_classes=[CanManageApiClients],
        description="A new secret for a confidential client; the old one stops at once.",
    )
    async def rotate_api_client_secret(self, info: Info, input: ApiClientInput) -> ApiClientPayload:
        settings = info.context.settings
        return await respond(
            info,
            lambda work: clients.rotate_secret(work, settings, _client_id(input.api_client_id)),
            ApiClientPayload.of,
        )

    @strawberry.mutation(
        permission_classes=[CanManageApiClients],
        description="The client gets no more tokens, and every token it holds ends now.",
    )
    async def revoke_api_client(self, info: Info, input: ApiClientInput) -> ApiClientPayload:
        return await respond(
            info,
            lambda work: clients.revoke_client(work, _client_id(input.api_client_id)),
            lambda client: ApiClientPayload(api_client=ApiClient.from_model(client)),
        )
