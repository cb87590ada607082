"""The tenant's funnel as the KPIs read it: which stages win, lose or stay open,
and the path a lead takes through the open stages to a win, in today's order."""

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select

from leadhub.leads.models import FunnelStage, Lead, Milestone, StageKind
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class Stages:
    in_order: list[FunnelStage]

    @property
    def path(self) -> list[FunnelStage]:
        """The funnel proper: its open stages and its wins, in order."""
        return [stage for stage in self.in_order if stage.kind is not StageKind.LOST]

    def ids(self, kind: StageKind) -> list[uuid.UUID]:
        return [stage.id for stage in self.in_order if stage.kind is kind]

    def holds(self, kind: StageKind) -> ColumnElement[bool]:
        """Whether a lead is in a stage of ``kind`` now."""
        return Lead.stage_id.in_(self.ids(kind))

    @property
    def lost_ids(self) -> list[uuid.UUID]:
        """The stages of leads lost to a sale: a disqualified lead was never a sale."""
        return [
            stage.id
            for stage in self.in_order
            if stage.kind is StageKind.LOST and stage.milestone is not Milestone.DISQUALIFIED
        ]

    def at_or_after(self, stage: FunnelStage) -> list[FunnelStage]:
        """The stages a lead has reached ``stage`` by entering: itself and, on the
        funnel's path, every stage after it (a lead may skip stages)."""
        path = self.path
        if stage not in path:
            return [stage]
        return path[path.index(stage) :]

    def leads_on(self, entered: FunnelStage, target: FunnelStage) -> bool:
        """Whether a lead that entered one stage can go on to reach the other: a
        stage after it on the path, or one off the path (lost)."""
        path = self.path
        if target is entered:
            return False
        if target not in path or entered not in path:
            return True
        return path.index(target) > path.index(entered)

    def reached_mask(self, stage: FunnelStage) -> int:
        """``at_or_after`` as bits of ``Lead.reached_stages``."""
        mask = 0
        for later in self.at_or_after(stage):
            mask |= later.mask
        return mask

    def get(self, stage_id: uuid.UUID) -> FunnelStage | None:
        return next((stage for stage in self.in_order if stage.id == stage_id), None)


async def load_stages(work: UnitOfWork[InTenant]) -> Stages:
    found = await work.session.scalars(select(FunnelStage).order_by(FunnelStage.position))
    return Stages(list(found))
