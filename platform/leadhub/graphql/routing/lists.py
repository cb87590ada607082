"""The Tenant node's fields of the routing domain (the Tenant node inherits them)."""

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.node import decode_id
from leadhub.graphql.permissions import ReadsRouting
from leadhub.graphql.routing.rules import RoutingFallback, RoutingRule
from leadhub.graphql.routing.types import Availability
from leadhub.routing import rules, service
from leadhub.tenants.service import membership_of_user


@strawberry.type
class TenantRouting:
    @strawberry.field(
        permission_classes=[ReadsRouting],
        description="When a member can take leads: the viewer's if no userId; null for "
        "someone who is not a member.",
    )
    async def availability(
        self, info: Info, user_id: strawberry.ID | None = None
    ) -> Availability | None:
        work = info.context.tenant_work
        user = work.principal.user_id if user_id is None else decode_id(user_id, "User")
        if user is None or await membership_of_user(work, user) is None:
            return None
        return Availability.from_fields(await service.availability_of(work, user))


@strawberry.type
class TenantRoutingRules:
    @strawberry.field(
        permission_classes=[ReadsRouting],
        description="The tenant's routing rules, in the order they are tried.",
    )
    async def routing_rules(self, info: Info) -> list[RoutingRule]:
        work = info.context.tenant_work
        return [RoutingRule.from_model(rule) for rule in await rules.ordered_rules(work.session)]

    @strawberry.field(permission_classes=[ReadsRouting])
    async def routing_fallback(self, info: Info) -> RoutingFallback:
        return RoutingFallback.of(await rules.fallback_of(info.context.tenant_work))
