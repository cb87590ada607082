"""The leads' side of routing in the API: who a lead with these fields would go
to, and why, without creating it."""

from typing import Annotated

import strawberry

from leadhub.errors import Problems
from leadhub.graphql.context import Info
from leadhub.graphql.leads.mutations import CreateLeadInput
from leadhub.graphql.node import optional_row_id
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import PreviewsRouting
from leadhub.graphql.routing.decisions import RoutingDecision
from leadhub.graphql.routing.types import RoutingUserError
from leadhub.leads import assignment
from leadhub.principal import InTenant
from leadhub.routing import router
from leadhub.routing.errors import invalid
from leadhub.work import UnitOfWork

MAX_SCORE = 10**9  # past any score rules can give


@strawberry.type
class RoutingPreview:
    decision: RoutingDecision | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.type
class TenantRoutingPreview:
    """The Tenant node's preview of routing (the Tenant node inherits it)."""

    @strawberry.field(
        permission_classes=[PreviewsRouting],
        description="Who would get a lead with these fields now, and why: nothing is "
        "created or assigned.",
    )
    async def routing_preview(
        self,
        info: Info,
        input: CreateLeadInput,
        score: Annotated[int, strawberry.argument(description="The score to route it with.")] = 0,
    ) -> RoutingPreview:
        async def preview(work: UnitOfWork[InTenant]) -> router.Decided:
            if not -MAX_SCORE <= score <= MAX_SCORE:
                raise invalid(f"A score is from -{MAX_SCORE:,} to {MAX_SCORE:,}.", "score")
            problems = Problems()
            lead_fields = input.lead.fields(problems)
            with problems:
                stage_id = optional_row_id(input.stage_id, "FunnelStage", "stageId")
            problems.raise_if_any()
            lead = await assignment.unsaved(work, lead_fields, stage_id=stage_id, score=score)
            return await router.preview(work, lead)

        return await respond_in_tenant(
            info,
            preview,
            lambda decided: RoutingPreview(
                decision=RoutingDecision.decided(decided, None, lead=False)
            ),
        )
