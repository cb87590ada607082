"""Routing's tables: when each member can take leads, the rules, the round robins'
turns, and every decision made."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, composite, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow
from leadhub.reach import OfALead

MAX_SLA_MINUTES = 30 * 24 * 60


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


class Strategy(StrEnum):
    """How a rule chooses among a team's members who can take a lead."""

    ROUND_ROBIN = "round_robin"  # each in turn
    WEIGHTED_ROUND_ROBIN = "weighted_round_robin"  # in turn, as often as their weight
    LEAST_LOADED = "least_loaded"  # the one with the fewest open leads


class TargetKind(StrEnum):
    TEAM = "team"  # a member of the team, as the strategy chooses
    USER = "user"  # one member
    QUEUE = "queue"  # nobody yet: the team's queue, or the tenant's with no team


@dataclass(frozen=True)
class Target:
    """Where a rule sends a lead: ``team_id`` for TEAM (and a team's QUEUE), ``user_id``
    for USER. Kept as ids without foreign keys: a target deleted since is explained
    in the decision, never a rule lost."""

    kind: TargetKind
    team_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None


UNASSIGNED = Target(TargetKind.QUEUE)


class Match(StrEnum):
    ALL = "all"  # every condition holds
    ANY = "any"  # one condition holds, at least


class SlaAction(StrEnum):
    """What happens to a lead nobody responded to in time."""

    NEXT_MEMBER = "next_member"  # the rule's strategy picks another member
    ESCALATE = "escalate"  # the team's manager takes it


def _target(prefix: str) -> Any:
    return composite(
        Target,
        mapped_column(f"{prefix}_kind", enum_column(TargetKind, f"{prefix}_kind")),
        mapped_column(f"{prefix}_team_id", nullable=True),
        mapped_column(f"{prefix}_user_id", nullable=True),
    )


class RoutingRule(TenantOwned, Base):
    """One of a tenant's rules, tried in ``position`` order: the first whose
    conditions hold sends the lead to its target, or past it to its overflow when
    nobody there can take it."""

    __tablename__ = "routing_rules"
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        CheckConstraint(f"sla_minutes BETWEEN 1 AND {MAX_SLA_MINUTES}", name="sla_minutes"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int]
    match: Mapped[Match] = mapped_column(enum_column(Match, "condition_match"))
    # leads.conditions.Condition each, as ``routing.rules`` writes them.
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    target: Mapped[Target] = _target("target")
    strategy: Mapped[Strategy] = mapped_column(enum_column(Strategy, "routing_strategy"))
    # First the owner of the company's other leads (by domain), if they can take it.
    sticky: Mapped[bool] = mapped_column(default=False)
    within_working_hours: Mapped[bool] = mapped_column(default=False)
    overflow: Mapped[Target] = _target("overflow")
    sla_minutes: Mapped[int | None]  # until the first sales activity; None for no SLA
    sla_action: Mapped[SlaAction] = mapped_column(enum_column(SlaAction, "sla_action"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RoutingSettings(TenantOwned, Base):
    """A tenant's routing as a whole: where a lead no rule matches goes. Routing
    locks the row, so one routing at a time counts a tenant's turns and loads."""

    __tablename__ = "routing_settings"

    fallback: Mapped[Target] = _target("fallback")
    fallback_strategy: Mapped[Strategy] = mapped_column(enum_column(Strategy, "fallback_strategy"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Turns(TenantOwned, Base):
    """How many leads a team's member has had from routing, and when last: the
    round robins' state, in the database so every process shares it."""

    __tablename__ = "routing_turns"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "team_id", "user_id"],
            ["team_members.tenant_id", "team_members.team_id", "team_members.user_id"],
            ondelete="CASCADE",
        ),
    )

    team_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    turns: Mapped[int] = mapped_column(BigInteger, default=0)
    last_turn_at: Mapped[datetime | None]


class Trigger(StrEnum):
    """What asked for a lead to be routed."""

    CREATED = "created"
    STAGE = "stage"  # the lead reached one of the tenant's routing stages
    BULK = "bulk"
    ON_DEMAND = "on_demand"
    SLA = "sla"  # its response time passed


class SlaState(StrEnum):
    """Where a decision's response SLA stands."""

    PENDING = "pending"  # a sales activity is due by ``respond_by``
    MET = "met"  # one came in time
    MISSED = "missed"  # none came in time: the lead went on (``SlaAction``)
    SUPERSEDED = "superseded"  # the lead was routed again before it was due


class Outcome(StrEnum):
    ASSIGNED = "assigned"  # to a member
    QUEUED = "queued"  # to nobody yet: a team's queue or the tenant's


_PENDING = text("sla = 'pending'")


class RoutingDecision(OfALead, Base):
    """Who routing gave a lead to, and why: the rule, each of its conditions'
    results, the strategy, and every candidate passed over with the reason. The
    newest of a lead's decisions is the one that stands."""

    __tablename__ = "routing_decisions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        Index("ix_routing_decisions_tenant_id_lead_id_id", "tenant_id", "lead_id", "id"),
        # Assignments by when they were made (response time, the KPIs).
        Index("ix_routing_decisions_tenant_id_decided_at", "tenant_id", "decided_at"),
        Index(
            "ix_routing_decisions_tenant_id_respond_by",
            "tenant_id",
            "respond_by",
            postgresql_where=_PENDING,
            sqlite_where=_PENDING,
        ),
        # A lead routed again supersedes its pending SLA: found by the lead, where
        # the index above would read every pending SLA of the tenant.
        Index(
            "ix_routing_decisions_tenant_id_lead_id_pending",
            "tenant_id",
            "lead_id",
            postgresql_where=_PENDING,
            sqlite_where=_PENDING,
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    trigger: Mapped[Trigger] = mapped_column(enum_column(Trigger, "routing_trigger"))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, "routing_outcome"))
    rule_id: Mapped[uuid.UUID | None]  # None for the fallback
    user_id: Mapped[uuid.UUID | None]  # who got the lead
    team_id: Mapped[uuid.UUID | None]  # the team they got it through, or whose queue
    # decisions.Explanation.to_json()
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON)
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the first sales activity after it came; the response SLA's deadline and state.
    responded_at: Mapped[datetime | None]
    respond_by: Mapped[datetime | None]
    sla: Mapped[SlaState | None] = mapped_column(enum_column(SlaState, "sla_state"))
