"""GraphQL types of the leads domain: funnel stages and sources so far."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.leads import models
from leadhub.leads.errors import LeadErrorCode

strawberry.enum(models.StageKind)
strawberry.enum(models.SourceKind)
strawberry.enum(LeadErrorCode)


@strawberry.type(name="LeadError")
class LeadUserError(UserError):
    code: LeadErrorCode


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


@strawberry.type
class Source(relay.Node):
    id: relay.NodeID[str]
    name: str
    kind: models.SourceKind
    campaign: str | None
    event_date: date | None
    cost: Decimal | None = strawberry.field(description="What the source cost, if known.")

    @classmethod
    def from_model(cls, source: models.Source) -> "Source":
        return cls(
            id=str(source.id),
            name=source.name,
            kind=source.kind,
            campaign=source.campaign,
            event_date=source.event_date,
            cost=source.cost,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Source | None"]:
        return await resolve_nodes(info, node_ids, by_ids(models.Source), cls.from_model)
