"""Saved views of the leads list: a person's filter and sort, kept by name, their own
or shared with the whole company. A private view names its creator's membership,
which takes it away when they leave; a shared one stays.

Revision ID: 0034
Revises: 0033
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEAD_ORDER = sa.Enum(
    "created",
    "updated",
    "score",
    "name",
    name="lead_order",
    native_enum=False,
    create_constraint=True,
    length=20,
)


def upgrade() -> None:
    op.create_table(
        "lead_views",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("order_by", LEAD_ORDER, nullable=False),
        sa.Column("descending", sa.Boolean(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("private_to_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("shared = (private_to_id IS NULL)", name="private_or_shared"),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_lead_views_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "private_to_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            name=op.f("fk_lead_views_tenant_id_private_to_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_views")),
        sa.UniqueConstraint(
            "tenant_id",
            "created_by_id",
            "name",
            name=op.f("uq_lead_views_tenant_id_created_by_id_name"),
        ),
    )
    op.create_index(
        "ix_lead_views_tenant_id_private_to_id", "lead_views", ["tenant_id", "private_to_id"]
    )
    isolate_tenant_table("lead_views")


def downgrade() -> None:
    op.drop_table("lead_views")
