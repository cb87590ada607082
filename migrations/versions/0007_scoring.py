"""Scoring rules, each lead's score breakdown, and the tenant's MQL threshold.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scoring_rules",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fit",
                "engagement",
                name="scoring_rule_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column(
            "field",
            sa.Enum(
                "title",
                "company",
                "domain",
                "country",
                "region",
                "industry",
                "company_size",
                "source_kind",
                "temperature",
                "purchase_timeframe",
                "expected_value",
                "custom",
                name="scoring_field",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("custom_field_key", sa.String(length=50), nullable=True),
        sa.Column(
            "operator",
            sa.Enum(
                "is_one_of",
                "is_not_one_of",
                "contains",
                "at_least",
                "at_most",
                "is_set",
                "is_not_set",
                name="condition_operator",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("number", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("activity_kind", sa.String(length=20), nullable=True),
        sa.Column("half_life_days", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_scoring_rules")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_scoring_rules_tenant_id_name")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("score_breakdown", sa.JSON(), nullable=False, server_default="[]")
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mql_score_threshold", sa.Integer(), nullable=True))

    isolate_tenant_table("scoring_rules")


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("mql_score_threshold")

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("score_breakdown")

    op.drop_table("scoring_rules")
