"""Leads, the funnel they move through, and the sources they come from."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    String,
    UniqueConstraint,
)
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


class SourceKind(StrEnum):
    """Where leads come from, as DOMAIN.md lists them."""

    REFERRAL = "referral"
    ADVERTISING = "advertising"
    PURCHASED_LIST = "purchased_list"
    EMAIL_CAMPAIGN = "email_campaign"
    WEBINAR = "webinar"
    SEMINAR = "seminar"
    TRADE_FAIR = "trade_fair"
    PEER_MEETING = "peer_meeting"
    SPONSORED_EVENT = "sponsored_event"
    INBOUND_CONTENT = "inbound_content"
    SOCIAL_MEDIA = "social_media"
    NETWORKING = "networking"
    LOCAL_ADVERTISING = "local_advertising"
    WEB_FORM = "web_form"
    LIVE_CHAT = "live_chat"
    RECYCLED = "recycled"


class Source(TenantOwned, Base):
    """A tenant's own source of leads: a kind, and optionally a campaign and its cost."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind, "source_kind"))
    campaign: Mapped[str | None] = mapped_column(String(200))
    event_date: Mapped[date | None]
    cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Lead(TenantOwned, Base):
    """A potential customer; the leads issue builds its lifecycle on these columns."""

    __tablename__ = "leads"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        ForeignKeyConstraint(["tenant_id", "source_id"], ["sources.tenant_id", "sources.id"]),
        Index("ix_leads_tenant_id_stage_id", "tenant_id", "stage_id"),
        Index("ix_leads_tenant_id_source_id", "tenant_id", "source_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    company: Mapped[str | None] = mapped_column(String(200))
    stage_id: Mapped[uuid.UUID]
    source_id: Mapped[uuid.UUID | None]
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
