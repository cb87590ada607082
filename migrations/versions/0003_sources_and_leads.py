"""Sources and leads (the columns the funnel needs; the leads issue adds the rest).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "referral",
                "advertising",
                "purchased_list",
                "email_campaign",
                "webinar",
                "seminar",
                "trade_fair",
                "peer_meeting",
                "sponsored_event",
                "inbound_content",
                "social_media",
                "networking",
                "local_advertising",
                "web_form",
                "live_chat",
                "recycled",
                name="source_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("campaign", sa.String(length=200), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("cost", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_sources")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_sources_tenant_id_name")),
    )
    op.create_table(
        "leads",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_leads_owner_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "source_id"],
            ["sources.tenant_id", "sources.id"],
            name=op.f("fk_leads_tenant_id_source_id_sources"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "stage_id"],
            ["funnel_stages.tenant_id", "funnel_stages.id"],
            name=op.f("fk_leads_tenant_id_stage_id_funnel_stages"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_leads_tenant_id_source_id", ["tenant_id", "source_id"], unique=False
        )
        batch_op.create_index(
            "ix_leads_tenant_id_stage_id", ["tenant_id", "stage_id"], unique=False
        )

    for table in ("sources", "leads"):
        isolate_tenant_table(table)


def downgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_tenant_id_stage_id")
        batch_op.drop_index("ix_leads_tenant_id_source_id")

    op.drop_table("leads")
    op.drop_table("sources")
