"""Lead tags, partner ids, referrers, and custom fields with their definitions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lead_external_ids",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("system", sa.String(length=50), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "lead_id"],
            ["leads.tenant_id", "leads.id"],
            name=op.f("fk_lead_external_ids_tenant_id_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_external_ids")),
        sa.UniqueConstraint(
            "tenant_id",
            "system",
            "external_id",
            name=op.f("uq_lead_external_ids_tenant_id_system_external_id"),
        ),
    )
    with op.batch_alter_table("lead_external_ids", schema=None) as batch_op:
        batch_op.create_index(
            "ix_lead_external_ids_tenant_id_lead_id", ["tenant_id", "lead_id"], unique=False
        )

    op.create_table(
        "lead_tags",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "lead_id"],
            ["leads.tenant_id", "leads.id"],
            name=op.f("fk_lead_tags_tenant_id_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_tags")),
        sa.UniqueConstraint(
            "tenant_id", "lead_id", "tag", name=op.f("uq_lead_tags_tenant_id_lead_id_tag")
        ),
    )
    with op.batch_alter_table("lead_tags", schema=None) as batch_op:
        batch_op.create_index("ix_lead_tags_tenant_id_tag", ["tenant_id", "tag"], unique=False)

    op.create_table(
        "custom_field_definitions",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "text",
                "number",
                "date",
                "boolean",
                "choice",
                name="field_type",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_custom_field_definitions")),
        sa.UniqueConstraint(
            "tenant_id", "key", name=op.f("uq_custom_field_definitions_tenant_id_key")
        ),
    )
    for table in ("lead_external_ids", "lead_tags", "custom_field_definitions"):
        isolate_tenant_table(table)

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reps_see_all_leads", sa.Boolean(), nullable=False, server_default="0")
        )

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("referred_by_id", sa.Uuid(), nullable=True))
        # Existing leads get no custom values; new rows get {} from the model.
        batch_op.add_column(
            sa.Column("custom_fields", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_leads_tenant_id_referred_by_id_leads"),
            "leads",
            ["tenant_id", "referred_by_id"],
            ["tenant_id", "id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("reps_see_all_leads")

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_leads_tenant_id_referred_by_id_leads"), type_="foreignkey"
        )
        batch_op.drop_column("referred_by_id")
        batch_op.drop_column("custom_fields")

    op.drop_table("custom_field_definitions")

    with op.batch_alter_table("lead_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_lead_tags_tenant_id_tag")

    op.drop_table("lead_tags")
    with op.batch_alter_table("lead_external_ids", schema=None) as batch_op:
        batch_op.drop_index("ix_lead_external_ids_tenant_id_lead_id")

    op.drop_table("lead_external_ids")
