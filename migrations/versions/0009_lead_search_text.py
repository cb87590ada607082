"""Each lead's search text: its name, company and email folded, and its phone's digits.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.leads.searchable import SEARCHED, search_text
from leadhub.rls import is_postgresql, owner_sees_every_tenant

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    with owner_sees_every_tenant("leads"):
        _fill_search_text()
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.alter_column("search_text", existing_type=sa.Text(), nullable=False)
    if is_postgresql():
        # Trusted since PostgreSQL 13: the database's owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # A trigram index on PostgreSQL; SQLite, which has neither, gets a plain one.
    op.create_index(
        "ix_leads_search_text",
        "leads",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def downgrade() -> None:
    # pg_trgm stays: it may have been there before, and it holds no data.
    op.drop_index("ix_leads_search_text", table_name="leads")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("search_text")


def _fill_search_text() -> None:
    """In batches by primary key, so a large table is never held in memory."""
    connection = op.get_bind()
    select = f"SELECT tenant_id, id, {', '.join(SEARCHED)} FROM leads"
    after = f"{select} WHERE (tenant_id, id) > (:tenant_id, :id)"
    update = sa.text(
        "UPDATE leads SET search_text = :search_text WHERE tenant_id = :tenant_id AND id = :id"
    )
    last: dict[str, object] | None = None
    while True:
        page = f"{after if last else select} ORDER BY tenant_id, id LIMIT {BATCH}"
        leads = connection.execute(sa.text(page), last or {}).mappings().all()
        if not leads:
            return
        connection.execute(
            update,
            [
                {"tenant_id": lead["tenant_id"], "id": lead["id"], "search_text": search_text(lead)}
                for lead in leads
            ],
        )
        last = {"tenant_id": leads[-1]["tenant_id"], "id": leads[-1]["id"]}
