"""Queries of the tenants domain: who am I, and the tenant of this request."""

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.permissions import IsAuthenticated, IsTenantMember
from leadhub.graphql.tenants.types import Me, MembershipNode, TenantNode
from leadhub.graphql.users import UserNode


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
    def tenant(self, info: Info) -> TenantNode:
        assert info.context.tenant is not None  # IsTenantMember: the request chose one
        return TenantNode.from_model(info.context.tenant)
