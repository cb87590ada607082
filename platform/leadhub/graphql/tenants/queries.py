"""Queries of the tenants domain: who am I, and the tenant of this request."""

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.permissions import IsAuthenticated, IsTenantMember
from leadhub.graphql.tenants.types import Me, MembershipNode, TenantNode, UserNode
from leadhub.tenants.models import Tenant


@strawberry.type
class TenantQueries:
    @strawberry.field(permission_classes=[IsAuthenticated])
    def me(self, info: Info) -> Me:
        context = info.context
        assert context.user is not None
        current = context.membership
        return Me(
            user=UserNode.from_model(context.user),
            memberships=[MembershipNode.from_model(m) for m in context.memberships],
            current_membership=MembershipNode.from_model(current) if current else None,
        )

    @strawberry.field(permission_classes=[IsTenantMember])
    async def tenant(self, info: Info) -> TenantNode:
        assert info.context.tenant_id is not None
        # The request's session is the tenant's, and a tenant may read its own row.
        tenant = await info.context.session.get(Tenant, info.context.tenant_id)
        assert tenant is not None
        return TenantNode.from_model(tenant)
