"""Goals: a target marketing and sales work towards together, measured by the KPIs."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow


class GoalMetric(StrEnum):
    """What a goal measures: a KPI of ``analytics`` over the goal's period."""

    LEAD_VOLUME = "lead_volume"  # leads created
    STAGE_REACHED = "stage_reached"  # leads that first reached the goal's stage
    STAGE_CONVERSION = "stage_conversion"  # from the goal's from-stage to its stage
    LEAD_TO_CUSTOMER = "lead_to_customer"
    WIN_RATE = "win_rate"
    SALES_VOLUME = "sales_volume"  # the amount won
    WINS = "wins"  # the count of wins
    AVERAGE_TICKET = "average_ticket"
    SALES_CYCLE_DAYS = "sales_cycle_days"  # the median: lower is better
    RESPONSE_MINUTES = "response_minutes"  # the median: lower is better
    SHARE_OVER_SLA = "share_over_sla"  # lower is better
    CUSTOMER_RETENTION = "customer_retention"
    PIPELINE_VALUE = "pipeline_value"
    SOURCE_RETURN = "source_return"  # the goal's source: won amount / its cost


class GoalPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    CUSTOM = "custom"


class Goal(TenantOwned, Base):
    __tablename__ = "goals"
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        ForeignKeyConstraint(
            ["tenant_id", "stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        ForeignKeyConstraint(
            ["tenant_id", "from_stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        ForeignKeyConstraint(["tenant_id", "source_id"], ["sources.tenant_id", "sources.id"]),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    metric: Mapped[GoalMetric] = mapped_column(enum_column(GoalMetric, "goal_metric"))
    stage_id: Mapped[uuid.UUID | None]
    from_stage_id: Mapped[uuid.UUID | None]
    source_id: Mapped[uuid.UUID | None]
    target: Mapped[Decimal] = mapped_column(Numeric(16, 4))
    period: Mapped[GoalPeriod] = mapped_column(enum_column(GoalPeriod, "goal_period"))
    # Local days of the tenant's time zone, both included.
    first_day: Mapped[date]
    last_day: Mapped[date]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the owners were told, so they are told once: that it was reached, and
    # that it fell behind its pace (cleared when it is back on pace).
    reached_at: Mapped[datetime | None]
    behind_since: Mapped[datetime | None]


class GoalOwner(TenantOwned, Base):
    """A team that owns a goal: marketing's and sales' teams together."""

    __tablename__ = "goal_owners"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "goal_id"], ["goals.tenant_id", "goals.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["tenant_id", "team_id"], ["teams.tenant_id", "teams.id"], ondelete="CASCADE"
        ),
    )

    goal_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    team_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)


class FunnelCount(TenantOwned, Base):
    """How many leads created on a local day reached which stages: the funnel's
    rollup, on PostgreSQL. Triggers on ``leads`` append a row for each change a
    statement makes (a count, or a count taken back), so it is exact at every
    commit and never locks against another writer; the daily sweep folds a
    tenant's rows into one a day and combination (migration 0029)."""

    __tablename__ = "funnel_counts"
    __table_args__ = (
        Index(
            "ix_funnel_counts_tenant_id_day",
            "tenant_id",
            "day",
            postgresql_include=["reached_stages", "leads"],
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    day: Mapped[date]  # the leads' creation, in the tenant's time zone
    reached_stages: Mapped[int] = mapped_column(BigInteger)
    leads: Mapped[int]  # added, or (below 0) taken back
