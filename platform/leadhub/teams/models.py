"""Teams: named groups of a tenant's members that may own leads together."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKeyConstraint, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import EVERY_WRITE, Base, TenantOwned, new_id, utcnow


class Team(TenantOwned, Base):
    __tablename__ = "teams"
    # Deleting a team takes its members off it (a cascade no flush sees).
    identity_writes = frozenset(("delete",))
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
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
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    team_id: Mapped[uuid.UUID]
    user_id: Mapped[uuid.UUID]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
