"""A sales rep's reach in the row-level security policies, beside the tenant.

A rep's session publishes the rep and their teams; leads outside that reach, and
the rows about them, are then invisible and unwritable to raw SQL as well as to
the ORM. The policies are restrictive: they narrow what the tenant policy allows.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables of rows about one lead: each follows its lead.
ROWS_ABOUT_LEADS = ("activities", "lead_external_ids", "lead_tags", "stage_changes")

NO_REACH = "app_reach_user_id() IS NULL"
LEAD_IN_REACH = (
    f"{NO_REACH} OR owner_id = app_reach_user_id() OR owner_team_id = ANY (app_reach_team_ids())"
)


def _row_about_lead_in_reach(table: str) -> str:
    # The subquery on leads is itself bound by the leads policies above.
    return (
        f"{NO_REACH} OR EXISTS (SELECT FROM leads"
        f" WHERE leads.tenant_id = {table}.tenant_id AND leads.id = {table}.lead_id)"
    )


def upgrade() -> None:
    if not is_postgresql():
        return
    op.execute(
        "CREATE FUNCTION app_reach_user_id() RETURNS uuid LANGUAGE sql STABLE AS"
        " $$ SELECT nullif(current_setting('app.reach_user_id', true), '')::uuid $$"
    )
    op.execute(
        "CREATE FUNCTION app_reach_team_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$"
        " SELECT coalesce(nullif(current_setting('app.reach_team_ids', true), ''), '{}')::uuid[]"
        " $$"
    )
    op.execute(
        f"CREATE POLICY rep_reach ON leads AS RESTRICTIVE"
        f" USING ({LEAD_IN_REACH}) WITH CHECK ({LEAD_IN_REACH})"
    )
    for table in ROWS_ABOUT_LEADS:
        condition = _row_about_lead_in_reach(table)
        op.execute(
            f"CREATE POLICY lead_in_reach ON {table} AS RESTRICTIVE"
            f" USING ({condition}) WITH CHECK ({condition})"
        )


def downgrade() -> None:
    if not is_postgresql():
        return
    for table in ROWS_ABOUT_LEADS:
        op.execute(f"DROP POLICY lead_in_reach ON {table}")
    op.execute("DROP POLICY rep_reach ON leads")
    op.execute("DROP FUNCTION app_reach_team_ids()")
    op.execute("DROP FUNCTION app_reach_user_id()")
