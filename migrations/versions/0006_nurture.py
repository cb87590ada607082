"""Parking leads for nurture, and sweeps that visit every tenant.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import is_postgresql, owner_sees_every_tenant

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVITY_KINDS = (
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
)
NEW_ACTIVITY_KINDS = ("parked", "nurture_ended")


def _activity_kinds(kinds: Sequence[str]) -> None:
    quoted = ", ".join(f"'{kind}'" for kind in kinds)
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_activities_activity_kind"), type_="check")
        batch_op.create_check_constraint("activity_kind", sa.text(f"kind IN ({quoted})"))


def upgrade() -> None:
    _activity_kinds(ACTIVITY_KINDS + NEW_ACTIVITY_KINDS)
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_leads_tenant_id_nurture_until", ["tenant_id", "nurture_until"], unique=False
        )
    if is_postgresql():
        op.execute(
            "CREATE FUNCTION app_all_tenants() RETURNS boolean LANGUAGE sql STABLE AS"
            " $$ SELECT coalesce(current_setting('app.all_tenants', true), '') = 'on' $$"
        )
        op.execute("CREATE POLICY every_tenant ON tenants FOR SELECT USING (app_all_tenants())")


def downgrade() -> None:
    if is_postgresql():
        op.execute("DROP POLICY every_tenant ON tenants")
        op.execute("DROP FUNCTION app_all_tenants()")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_tenant_id_nurture_until")
    # The older constraint would refuse them: the feed loses its nurture entries.
    quoted = ", ".join(f"'{kind}'" for kind in NEW_ACTIVITY_KINDS)
    with owner_sees_every_tenant("activities"):
        op.execute(f"DELETE FROM activities WHERE kind IN ({quoted})")
    _activity_kinds(ACTIVITY_KINDS)
