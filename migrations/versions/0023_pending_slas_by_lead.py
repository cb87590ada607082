"""Pending response SLAs found by their lead.

Routing a lead again supersedes its pending SLA. The planner found them through
the partial index of pending SLAs by deadline, reading every pending SLA of the
tenant to pick out a batch's leads: 50 ms a batch once 90,000 leads had been
routed. An index of the pending ones by lead finds them directly.

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_routing_decisions_tenant_id_lead_id_pending"
PENDING = sa.text("sla = 'pending'")


def upgrade() -> None:
    op.create_index(
        INDEX,
        "routing_decisions",
        ["tenant_id", "lead_id"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="routing_decisions")
