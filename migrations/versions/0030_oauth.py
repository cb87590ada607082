"""Partners' OAuth 2 clients, the codes people grant them, and their tokens, each
secret kept as a digest.

Revision ID: 0030
Revises: 0029
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("oauth_clients", "oauth_codes", "oauth_tokens", "oauth_spent_refreshes")


def _user(table: str, column: str, on_delete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete=on_delete
    )


def _client(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id", "client_id"],
        ["oauth_clients.tenant_id", "oauth_clients.id"],
        name=op.f(f"fk_{table}_tenant_id_client_id_oauth_clients"),
    )


def upgrade() -> None:
    op.create_table(
        "oauth_clients",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=True),
        sa.Column("redirect_uris", sa.JSON(), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("registered_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("secret_rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        _user("oauth_clients", "registered_by_id", "SET NULL"),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_oauth_clients")),
    )
    op.create_table(
        "oauth_codes",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("redirect_uri", sa.String(length=2000), nullable=True),
        sa.Column("scope", sa.String(length=1000), nullable=False),
        sa.Column("code_challenge", sa.String(length=128), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("family_id", sa.Uuid(), nullable=True),
        _client("oauth_codes"),
        _user("oauth_codes", "user_id", "CASCADE"),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_oauth_codes")),
        sa.UniqueConstraint(
            "tenant_id", "code_hash", name=op.f("uq_oauth_codes_tenant_id_code_hash")
        ),
    )
    op.create_table(
        "oauth_tokens",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("access_hash", sa.String(length=64), nullable=False),
        sa.Column("refresh_hash", sa.String(length=64), nullable=True),
        sa.Column("scope", sa.String(length=1000), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("access_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refresh_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        _client("oauth_tokens"),
        _user("oauth_tokens", "user_id", "CASCADE"),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_oauth_tokens")),
        sa.UniqueConstraint(
            "tenant_id", "access_hash", name=op.f("uq_oauth_tokens_tenant_id_access_hash")
        ),
        sa.UniqueConstraint(
            "tenant_id", "refresh_hash", name=op.f("uq_oauth_tokens_tenant_id_refresh_hash")
        ),
    )
    for columns in (["tenant_id", "family_id"], ["tenant_id", "client_id"]):
        op.create_index(op.f(f"ix_oauth_tokens_{'_'.join(columns)}"), "oauth_tokens", columns)
    op.create_table(
        "oauth_spent_refreshes",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("token_id", sa.Uuid(), nullable=False),
        sa.Column("spent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "token_id"],
            ["oauth_tokens.tenant_id", "oauth_tokens.id"],
            name=op.f("fk_oauth_spent_refreshes_tenant_id_token_id_oauth_tokens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "token_id", name=op.f("pk_oauth_spent_refreshes")),
    )
    for table in TABLES:
        isolate_tenant_table(table)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
