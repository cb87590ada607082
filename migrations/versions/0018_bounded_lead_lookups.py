"""Lead lookups whose work is bounded by a page and a count's cap, not by the matches.

A count of one stage read every lead of the stage from the table, for the
policies' rep reach (owner and owning team): its index now carries both, so that
the count is an index-only scan.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGE_INDEX = "ix_leads_tenant_id_stage_id_score_id"
STAGE_INDEX_COLUMNS = ["tenant_id", "stage_id", "score", "id"]
REACH_COLUMNS = ["owner_id", "owner_team_id"]  # what the rep_reach policy reads


def upgrade() -> None:
    op.drop_index(STAGE_INDEX, table_name="leads")
    op.create_index(STAGE_INDEX, "leads", STAGE_INDEX_COLUMNS, postgresql_include=REACH_COLUMNS)


def downgrade() -> None:
    op.drop_index(STAGE_INDEX, table_name="leads")
    op.create_index(STAGE_INDEX, "leads", STAGE_INDEX_COLUMNS)
