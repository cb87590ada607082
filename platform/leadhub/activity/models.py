"""The activity feed: what happened to or with a lead, shared by marketing and sales,
and what happened in the whole tenant (an import's summary)."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, enum_column, new_id, utcnow
from leadhub.reach import OfALead


class ActivityKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    IMPORTED = "imported"  # a list's summary, when its import ended: of no one lead
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


class ActorKind(StrEnum):
    """Who did it: the principal the activity was recorded for (``leadhub.principal``)."""

    MEMBER = "member"
    PARTNER_CLIENT = "partner_client"
    SYSTEM = "system"  # a job, or a rule of the tenant


class Activity(OfALead, Base):
    __tablename__ = "activities"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        Index("ix_activities_tenant_id_lead_id_occurred_at", "tenant_id", "lead_id", "occurred_at"),
        # Finds the few merges among a tenant's activities (a merged lead's survivor).
        Index("ix_activities_tenant_id_kind", "tenant_id", "kind"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # None for an activity of the whole tenant, which a sales rep's reach never takes in.
    lead_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)  # type: ignore[assignment]
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind, "activity_kind"))
    actor_kind: Mapped[ActorKind] = mapped_column(enum_column(ActorKind, "actor_kind"))
    # The member who did it, or the person a system job worked on behalf of.
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_client_id: Mapped[uuid.UUID | None]  # a partner client's
    # The job or rule that did it; None on system activities recorded before it was kept.
    actor_job: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
