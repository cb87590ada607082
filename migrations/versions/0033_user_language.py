"""The language each person reads the web app in; null follows their browser.

Revision ID: 0033
Revises: 0032
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGE = sa.Enum(
    "nb", "en", name="language", native_enum=False, create_constraint=False, length=20
)


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", LANGUAGE, nullable=True))
        batch_op.create_check_constraint("language", sa.text("language IN ('nb', 'en')"))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_users_language"), type_="check")
        batch_op.drop_column("language")
