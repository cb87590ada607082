"""Queries of the leads domain."""

import strawberry

from leadhub.activity import service as activity_service
from leadhub.graphql.context import Info
from leadhub.graphql.leads.types import Lead
from leadhub.graphql.node import decode_id
from leadhub.graphql.permissions import ReadsLeads


@strawberry.type
class LeadQueries:
    @strawberry.field(
        permission_classes=[ReadsLeads],
        description="A lead by its id; for a lead merged into another, the lead it went "
        "into, whose id then differs from the one asked (keep that one instead). Null if "
        "not yours.",
    )
    async def lead(self, info: Info, id: strawberry.ID) -> Lead | None:
        row_id = decode_id(id, "Lead")
        if row_id is None:
            return None
        [found] = await Lead.resolve_nodes(info=info, node_ids=[str(row_id)])
        if found is not None:
            return found
        survivor_id = await activity_service.merged_into(info.context.tenant_work, row_id)
        if survivor_id is None:
            return None
        [survivor] = await Lead.resolve_nodes(info=info, node_ids=[str(survivor_id)])
        return survivor
