"""Lead lookups whose work is bounded by a page and a count's cap, not by the matches.

A count of one stage read every lead of the stage from the table, for the
policies' rep reach (owner and owning team): its index now carries both, so that
the count is an index-only scan.

A text search looked every match up in the leads table, and sorted them all to
keep a page. ``leads_with_search_text_like`` now takes all of a search's
patterns at once (a phone number is searched as typed and by its digits) and
returns its ids newest first, so that a page in that order, joined on the
function's rows in their order (``WITH ORDINALITY``), stops after a page of
leads that the policies let through. What it returns, and to whom, is unchanged
(migration 0014).

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGE_INDEX = "ix_leads_tenant_id_stage_id_score_id"
STAGE_INDEX_COLUMNS = ["tenant_id", "stage_id", "score", "id"]
REACH_COLUMNS = ["owner_id", "owner_team_id"]  # what the rep_reach policy reads

MATCHING = "SELECT lead_id FROM leadhub_private.lead_search WHERE tenant_id = app_tenant_id()"
NEWEST_FIRST = f"{MATCHING} AND search_text LIKE ANY ($1) ORDER BY lead_id DESC"
ANY_ORDER = f"{MATCHING} AND search_text LIKE $1"  # migration 0014's, for one pattern


def _search_function(argument: str, query: str) -> str:
    """As migration 0014 made it: run as the owner with its search_path pinned, and
    planned at each call (EXECUTE) for the patterns at hand."""
    name = argument.split()[0]
    return f"""
        CREATE FUNCTION leads_with_search_text_like({argument}) RETURNS SETOF uuid
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        ROWS 100 AS $$
        BEGIN
          RETURN QUERY EXECUTE '{query}' USING {name};
        END $$
        """


def upgrade() -> None:
    op.drop_index(STAGE_INDEX, table_name="leads")
    op.create_index(STAGE_INDEX, "leads", STAGE_INDEX_COLUMNS, postgresql_include=REACH_COLUMNS)
    if is_postgresql():
        op.execute("DROP FUNCTION leads_with_search_text_like(text)")
        op.execute(_search_function("patterns text[]", NEWEST_FIRST))


def downgrade() -> None:
    if is_postgresql():
        op.execute("DROP FUNCTION leads_with_search_text_like(text[])")
        op.execute(_search_function("pattern text", ANY_ORDER))
    op.drop_index(STAGE_INDEX, table_name="leads")
    op.create_index(STAGE_INDEX, "leads", STAGE_INDEX_COLUMNS)
