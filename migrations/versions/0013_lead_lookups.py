"""An index for every lookup the product makes on leads, leading with the tenant:
the filters a list takes, its sort keys, and the duplicate check's keys.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_leads_tenant_id_stage_id_score_id": ["tenant_id", "stage_id", "score", "id"],
    "ix_leads_tenant_id_owner_id": ["tenant_id", "owner_id"],
    "ix_leads_tenant_id_referred_by_id": ["tenant_id", "referred_by_id"],
    "ix_leads_tenant_id_score_id": ["tenant_id", "score", "id"],
    "ix_leads_tenant_id_updated_at_id": ["tenant_id", "updated_at", "id"],
    "ix_leads_tenant_id_name_id": ["tenant_id", "name", "id"],
    "ix_leads_tenant_id_email": ["tenant_id", "email"],
    "ix_leads_tenant_id_phone": ["tenant_id", "phone"],
    "ix_leads_tenant_id_domain": ["tenant_id", "domain"],
}


# A rep's reach (migration 0008), with "no reach" asked once per statement: inlined,
# `app_reach_user_id() IS NULL` is estimated true for 1 row in 200, so the planner
# took a member's every page of a stage for a few rows to sort, and read them all.
LEAD_IN_REACH = (
    "(SELECT app_reach_user_id() IS NULL) OR owner_id = app_reach_user_id()"
    " OR owner_team_id = ANY (app_reach_team_ids())"
)
LEAD_IN_REACH_BEFORE = (
    "app_reach_user_id() IS NULL OR owner_id = app_reach_user_id()"
    " OR owner_team_id = ANY (app_reach_team_ids())"
)


def upgrade() -> None:
    # The stage's index grows its list order: the same lookups, and a page of one
    # stage by score read in order instead of sorted.
    op.drop_index("ix_leads_tenant_id_stage_id", table_name="leads")
    for name, columns in INDEXES.items():
        op.create_index(name, "leads", columns)
    if is_postgresql():
        op.execute(
            f"ALTER POLICY rep_reach ON leads USING ({LEAD_IN_REACH}) WITH CHECK ({LEAD_IN_REACH})"
        )


def downgrade() -> None:
    if is_postgresql():
        op.execute(
            f"ALTER POLICY rep_reach ON leads USING ({LEAD_IN_REACH_BEFORE})"
            f" WITH CHECK ({LEAD_IN_REACH_BEFORE})"
        )
    for name in INDEXES:
        op.drop_index(name, table_name="leads")
    op.create_index("ix_leads_tenant_id_stage_id", "leads", ["tenant_id", "stage_id"])
