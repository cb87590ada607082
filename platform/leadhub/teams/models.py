"""Teams: named groups of a tenant's members that own leads together and take the
leads routing hands them."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import EVERY_WRITE, Base, TenantOwned, enum_column, new_id, utcnow

MAX_WEIGHT = 100
MAX_CAPACITY = 100_000


class TeamKind(StrEnum):
    MARKETING = "marketing"
    SALES = "sales"


class Team(TenantOwned, Base):
    __tablename__ = "teams"
    # Deleting a team takes its members off it (a cascade no flush sees).
    identity_writes = frozenset(("delete",))
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[TeamKind] = mapped_column(
        enum_column(TeamKind, "team_kind"), default=TeamKind.SALES, server_default="sales"
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TeamMember(TenantOwned, Base):
    """A member of the tenant on one of its teams; leaving the tenant leaves the team."""

    __tablename__ = "team_members"
    identity_writes = EVERY_WRITE  # a rep's reach
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "team_id"], ["teams.tenant_id", "teams.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("tenant_id", "team_id", "user_id"),
        Index("ix_team_members_tenant_id_user_id", "tenant_id", "user_id"),
        CheckConstraint(f"weight BETWEEN 1 AND {MAX_WEIGHT}", name="weight"),
        CheckConstraint(f"capacity BETWEEN 0 AND {MAX_CAPACITY}", name="capacity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    team_id: Mapped[uuid.UUID]
    user_id: Mapped[uuid.UUID]
    # Routing hands leads to active members only; a manager is escalated to.
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    manages: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The most open leads the member takes at once; None for no limit.
    capacity: Mapped[int | None]
    # A member of weight 2 takes twice the leads of one of weight 1 (weighted round robin).
    weight: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
