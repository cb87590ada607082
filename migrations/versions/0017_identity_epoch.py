"""A count of the changes to who logins act as, for the API's cache of identities.

One global row, no tenant's data: the application role reads it on every request
and moves it on when it commits a change to a login, a membership, a team or a
tenant (leadhub.identity_epoch); it may neither add a row nor remove the one.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "identity_epoch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_epoch")),
    )
    op.bulk_insert(table, [{"id": 1, "epoch": 0}])
    if not is_postgresql():
        return
    op.execute("ALTER TABLE identity_epoch ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE identity_epoch FORCE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY epoch_read ON identity_epoch FOR SELECT USING (true)")
    op.execute(
        "CREATE POLICY epoch_moved_on ON identity_epoch FOR UPDATE USING (true) WITH CHECK (true)"
    )


def downgrade() -> None:
    op.drop_table("identity_epoch")
