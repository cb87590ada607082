"""Goals, which marketing's and sales' teams own together, measured by the KPIs;
and the two activities they leave: reached, and fallen behind their pace.

Revision ID: 0028
Revises: 0027
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table, owner_sees_every_tenant

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVITY_KINDS = (
    "created",
    "updated",
    "imported",
    "scored",
    "assigned",
    "stage_changed",
    "note",
    "call",
    "email",
    "meeting",
    "web_visit",
    "content_interaction",
    "chat",
    "merged",
    "parked",
    "nurture_ended",
)
NEW_ACTIVITY_KINDS = ("goal_reached", "goal_behind")
METRICS = (
    "lead_volume",
    "stage_reached",
    "stage_conversion",
    "lead_to_customer",
    "win_rate",
    "sales_volume",
    "wins",
    "average_ticket",
    "sales_cycle_days",
    "response_minutes",
    "share_over_sla",
    "customer_retention",
    "pipeline_value",
    "source_return",
)
PERIODS = ("month", "quarter", "custom")
TABLES = ("goals", "goal_owners")


def _activity_kinds(kinds: Sequence[str]) -> None:
    quoted = ", ".join(f"'{kind}'" for kind in kinds)
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_activities_activity_kind"), type_="check")
        batch_op.create_check_constraint("activity_kind", sa.text(f"kind IN ({quoted})"))


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "goals",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("metric", _enum("goal_metric", METRICS), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=True),
        sa.Column("from_stage_id", sa.Uuid(), nullable=True),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("target", sa.Numeric(precision=16, scale=4), nullable=False),
        sa.Column("period", _enum("goal_period", PERIODS), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reached_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("behind_since", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_goals_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "from_stage_id"],
            ["funnel_stages.tenant_id", "funnel_stages.id"],
            name=op.f("fk_goals_tenant_id_from_stage_id_funnel_stages"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "source_id"],
            ["sources.tenant_id", "sources.id"],
            name=op.f("fk_goals_tenant_id_source_id_sources"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "stage_id"],
            ["funnel_stages.tenant_id", "funnel_stages.id"],
            name=op.f("fk_goals_tenant_id_stage_id_funnel_stages"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_goals")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_goals_tenant_id_name")),
    )
    op.create_table(
        "goal_owners",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "goal_id"],
            ["goals.tenant_id", "goals.id"],
            name=op.f("fk_goal_owners_tenant_id_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "team_id"],
            ["teams.tenant_id", "teams.id"],
            name=op.f("fk_goal_owners_tenant_id_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "goal_id", "team_id", name=op.f("pk_goal_owners")),
    )
    for table in TABLES:
        isolate_tenant_table(table)
    _activity_kinds(ACTIVITY_KINDS + NEW_ACTIVITY_KINDS)


def downgrade() -> None:
    with owner_sees_every_tenant("activities"):
        op.execute(f"DELETE FROM activities WHERE kind IN {NEW_ACTIVITY_KINDS!r}")
    _activity_kinds(ACTIVITY_KINDS)
    for table in reversed(TABLES):
        op.drop_table(table)
