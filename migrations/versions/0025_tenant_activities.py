"""Activities of the whole tenant, about no one lead: an import's summary first
(one activity for all its rows), then the goals and the tenant feed of issue 12.

Only the lead is made optional. Rows without one are seen by whom sees the whole
tenant: a sales rep's reach, in the ORM's criteria and in row-level security,
asks for a lead in reach, which such a row never has.

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column("lead_id", existing_type=sa.Uuid(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM activities WHERE lead_id IS NULL")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column("lead_id", existing_type=sa.Uuid(), nullable=False)
