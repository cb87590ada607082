"""Queries of the leads domain."""

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.leads.types import Lead
from leadhub.graphql.node import decode_id
from leadhub.graphql.permissions import IsTenantMember


@strawberry.type
class LeadQueries:
    @strawberry.field(
        permission_classes=[IsTenantMember], description="A lead by its id; null if not yours."
    )
    async def lead(self, info: Info, id: strawberry.ID) -> Lead | None:
        row_id = decode_id(id, "Lead")
        if row_id is None:
            return None
        [found] = await Lead.resolve_nodes(info=info, node_ids=[str(row_id)])
        return found
