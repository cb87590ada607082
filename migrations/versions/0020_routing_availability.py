"""Teams that take leads: a team's kind, each member's part in routing, and when
each member of a tenant can take leads.

A team is sales (every team so far) or marketing. A member of a team is active
(routing hands them leads) or not, may manage the team (escalations go to them),
takes at most ``capacity`` open leads at once (no limit by default) and a share of
leads by ``weight``. ``availabilities`` holds a member's working hours in their own
time zone and their time away, one row per member of the tenant, gone with them.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import isolate_tenant_table

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEAM_KIND = sa.Enum(
    "marketing", "sales", name="team_kind", native_enum=False, create_constraint=False, length=20
)


def upgrade() -> None:
    op.create_table(
        "availabilities",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("away_from", sa.DateTime(timezone=True), nullable=True),
        sa.Column("away_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("working_hours", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            name=op.f("fk_availabilities_tenant_id_user_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "user_id", name=op.f("pk_availabilities")),
    )
    isolate_tenant_table("availabilities")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("manages", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("weight", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_check_constraint("weight", sa.text("weight BETWEEN 1 AND 100"))
        batch_op.create_check_constraint("capacity", sa.text("capacity BETWEEN 0 AND 100000"))
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", TEAM_KIND, server_default="sales", nullable=False))
        batch_op.create_check_constraint("team_kind", sa.text("kind IN ('marketing', 'sales')"))


def downgrade() -> None:
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_teams_team_kind"), type_="check")
        batch_op.drop_column("kind")
    with op.batch_alter_table("team_members", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_team_members_capacity"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_team_members_weight"), type_="check")
        batch_op.drop_column("weight")
        batch_op.drop_column("capacity")
        batch_op.drop_column("manages")
        batch_op.drop_column("active")
    op.drop_table("availabilities")
