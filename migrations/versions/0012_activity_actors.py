"""Every activity says who did it: a member, a partner client, or a system job.

Rows from before say less: those with a user were a member's, the others the
system's, by a job or rule no longer known.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import owner_sees_every_tenant

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR_KIND = sa.Enum(
    "member",
    "partner_client",
    "system",
    name="actor_kind",
    native_enum=False,
    create_constraint=False,  # created below, named as the models name it
    length=20,
)


def upgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor_kind", ACTOR_KIND, nullable=True))
        batch_op.add_column(sa.Column("actor_client_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("actor_job", sa.String(length=50), nullable=True))
        batch_op.create_index("ix_activities_tenant_id_kind", ["tenant_id", "kind"], unique=False)
    with owner_sees_every_tenant("activities"):
        op.execute(
            "UPDATE activities SET actor_kind ="
            " CASE WHEN actor_id IS NULL THEN 'system' ELSE 'member' END"
        )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column("actor_kind", existing_type=ACTOR_KIND, nullable=False)
        batch_op.create_check_constraint(
            "actor_kind", sa.text("actor_kind IN ('member', 'partner_client', 'system')")
        )


def downgrade() -> None:
    # actor_id keeps the member, or whom a job worked for, as it did before.
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_activities_actor_kind"), type_="check")
        batch_op.drop_index("ix_activities_tenant_id_kind")
        batch_op.drop_column("actor_job")
        batch_op.drop_column("actor_client_id")
        batch_op.drop_column("actor_kind")
