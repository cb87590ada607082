"""GraphQL types of tenants, memberships, invitations and the audit trail.

The Tenant node holds the tenant's own fields and lists; each other domain's lists
of it come from that domain's folder (``graphql/<domain>/lists.py``)."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from leadhub.db import utcnow
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.imports.lists import TenantImports
from leadhub.graphql.leads.lists import TenantLeadLists
from leadhub.graphql.leads.routing import TenantRoutingPreview
from leadhub.graphql.leads.sync import TenantDeletedLeads
from leadhub.graphql.leads.views import TenantLeadViews
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.graphql.oauth.clients import TenantApiClients
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import CanManageMembers, ReadsMembers, ReadsTenant
from leadhub.graphql.routing.lists import TenantRouting, TenantRoutingRules
from leadhub.graphql.teams.lists import TenantTeams
from leadhub.graphql.users import UserNode
from leadhub.graphql.webhooks.types import TenantWebhookEndpoints
from leadhub.principal import Role
from leadhub.tenants import models, service
from leadhub.tenants.errors import TenantErrorCode

strawberry.enum(Role, description="What a member may do in a tenant.")
strawberry.enum(TenantErrorCode)
strawberry.enum(models.InvitationStatus)
strawberry.enum(models.Language, description="A language the web app speaks.")


@strawberry.type(name="TenantError")
class TenantUserError(UserError):
    code: TenantErrorCode


@strawberry.type(name="Invitation")
class InvitationNode(relay.Node):
    id: relay.NodeID[str]
    email: str
    role: Role
    created_at: datetime
    expires_at: datetime
    status: models.InvitationStatus

    @classmethod
    def from_model(cls, invitation: models.Invitation) -> "InvitationNode":
        return cls(
            id=str(invitation.id),
            email=invitation.email,
            role=invitation.role,
            created_at=invitation.created_at,
            expires_at=invitation.expires_at,
            status=invitation.status(utcnow()),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["InvitationNode | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.Invitation), cls.from_model, CanManageMembers
        )


@strawberry.type(name="AuditEvent", description="A change to the tenant's people.")
class AuditEventNode(relay.Node):
    id: relay.NodeID[str]
    action: str = strawberry.field(description="For example member.invited, member.removed.")
    created_at: datetime
    details: JSON
    actor_id: strawberry.Private[uuid.UUID | None]
    subject_user_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, event: models.AuditEvent) -> "AuditEventNode":
        return cls(
            id=str(event.id),
            action=event.action,
            created_at=event.created_at,
            details=JSON(event.details),
            actor_id=event.actor_id,
            subject_user_id=event.subject_user_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["AuditEventNode | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.AuditEvent), cls.from_model, CanManageMembers
        )

    @strawberry.field(description="Who made the change.")
    async def actor(self, info: Info) -> UserNode | None:
        return await _user(info, self.actor_id)

    @strawberry.field(description="Whom the change was about, if a person.")
    async def subject_user(self, info: Info) -> UserNode | None:
        return await _user(info, self.subject_user_id)


async def _user(info: Info, user_id: uuid.UUID | None) -> UserNode | None:
    user = await info.context.loaders.user.load(user_id) if user_id else None
    return UserNode.from_model(user) if user else None


@strawberry.type(name="Membership")
class MembershipNode(relay.Node):
    id: relay.NodeID[str]
    role: Role
    created_at: datetime
    user_id: strawberry.Private[uuid.UUID]
    tenant_id: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, membership: models.Membership) -> "MembershipNode":
        return cls(
            id=str(membership.id),
            role=membership.role,
            created_at=membership.created_at,
            user_id=membership.user_id,
            tenant_id=membership.tenant_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["MembershipNode | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.Membership), cls.from_model, ReadsMembers
        )

    @strawberry.field
    async def user(self, info: Info) -> UserNode:
        user = await info.context.loaders.user.load(self.user_id)
        assert user is not None  # a membership's user row cascades with it
        return UserNode.from_model(user)

    @strawberry.field
    async def tenant(self, info: Info) -> Annotated["TenantNode", strawberry.lazy(__name__)]:
        tenant = await info.context.loaders.tenant.load(self.tenant_id)
        assert tenant is not None
        return TenantNode.from_model(tenant)


@strawberry.type(name="Tenant")
class TenantNode(
    relay.Node,
    TenantLeadLists,
    TenantLeadViews,
    TenantTeams,
    TenantRouting,
    TenantRoutingRules,
    TenantRoutingPreview,
    TenantImports,
    TenantApiClients,
    TenantDeletedLeads,
    TenantWebhookEndpoints,
):
    id: relay.NodeID[str]
    name: str
    default_region: str | None = strawberry.field(
        description="ISO 3166-1 country where phone numbers without a country code are read."
    )
    time_zone: str = strawberry.field(
        description="IANA time zone the tenant's days (KPIs) are counted in."
    )
    currency: str = strawberry.field(description="ISO 4217 code of the currency amounts are in.")
    reps_see_all_leads: bool = strawberry.field(
        description="Whether sales reps see every lead, not only those they own."
    )
    mql_score_threshold: int | None = strawberry.field(
        description="Suspects scoring at least this become MQLs; null if off."
    )
    created_at: datetime

    @classmethod
    def from_model(cls, tenant: models.Tenant) -> "TenantNode":
        return cls(
            id=str(tenant.id),
            name=tenant.name,
            default_region=tenant.default_region,
            time_zone=tenant.time_zone,
            currency=tenant.currency,
            reps_see_all_leads=tenant.reps_see_all_leads,
            mql_score_threshold=tenant.mql_score_threshold,
            created_at=tenant.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["TenantNode | None"]:
        # A tenant session reads its own tenant row only: the only Tenant node.
        return await resolve_nodes(
            info, node_ids, by_ids(models.Tenant), cls.from_model, ReadsTenant
        )

    @strawberry.field(permission_classes=[ReadsMembers])
    async def members(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[MembershipNode]:
        return await paginate(
            info.context.session,
            service.memberships(uuid.UUID(self.id)),
            key=[models.Membership.id],
            first=first,
            after=after,
            to_node=MembershipNode.from_model,
        )

    @strawberry.field(permission_classes=[CanManageMembers])
    async def invitations(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[InvitationNode]:
        return await paginate(
            info.context.session,
            service.invitations(uuid.UUID(self.id)),
            key=[models.Invitation.id],
            first=first,
            after=after,
            to_node=InvitationNode.from_model,
        )

    @strawberry.field(
        permission_classes=[CanManageMembers], description="Newest first: who changed what."
    )
    async def audit_events(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[AuditEventNode]:
        return await paginate(
            info.context.session,
            service.audit_trail(uuid.UUID(self.id)),
            key=[models.AuditEvent.id],
            first=first,
            after=after,
            to_node=AuditEventNode.from_model,
            newest_first=True,
        )


@strawberry.type
class Me:
    user: UserNode
    memberships: list[MembershipNode] = strawberry.field(
        description="Every tenant you belong to; choose one per request with 'X-Tenant-ID'."
    )
    current_membership: MembershipNode | None = strawberry.field(
        description="Your membership in the tenant this request is for."
    )
    language: models.Language | None = strawberry.field(
        description="The language the web app shows you; null: your browser's."
    )

    @classmethod
    def of(
        cls,
        user: models.User,
        memberships: Sequence[models.Membership],
        current: models.Membership | None,
    ) -> "Me":
        return cls(
            user=UserNode.from_model(user),
            memberships=[MembershipNode.from_model(m) for m in memberships],
            current_membership=MembershipNode.from_model(current) if current else None,
            language=user.language,
        )
