"""The feed, read by tenant, kind and person, and live: transactions that record
activities are numbered in the order they commit (feed_commits, counted on
feed_heads), and each activity names its transaction, so a subscriber resumes
after the last it saw without a gap. Activities from before carry no batch: they
are history, read by the feed's pages, and are never sent live.

Revision ID: 0027
Revises: 0026
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("feed_heads", "feed_commits")


def upgrade() -> None:
    op.create_table(
        "feed_heads",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_feed_heads")),
    )
    op.create_table(
        "feed_commits",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("committed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "position", name=op.f("pk_feed_commits")),
        sa.UniqueConstraint(
            "tenant_id", "batch_id", name=op.f("uq_feed_commits_tenant_id_batch_id")
        ),
    )
    for table in TABLES:
        isolate_tenant_table(table)
    with op.batch_alter_table("activities") as batch_op:
        batch_op.add_column(sa.Column("batch_id", sa.Uuid(), nullable=True))
        batch_op.drop_index("ix_activities_tenant_id_kind")
        batch_op.create_index(
            "ix_activities_tenant_id_kind_occurred_at_id",
            ["tenant_id", "kind", "occurred_at", "id"],
        )
        batch_op.create_index(
            "ix_activities_tenant_id_occurred_at_id", ["tenant_id", "occurred_at", "id"]
        )
        batch_op.create_index(
            "ix_activities_tenant_id_actor_id_occurred_at", ["tenant_id", "actor_id", "occurred_at"]
        )
        batch_op.create_index("ix_activities_tenant_id_batch_id", ["tenant_id", "batch_id"])


def downgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_tenant_id_batch_id")
        batch_op.drop_index("ix_activities_tenant_id_actor_id_occurred_at")
        batch_op.drop_index("ix_activities_tenant_id_occurred_at_id")
        batch_op.drop_index("ix_activities_tenant_id_kind_occurred_at_id")
        batch_op.create_index("ix_activities_tenant_id_kind", ["tenant_id", "kind"])
        batch_op.drop_column("batch_id")
    for table in reversed(TABLES):
        op.drop_table(table)
