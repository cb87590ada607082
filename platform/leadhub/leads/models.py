"""The tenant's sales funnel (leads themselves arrive with the leads issue)."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class FunnelStage(TenantOwned, Base):
    __tablename__ = "funnel_stages"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int]
    kind: Mapped[StageKind] = mapped_column(enum_column(StageKind, "stage_kind"))
    win_probability: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
