"""The days the daily sweep has run, so a start sweeps only if that day's has not.

A global table, seen and written only by the sweep that lists every tenant.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sweep_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_sweep_days")),
    )
    if not is_postgresql():
        return
    op.execute("ALTER TABLE sweep_days ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE sweep_days FORCE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY sweep_records_its_days ON sweep_days FOR ALL"
        " USING (app_all_tenants()) WITH CHECK (app_all_tenants())"
    )


def downgrade() -> None:
    op.drop_table("sweep_days")
