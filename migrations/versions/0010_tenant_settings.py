"""A tenant's time zone and currency, beside its phone region.

Tenants that exist get Norway's (Europe/Oslo, NOK), where our first customers are;
their owners can change both.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "time_zone", sa.String(length=64), nullable=False, server_default="Europe/Oslo"
            )
        )
        batch_op.add_column(
            sa.Column("currency", sa.String(length=3), nullable=False, server_default="NOK")
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("currency")
        batch_op.drop_column("time_zone")
