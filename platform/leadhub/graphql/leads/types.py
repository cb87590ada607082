"""GraphQL types of the leads domain: so far the funnel stages."""

from collections.abc import Iterable

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.leads import models

strawberry.enum(models.StageKind)


@strawberry.type
class FunnelStage(relay.Node):
    id: relay.NodeID[str]
    name: str
    position: int
    kind: models.StageKind
    win_probability: float = strawberry.field(description="From 0 to 1.")

    @classmethod
    def from_model(cls, stage: models.FunnelStage) -> "FunnelStage":
        return cls(
            id=str(stage.id),
            name=stage.name,
            position=stage.position,
            kind=stage.kind,
            win_probability=float(stage.win_probability),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["FunnelStage | None"]:
        return await resolve_nodes(info, node_ids, by_ids(models.FunnelStage), cls.from_model)
