"""Teams of members, and leads a team owns.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_teams")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_teams_tenant_id_name")),
    )
    op.create_table(
        "team_members",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "team_id"],
            ["teams.tenant_id", "teams.id"],
            name=op.f("fk_team_members_tenant_id_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            name=op.f("fk_team_members_tenant_id_user_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_team_members")),
        sa.UniqueConstraint(
            "tenant_id",
            "team_id",
            "user_id",
            name=op.f("uq_team_members_tenant_id_team_id_user_id"),
        ),
    )
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.create_index(
            "ix_team_members_tenant_id_user_id", ["tenant_id", "user_id"], unique=False
        )

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_team_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            "ix_leads_tenant_id_owner_team_id", ["tenant_id", "owner_team_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_leads_tenant_id_owner_team_id_teams"),
            "teams",
            ["tenant_id", "owner_team_id"],
            ["tenant_id", "id"],
        )

    for table in ("teams", "team_members"):
        isolate_tenant_table(table)


def downgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_leads_tenant_id_owner_team_id_teams"), type_="foreignkey"
        )
        batch_op.drop_index("ix_leads_tenant_id_owner_team_id")
        batch_op.drop_column("owner_team_id")

    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_index("ix_team_members_tenant_id_user_id")

    op.drop_table("team_members")
    op.drop_table("teams")
