"""Leads, their sources, stage history and activity feed; tenants get a default region.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

TENANT_TABLES = ("sources", "leads", "activities", "stage_changes")

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
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("domain", sa.String(length=255), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column(
            "company_size",
            sa.Enum(
                "micro",
                "small",
                "medium",
                "large",
                name="company_size",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "purchase_timeframe",
            sa.Enum(
                "immediate",
                "within_two_months",
                "later",
                "unknown",
                name="purchase_timeframe",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "temperature",
            sa.Enum(
                "cold",
                "warm",
                "hot",
                name="temperature",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("temperature_overridden", sa.Boolean(), nullable=False),
        sa.Column("expected_value", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("won_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("closed_reason", sa.String(length=500), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("nurture_until", sa.Date(), nullable=True),
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

    op.create_table(
        "activities",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "updated",
                "imported",
                "scored",
                "assigned",
                "stage_changed",
                "note",
                "call",
                "email",
                "meeting",
                "web_visit",
                "content_interaction",
                "chat",
                "merged",
                name="activity_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["users.id"],
            name=op.f("fk_activities_actor_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "lead_id"],
            ["leads.tenant_id", "leads.id"],
            name=op.f("fk_activities_tenant_id_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_tenant_id_lead_id_occurred_at",
            ["tenant_id", "lead_id", "occurred_at"],
            unique=False,
        )

    op.create_table(
        "stage_changes",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage_id", sa.Uuid(), nullable=True),
        sa.Column("to_stage_id", sa.Uuid(), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_stage_changes_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "from_stage_id"],
            ["funnel_stages.tenant_id", "funnel_stages.id"],
            name=op.f("fk_stage_changes_tenant_id_from_stage_id_funnel_stages"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "lead_id"],
            ["leads.tenant_id", "leads.id"],
            name=op.f("fk_stage_changes_tenant_id_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "to_stage_id"],
            ["funnel_stages.tenant_id", "funnel_stages.id"],
            name=op.f("fk_stage_changes_tenant_id_to_stage_id_funnel_stages"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stage_changes_tenant_id_lead_id", ["tenant_id", "lead_id"], unique=False
        )
        batch_op.create_index(
            "ix_stage_changes_tenant_id_to_stage_id", ["tenant_id", "to_stage_id"], unique=False
        )

    with op.batch_alter_table("funnel_stages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "milestone",
                sa.Enum(
                    "suspect",
                    "mql",
                    "sql",
                    "opportunity",
                    "customer",
                    "lost",
                    "disqualified",
                    name="milestone",
                    native_enum=False,
                    create_constraint=True,
                    length=20,
                ),
                nullable=True,
            )
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_funnel_stages_tenant_id_milestone"), ["tenant_id", "milestone"]
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("default_region", sa.String(length=2), nullable=True))

    for table in TENANT_TABLES:
        isolate_tenant_table(table)


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("default_region")

    with op.batch_alter_table("funnel_stages", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_funnel_stages_tenant_id_milestone"))
        # SQLite's copy of the table would keep the column's CHECK otherwise.
        batch_op.drop_constraint(batch_op.f("ck_funnel_stages_milestone"), type_="check")
        batch_op.drop_column("milestone")

    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_changes_tenant_id_to_stage_id")
        batch_op.drop_index("ix_stage_changes_tenant_id_lead_id")

    op.drop_table("stage_changes")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_tenant_id_lead_id_occurred_at")

    op.drop_table("activities")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_tenant_id_stage_id")
        batch_op.drop_index("ix_leads_tenant_id_source_id")

    op.drop_table("leads")
    op.drop_table("sources")
