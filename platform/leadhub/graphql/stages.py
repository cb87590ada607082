"""The FunnelStage node: a step of the tenant's funnel.

Leads stand in stages and the feed's stage changes name them, so the node sits
below both.
"""

import uuid
from collections.abc import Iterable

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.node import by_ids, global_id, global_id_field, resolve_nodes
from leadhub.graphql.permissions import ReadsTenant
from leadhub.leads import models
from leadhub.rows_by_id import Values, column_values

# What the node shows of a stage's row.
STAGE_COLUMNS = (
    "id",
    "name",
    "position",
    "kind",
    "win_probability",
    "milestone",
    "routes_leads",
)

strawberry.enum(models.StageKind)
strawberry.enum(models.Milestone)


@strawberry.type
class FunnelStage(relay.Node):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    name: str
    position: int
    kind: models.StageKind
    win_probability: float = strawberry.field(description="From 0 to 1.")
    milestone: models.Milestone | None = strawberry.field(
        description="The lifecycle step this stage stands for, if any."
    )
    routes_leads: bool = strawberry.field(
        description="Whether a lead reaching this stage is routed (the SQL stage, at first)."
    )

    @classmethod
    def from_model(cls, stage: models.FunnelStage) -> "FunnelStage":
        return cls.from_values(column_values(stage, STAGE_COLUMNS))

    @classmethod
    def from_values(cls, values: Values) -> "FunnelStage":
        """A stage from the values of ``STAGE_COLUMNS``."""
        return cls(
            id=str(values["id"]),
            _id=global_id("FunnelStage", values["id"]),
            name=values["name"],
            position=values["position"],
            kind=values["kind"],
            win_probability=float(values["win_probability"]),
            milestone=values["milestone"],
            routes_leads=values["routes_leads"],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["FunnelStage | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.FunnelStage), cls.from_model, ReadsTenant
        )


async def load_stage(info: Info, stage_id: uuid.UUID | None) -> FunnelStage | None:
    """The stage, or None for no id or a stage since deleted."""
    stage = await info.context.loaders.stage.load(stage_id) if stage_id else None
    return FunnelStage.from_model(stage) if stage else None
