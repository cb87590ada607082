"""Where a tenant's events go (WebhookEndpoint), each event sent to each (WebhookDelivery),
and how far the tenant's commit log has been read for events (WebhookCursor)."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # not yet answered with a 2xx: its next attempt is due
    DELIVERED = "delivered"
    FAILED = "failed"  # retried until its time ran out, or its endpoint was disabled


class WebhookEndpoint(TenantOwned, Base):
    """An address that receives the tenant's events of the types it subscribes to."""

    __tablename__ = "webhook_endpoints"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "created_by_client_id"], ["oauth_clients.tenant_id", "oauth_clients.id"]
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(String(200), default="")
    event_types: Mapped[list[str]] = mapped_column(JSON)
    # When it was made, or enabled again: a delivery made before, redelivered and
    # failing, says nothing of how the endpoint fares since.
    enabled_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set while it is off (``enabled``), by hand, for failing, or as its app was revoked.
    disabled_at: Mapped[datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(String(200))
    # Its signing secret is derived from the server's key, this id and this version
    # (``signing``): nothing secret is stored. A rotation bumps the version, and the
    # previous one signs too until a grace period after ``secret_rotated_at``.
    secret_version: Mapped[int] = mapped_column(default=1)
    secret_rotated_at: Mapped[datetime | None]
    # It receives events committed after this position of the tenant's commit log:
    # none from before it was made or enabled again.
    from_position: Mapped[int] = mapped_column(BigInteger, default=0)
    # When an event was last delivered: a delivery made since that fails all its
    # retries shows that nothing got through for as long, and disables it.
    last_delivered_at: Mapped[datetime | None]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    # A partner's client that made it, which sees and manages only its own.
    created_by_client_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @hybrid_property
    def enabled(self) -> bool:
        """Whether events are sent to it: until it is disabled."""
        return self.disabled_at is None

    @enabled.inplace.expression
    @classmethod
    def _enabled(cls) -> ColumnElement[bool]:
        return cls.disabled_at.is_(None)


class WebhookDelivery(TenantOwned, Base):
    """One event sent to one endpoint, with its attempts so far: the delivery log."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "endpoint_id"],
            ["webhook_endpoints.tenant_id", "webhook_endpoints.id"],
            ondelete="CASCADE",
        ),
        # An endpoint's log, newest first; and the old ones the daily sweep forgets.
        Index(None, "tenant_id", "endpoint_id", "id"),
        Index(None, "tenant_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    endpoint_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(50))
    # The whole message as sent, the same bytes on every attempt.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_column(DeliveryStatus, "webhook_delivery_status"), default=DeliveryStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(default=0)
    # When the job that makes the next attempt is due; a job due at another time
    # (superseded by a redelivery) does nothing.
    next_attempt_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookCursor(TenantOwned, Base):
    """How far the tenant's commit log has been turned into deliveries: after the
    event ``after_id`` of the transaction at ``position``."""

    __tablename__ = "webhook_cursors"

    position: Mapped[int] = mapped_column(BigInteger)
    after_id: Mapped[uuid.UUID]
