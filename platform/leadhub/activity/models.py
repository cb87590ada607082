"""The activity feed: what happened to or with a lead, shared by marketing and sales,
and what happened in the whole tenant (an import's summary)."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, ForeignKeyConstraint, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow
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
    GOAL_REACHED = "goal_reached"  # of the whole tenant, as imports' summaries are
    GOAL_BEHIND = "goal_behind"  # fell behind the pace that reaches its target


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
        # The tenant's feed, newest first, and of a kind: the merges among them
        # (a merged lead's survivor), or what a feed filtered by kind shows.
        Index("ix_activities_tenant_id_occurred_at_id", "tenant_id", "occurred_at", "id"),
        Index(
            "ix_activities_tenant_id_kind_occurred_at_id", "tenant_id", "kind", "occurred_at", "id"
        ),
        Index(
            "ix_activities_tenant_id_actor_id_occurred_at", "tenant_id", "actor_id", "occurred_at"
        ),
        # A committed transaction's activities, which the live feed sends (FeedCommit).
        Index("ix_activities_tenant_id_batch_id", "tenant_id", "batch_id"),
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
    # The transaction that recorded it, numbered as it committed (FeedCommit); None
    # for activities recorded before the live feed.
    batch_id: Mapped[uuid.UUID | None]


class FeedHead(TenantOwned, Base):
    """How many transactions have recorded activities in the tenant: the last
    FeedCommit's position. Its row is locked by each as it commits, so the
    positions follow the order in which they committed."""

    __tablename__ = "feed_heads"

    position: Mapped[int] = mapped_column(BigInteger)


class FeedCommit(TenantOwned, Base):
    """A transaction that recorded activities, numbered in the order of commits:
    a live subscriber that saw up to a position resumes after it without a gap,
    which the activities' own times and ids cannot promise (a transaction that
    started first may commit last)."""

    __tablename__ = "feed_commits"
    __table_args__ = (
        UniqueConstraint("tenant_id", "batch_id"),
        # Partners' sync starts from a time: the first commit at or after it.
        Index("ix_feed_commits_tenant_id_committed_at", "tenant_id", "committed_at"),
    )

    position: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[uuid.UUID]
    committed_at: Mapped[datetime] = mapped_column(default=utcnow)
