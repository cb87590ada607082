"""Partners' incremental sync: each lead names the batch of the transaction that last
changed it, numbered as it commits (feed_commits); deleted and merged leads are kept
as tombstones. A tenant's leads from before are batches of a thousand, committed now.

Revision ID: 0031
Revises: 0030
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
import uuid_utils.compat
from alembic import op

from leadhub.rls import isolate_tenant_table, owner_sees_every_tenant

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEADS = sa.table(
    "leads",
    sa.column("tenant_id", sa.Uuid()),
    sa.column("id", sa.Uuid()),
    sa.column("change_batch_id", sa.Uuid()),
)
# Leads a batch of before holds: a page of a partner's sync sorts one batch's at most.
LEADS_A_BATCH = 1_000
FEED_HEADS = sa.table(
    "feed_heads", sa.column("tenant_id", sa.Uuid()), sa.column("position", sa.BigInteger())
)
FEED_COMMITS = sa.table(
    "feed_commits",
    sa.column("tenant_id", sa.Uuid()),
    sa.column("position", sa.BigInteger()),
    sa.column("batch_id", sa.Uuid()),
    sa.column("committed_at", sa.DateTime(timezone=True)),
)


def _batches_for_the_leads_of_before() -> None:
    """The leads of before as changed now, a thousand a batch, numbered after each
    tenant's feed: a partner syncing from any earlier time gets each of them."""
    connection = op.get_bind()
    tenant_ids = connection.execute(sa.select(LEADS.c.tenant_id).distinct()).scalars().all()
    for tenant_id in tenant_ids:
        lead_ids = (
            connection.execute(
                sa.select(LEADS.c.id).where(LEADS.c.tenant_id == tenant_id).order_by(LEADS.c.id)
            )
            .scalars()
            .all()
        )
        head = connection.execute(
            sa.select(FEED_HEADS.c.position).where(FEED_HEADS.c.tenant_id == tenant_id)
        ).scalar()
        position = head or 0
        for start in range(0, len(lead_ids), LEADS_A_BATCH):
            position += 1
            batch_id = uuid_utils.compat.uuid7()
            connection.execute(
                sa.insert(FEED_COMMITS).values(
                    tenant_id=tenant_id,
                    position=position,
                    batch_id=batch_id,
                    committed_at=sa.func.now(),
                )
            )
            chunk = lead_ids[start : start + LEADS_A_BATCH]
            connection.execute(
                sa.update(LEADS)
                .where(LEADS.c.tenant_id == tenant_id, LEADS.c.id.in_(chunk))
                .values(change_batch_id=batch_id)
            )
        if head is None:
            connection.execute(sa.insert(FEED_HEADS).values(tenant_id=tenant_id, position=position))
        else:
            connection.execute(
                sa.update(FEED_HEADS)
                .where(FEED_HEADS.c.tenant_id == tenant_id)
                .values(position=position)
            )


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_batch_id", sa.Uuid(), nullable=True))
    op.create_table(
        "lead_tombstones",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("change_batch_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_tombstones")),
    )
    op.create_index(
        op.f("ix_lead_tombstones_tenant_id_change_batch_id"),
        "lead_tombstones",
        ["tenant_id", "change_batch_id"],
    )
    isolate_tenant_table("lead_tombstones")
    with (
        owner_sees_every_tenant("leads"),
        owner_sees_every_tenant("funnel_counts"),
        owner_sees_every_tenant("feed_heads"),
        owner_sees_every_tenant("feed_commits"),
    ):
        _batches_for_the_leads_of_before()
    # After the backfill, which would otherwise update the index with every row.
    op.create_index(
        "ix_leads_tenant_id_change_batch_id_id", "leads", ["tenant_id", "change_batch_id", "id"]
    )
    op.create_index(
        "ix_feed_commits_tenant_id_committed_at", "feed_commits", ["tenant_id", "committed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_feed_commits_tenant_id_committed_at", table_name="feed_commits")
    op.drop_table("lead_tombstones")
    op.drop_index("ix_leads_tenant_id_change_batch_id_id", table_name="leads")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("change_batch_id")
