"""The trigram index on leads goes: under row-level security the application role
never read it, and search now reads its own (migration 0014); every write of a
lead paid for it, a list import most of all.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_leads_search_text", table_name="leads")


def downgrade() -> None:
    # As migration 0009 made it: trigrams on PostgreSQL, a plain index on SQLite.
    op.create_index(
        "ix_leads_search_text",
        "leads",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
