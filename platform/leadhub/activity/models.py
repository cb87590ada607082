"""The activity feed: what happened to or with a lead, shared by marketing and sales."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, enum_column, new_id, utcnow
from leadhub.reach import OfALead


class ActivityKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    IMPORTED = "imported"
    SCORED = "scored"
    ASSIGNED = "assigned"
    STAGE_CHANGED = "stage_changed"
    NOTE = "note"
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    WEB_VISIT = "web_visit"
    CONTENT_INTERACTION = "content_interaction"
    CHAT = "chat"
    MERGED = "merged"
    PARKED = "parked"  # set aside for nurture until a date
    NURTURE_ENDED = "nurture_ended"  # back to its owner's attention


class Activity(OfALead, Base):
    __tablename__ = "activities"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        Index("ix_activities_tenant_id_lead_id_occurred_at", "tenant_id", "lead_id", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind, "activity_kind"))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
