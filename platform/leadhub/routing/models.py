"""When each member of a tenant can take leads: the tables routing reads."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, utcnow


class Availability(TenantOwned, Base):
    """A member's working hours and time away (``routing.availability`` reads them);
    a member without a row may take leads at any hour."""

    __tablename__ = "availabilities"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            ondelete="CASCADE",
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # IANA; None for the tenant's.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    away_from: Mapped[datetime | None]
    away_until: Mapped[datetime | None]
    # WorkingHours.to_json(); None for any hour.
    working_hours: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
