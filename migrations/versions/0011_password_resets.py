"""Password reset links: a global table, policed like logins.

A reset is read by its user or by the request presenting its token; it is created
only for the person whose email the session looked up, and used only by its user.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICIES = [
    "CREATE POLICY resets_in_scope ON password_resets FOR SELECT"
    " USING (user_id = app_user_id() OR token_hash = app_lookup_token())",
    # The users subquery is bound by its own policy: the looked-up person only.
    "CREATE POLICY resets_of_looked_up_person ON password_resets FOR INSERT WITH CHECK ("
    " email = app_lookup_email()"
    " AND user_id IN (SELECT id FROM users WHERE email = app_lookup_email()))",
    "CREATE POLICY own_resets_use ON password_resets FOR UPDATE"
    " USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())",
    "CREATE POLICY own_resets_removal ON password_resets FOR DELETE"
    " USING (user_id = app_user_id())",
]


def upgrade() -> None:
    op.create_table(
        "password_resets",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("requested_from", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_from", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_password_resets_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_resets")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_password_resets_token_hash")),
    )
    with op.batch_alter_table("password_resets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_password_resets_user_id"), ["user_id"], unique=False)
    if not is_postgresql():
        return
    op.execute("ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE password_resets FORCE ROW LEVEL SECURITY")
    for policy in POLICIES:
        op.execute(policy)


def downgrade() -> None:
    with op.batch_alter_table("password_resets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_resets_user_id"))
    op.drop_table("password_resets")
