"""Routing rules, the state of their round robins, and every decision they make.

``routing_rules`` are a tenant's rules in order: when their conditions (all or
any) hold, a lead goes to the target (a team's member by a strategy, a member, or
a queue), else to the overflow when nobody there can take it. ``routing_settings``
holds where leads no rule matches go, and its row is what routing locks.
``routing_turns`` counts each team member's leads for the round robins;
``routing_decisions`` keeps each decision with its explanation and response SLA.
A funnel stage now says whether leads reaching it are routed: the SQL stage
does, as DOMAIN.md hands sales qualified leads to sales. Conditions compare
numbers BETWEEN two bounds too: scoring's operator column admits the value, as
the operators' enum has it, though fit rules refuse it (they keep one number). An
activity names the rule that did it in up to 100 characters, a rule's name's
length (routing credits its rules).

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table, keep_to_leads_in_reach, owner_sees_every_tenant

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPERATORS = (
    "is_one_of",
    "is_not_one_of",
    "contains",
    "at_least",
    "at_most",
    "is_set",
    "is_not_set",
)
_STRATEGIES = ("round_robin", "weighted_round_robin", "least_loaded")
_PENDING = sa.text("sla = 'pending'")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def _target(prefix: str) -> list[sa.Column[object]]:
    return [
        sa.Column(
            f"{prefix}_kind", _enum(f"{prefix}_kind", "team", "user", "queue"), nullable=False
        ),
        sa.Column(f"{prefix}_team_id", sa.Uuid(), nullable=True),
        sa.Column(f"{prefix}_user_id", sa.Uuid(), nullable=True),
    ]


def _operators_check(*values: str) -> sa.TextClause:
    return sa.text(f"operator IN ({', '.join(repr(value) for value in values)})")


def upgrade() -> None:
    op.create_table(
        "routing_rules",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("match", _enum("condition_match", "all", "any"), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        *_target("target"),
        sa.Column("strategy", _enum("routing_strategy", *_STRATEGIES), nullable=False),
        sa.Column("sticky", sa.Boolean(), nullable=False),
        sa.Column("within_working_hours", sa.Boolean(), nullable=False),
        *_target("overflow"),
        sa.Column("sla_minutes", sa.Integer(), nullable=True),
        sa.Column("sla_action", _enum("sla_action", "next_member", "escalate"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("sla_minutes BETWEEN 1 AND 43200", name="sla_minutes"),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_routing_rules")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_routing_rules_tenant_id_name")),
    )
    op.create_table(
        "routing_settings",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        *_target("fallback"),
        sa.Column("fallback_strategy", _enum("fallback_strategy", *_STRATEGIES), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_routing_settings")),
    )
    op.create_table(
        "routing_turns",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("turns", sa.BigInteger(), nullable=False),
        sa.Column("last_turn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["tenant_id", "team_id", "user_id"],
            ["team_members.tenant_id", "team_members.team_id", "team_members.user_id"],
            name=op.f("fk_routing_turns_tenant_id_team_id_user_id_team_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "team_id", "user_id", name=op.f("pk_routing_turns")),
    )
    op.create_table(
        "routing_decisions",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column(
            "trigger",
            _enum("routing_trigger", "created", "stage", "bulk", "on_demand", "sla"),
            nullable=False,
        ),
        sa.Column("outcome", _enum("routing_outcome", "assigned", "queued"), nullable=False),
        sa.Column("rule_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("respond_by", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "sla", _enum("sla_state", "pending", "met", "missed", "superseded"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "lead_id"],
            ["leads.tenant_id", "leads.id"],
            name=op.f("fk_routing_decisions_tenant_id_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_routing_decisions")),
    )
    op.create_index(
        "ix_routing_decisions_tenant_id_lead_id_id",
        "routing_decisions",
        ["tenant_id", "lead_id", "id"],
    )
    op.create_index(
        "ix_routing_decisions_tenant_id_respond_by",
        "routing_decisions",
        ["tenant_id", "respond_by"],
        postgresql_where=_PENDING,
        sqlite_where=_PENDING,
    )
    for table in ("routing_rules", "routing_settings", "routing_turns", "routing_decisions"):
        isolate_tenant_table(table)
    keep_to_leads_in_reach("routing_decisions")
    with owner_sees_every_tenant("tenants"), owner_sees_every_tenant("routing_settings"):
        op.execute(
            "INSERT INTO routing_settings (tenant_id, fallback_kind, fallback_strategy, updated_at)"
            " SELECT id, 'queue', 'round_robin', CURRENT_TIMESTAMP FROM tenants"
        )
    with op.batch_alter_table("funnel_stages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("routes_leads", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with owner_sees_every_tenant("funnel_stages"):
        op.execute("UPDATE funnel_stages SET routes_leads = true WHERE milestone = 'sql'")
    with op.batch_alter_table("scoring_rules", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_scoring_rules_condition_operator"), type_="check")
        batch_op.create_check_constraint(
            "condition_operator", _operators_check(*_OPERATORS, "between")
        )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column(
            "actor_job", type_=sa.String(length=100), existing_type=sa.String(length=50)
        )


def downgrade() -> None:
    with owner_sees_every_tenant("activities"):
        op.execute("UPDATE activities SET actor_job = substr(actor_job, 1, 50)")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column(
            "actor_job", type_=sa.String(length=50), existing_type=sa.String(length=100)
        )
    with op.batch_alter_table("scoring_rules", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_scoring_rules_condition_operator"), type_="check")
        batch_op.create_check_constraint("condition_operator", _operators_check(*_OPERATORS))
    with op.batch_alter_table("funnel_stages", schema=None) as batch_op:
        batch_op.drop_column("routes_leads")
    op.drop_table("routing_decisions")
    op.drop_table("routing_turns")
    op.drop_table("routing_settings")
    op.drop_table("routing_rules")
