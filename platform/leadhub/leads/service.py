"""Funnel operations (the leads issue adds the rest of the lead lifecycle here)."""

import uuid
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.leads.models import FunnelStage, StageKind

# DOMAIN.md's default funnel: suspect to customer, with the two closed ends.
DEFAULT_FUNNEL: tuple[tuple[str, StageKind, Decimal], ...] = (
    ("Suspect", StageKind.OPEN, Decimal("0.05")),
    ("Marketing qualified lead", StageKind.OPEN, Decimal("0.10")),
    ("Sales qualified lead", StageKind.OPEN, Decimal("0.25")),
    ("Prospect", StageKind.OPEN, Decimal("0.50")),
    ("Customer", StageKind.WON, Decimal("1")),
    ("Lost", StageKind.LOST, Decimal("0")),
    ("Disqualified", StageKind.LOST, Decimal("0")),
)


def create_default_funnel(session: AsyncSession) -> list[FunnelStage]:
    stages = [
        FunnelStage(name=name, position=position, kind=kind, win_probability=probability)
        for position, (name, kind, probability) in enumerate(DEFAULT_FUNNEL, start=1)
    ]
    session.add_all(stages)
    return stages


def funnel_stages(tenant_id: uuid.UUID) -> Select[FunnelStage]:
    """The tenant's stages, for a connection to order and page."""
    return select(FunnelStage).where(FunnelStage.tenant_id == tenant_id)
