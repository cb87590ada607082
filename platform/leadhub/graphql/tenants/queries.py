"""Queries of the tenants domain: who am I, and the tenant of this request."""

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.permissions import IsAuthenticated, ReadsTenant
from leadhub.graphql.tenants.types import Me, TenantNode
from leadhub.tenants import service as tenants


@strawberry.type
class TenantQueries:
    @strawberry.field(permission_classes=[IsAuthenticated])
    def me(self, info: Info) -> Me:
        context = info.context
        assert context.user is not None
        return Me.of(context.user, context.memberships, context.membership)

    @strawberry.field(permission_classes=[ReadsTenant])
    async def tenant(self, info: Info) -> TenantNode:
        # A login read its tenants as it was proven; a partner's token reads its one.
        tenant = info.context.tenant or await tenants.current_tenant(info.context.tenant_work)
        return TenantNode.from_model(tenant)
