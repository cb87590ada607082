"""A text search whose page and count read about what they answer, not every match.

``leads_with_search_text_like`` read every match of a search and sorted them, for
a page and again for its count: at a million leads, a name one lead in two hundred
bears took 20 ms of the database's time. It now also takes the page it is asked
for (older than a lead, at most so many rows), and applies the leads' policies
itself (the tenant, and a rep's reach) before it stops; ``count_leads_with_search
_text_like`` counts the matches up to a cap. Each is planned at each call for the
patterns at hand, as before, so the planner chooses: for a common text, to read
the tenant's search texts newest first until a page has matched, from an index
that holds them (the primary key now includes the text, which the search text's
bound in ``searchable.search_text`` keeps within a B-tree entry); for a rare one,
the trigram index, whose few matches are soon sorted. Its estimates of how common
a text is come from a histogram of the search texts, ten times the default's
size, so that a name one lead in two hundred bears is seldom missed.

A rep's search joins the leads, whose policies decide; anyone else's answers from
the copy of the tenant's search texts, which the trigger keeps in step with its
leads in the same transaction.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.leads.searchable import MAX_SEARCH_TEXT_BYTES, SEARCHED, search_text
from leadhub.rls import is_postgresql, owner_sees_every_tenant

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PINNED = "SET search_path = pg_catalog, public"  # as migration 0014's functions
SEARCH_TEXT_STATISTICS = 1000  # the default is 100

# For a rep, the leads' policies (their reach) decide; for anyone else the tenant's
# copy is the leads it may see.
COPY = "leadhub_private.lead_search"
IN_REACH = f"{COPY} JOIN leads ON leads.id = lead_search.lead_id"
MATCHING = "WHERE lead_search.tenant_id = app_tenant_id() AND lead_search.search_text LIKE ANY ($1)"
PAGE = f"""
    RETURN QUERY EXECUTE
      'SELECT lead_search.lead_id FROM {{source}} {MATCHING}
       AND ($2 IS NULL OR lead_search.lead_id < $2) ORDER BY lead_search.lead_id DESC LIMIT $3'
    USING patterns, older_than, max_rows;
"""
COUNT = f"""
    EXECUTE 'SELECT count(*) FROM (SELECT FROM {{source}} {MATCHING} LIMIT $2) AS matches'
    INTO counted USING patterns, max_rows;
    RETURN counted;
"""


def _by_reach(statement: str) -> str:
    """``statement`` over the tenant's copy, or over the leads in a rep's reach."""
    return f"""
        IF app_reach_user_id() IS NULL THEN {statement.format(source=COPY)}
        ELSE {statement.format(source=IN_REACH)}
        END IF;
    """


def upgrade() -> None:
    if not is_postgresql():
        return  # SQLite compares the leads' own column
    with owner_sees_every_tenant("leads"):
        _bound_search_texts()
    op.execute(f"ALTER TABLE {COPY} DROP CONSTRAINT lead_search_pkey")
    op.execute(f"ALTER TABLE {COPY} ADD PRIMARY KEY (tenant_id, lead_id) INCLUDE (search_text)")
    op.execute(
        f"ALTER TABLE {COPY} ALTER COLUMN search_text SET STATISTICS {SEARCH_TEXT_STATISTICS}"
    )
    op.execute(f"ANALYZE {COPY}")
    op.execute("DROP FUNCTION leads_with_search_text_like(text[])")
    op.execute(
        f"""
        CREATE FUNCTION leads_with_search_text_like(
          patterns text[], older_than uuid, max_rows integer
        ) RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} AS $$
        BEGIN {_by_reach(PAGE)} END $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION count_leads_with_search_text_like(patterns text[], max_rows integer)
        RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} AS $$
        DECLARE counted bigint;
        BEGIN {_by_reach(COUNT)} END $$
        """
    )


def _bound_search_texts() -> None:
    """Search texts written before their bound, and past it, made again within it
    (the trigger copies them): the primary key could not hold them."""
    connection = op.get_bind()
    over = connection.execute(
        sa.text(
            f"SELECT tenant_id, id, {', '.join(SEARCHED)} FROM leads"
            " WHERE octet_length(search_text) > :bound"
        ),
        {"bound": MAX_SEARCH_TEXT_BYTES},
    )
    bounded = [
        {"tenant_id": lead["tenant_id"], "id": lead["id"], "search_text": search_text(lead)}
        for lead in over.mappings()
    ]
    if bounded:
        connection.execute(
            sa.text(
                "UPDATE leads SET search_text = :search_text"
                " WHERE tenant_id = :tenant_id AND id = :id"
            ),
            bounded,
        )


def downgrade() -> None:
    if not is_postgresql():
        return
    op.execute("DROP FUNCTION count_leads_with_search_text_like(text[], integer)")
    op.execute("DROP FUNCTION leads_with_search_text_like(text[], uuid, integer)")
    op.execute(
        "CREATE FUNCTION leads_with_search_text_like(patterns text[]) RETURNS SETOF uuid"
        f" LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} ROWS 100 AS $$"
        " BEGIN RETURN QUERY EXECUTE 'SELECT lead_id FROM leadhub_private.lead_search"
        " WHERE tenant_id = app_tenant_id() AND search_text LIKE ANY ($1)"
        " ORDER BY lead_id DESC' USING patterns; END $$"
    )
    op.execute(f"ALTER TABLE {COPY} ALTER COLUMN search_text SET STATISTICS -1")
    op.execute(f"ALTER TABLE {COPY} DROP CONSTRAINT lead_search_pkey")
    op.execute(f"ALTER TABLE {COPY} ADD PRIMARY KEY (tenant_id, lead_id)")
