"""A text search whose page and count read about what they answer, not every match.

``leads_with_search_text_like`` read every match of a search and sorted them, for
a page and again for its count: at a million leads, a name one lead in two hundred
bears took 20 ms of the database's time. It now also takes the page it is asked
for (older than a lead, at most so many rows), and ``count_leads_with_search_text
_like`` counts the matches up to a cap. Both keep to a rep's reach themselves,
before they stop, by the rule of the ``rep_reach`` policy (migration 0008) on the
owner and owning team, which the copy now carries and the trigger keeps: looking
each match up among the leads instead cost a rep's count tens of ms. The reach
is in no index, and the copy's pages keep room, so that a new owner is written
beside the old row without new index entries (a HOT update).

Each is planned at each call with the tenant, the reach and the patterns at hand,
as before, so the planner chooses: for a common text, to read the tenant's search
texts newest first until a page has matched, from an index that holds them (the
primary key now includes the text, which the search text's bound in
``searchable.search_text`` keeps within a B-tree entry); for a rare one, or a
rep's, the trigram index, whose matches are soon sorted. Its estimates of how
common a text is come from a histogram of the search texts ten times the
default's size, so that a name one lead in two hundred bears is seldom missed.

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
COPY = "leadhub_private.lead_search"
TRIGRAMS = "lead_search_search_text"  # migration 0014's trigram index
REACH = ("owner_id", "owner_team_id")
FILLFACTOR = 90

# $1 the tenant, $2 the patterns, $3 and $4 the rep and their teams (NULL for
# anyone else): the rep_reach policy's rule.
MATCHING = (
    "WHERE tenant_id = $1 AND search_text LIKE ANY ($2)"
    " AND ($3 IS NULL OR owner_id = $3 OR owner_team_id = ANY ($4))"
)
SCOPE = "app_tenant_id(), patterns, app_reach_user_id(), app_reach_team_ids()"

PAGE = f"""
  CREATE FUNCTION leads_with_search_text_like(
    patterns text[], older_than uuid, max_rows integer
  ) RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} AS $$
  BEGIN
    RETURN QUERY EXECUTE
      'SELECT lead_id FROM {COPY} {MATCHING}
       AND ($5 IS NULL OR lead_id < $5) ORDER BY lead_id DESC LIMIT $6'
    USING {SCOPE}, older_than, max_rows;
  END $$
"""
COUNT = f"""
  CREATE FUNCTION count_leads_with_search_text_like(patterns text[], max_rows integer)
  RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} AS $$
  DECLARE counted bigint;
  BEGIN
    EXECUTE 'SELECT count(*) FROM (SELECT FROM {COPY} {MATCHING} LIMIT $5) AS matches'
    INTO counted USING {SCOPE}, max_rows;
    RETURN counted;
  END $$
"""


def _keeper(columns: Sequence[str]) -> str:
    """Migration 0014's trigger function, keeping ``columns`` of each lead in the copy."""
    values = ", ".join(f"NEW.{column}" for column in columns)
    updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in columns)
    return f"""
      CREATE OR REPLACE FUNCTION leadhub_private.keep_lead_search() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          TRUNCATE {COPY};
        ELSIF TG_OP = 'DELETE' THEN
          DELETE FROM {COPY} WHERE tenant_id = OLD.tenant_id AND lead_id = OLD.id;
        ELSE
          INSERT INTO {COPY} (tenant_id, lead_id, {", ".join(columns)})
          VALUES (NEW.tenant_id, NEW.id, {values})
          ON CONFLICT (tenant_id, lead_id) DO UPDATE SET {updates};
        END IF;
        RETURN NULL;
      END $$
    """


def _kept(columns: Sequence[str]) -> None:
    """The copy kept by the trigger whenever one of the lead's ``columns`` changes."""
    op.execute(_keeper(columns))
    op.execute("DROP TRIGGER lead_search ON leads")
    op.execute(
        f"CREATE TRIGGER lead_search AFTER INSERT OR DELETE OR UPDATE OF {', '.join(columns)}"
        " ON leads FOR EACH ROW EXECUTE FUNCTION leadhub_private.keep_lead_search()"
    )


def upgrade() -> None:
    if not is_postgresql():
        return  # SQLite compares the leads' own column
    with owner_sees_every_tenant("leads"):
        _bound_search_texts()
        # The copy's indexes are made again once it has the reach: updated in
        # place, the trigram index grew by half and read five times slower.
        op.execute(f"DROP INDEX leadhub_private.{TRIGRAMS}")
        op.execute(f"ALTER TABLE {COPY} DROP CONSTRAINT lead_search_pkey")
        op.execute(f"ALTER TABLE {COPY} ADD COLUMN owner_id uuid, ADD COLUMN owner_team_id uuid")
        op.execute(
            f"UPDATE {COPY} SET owner_id = leads.owner_id, owner_team_id = leads.owner_team_id"
            f" FROM leads WHERE leads.tenant_id = lead_search.tenant_id"
            f" AND leads.id = lead_search.lead_id"
        )
    op.execute(f"CREATE INDEX {TRIGRAMS} ON {COPY} USING gin (search_text gin_trgm_ops)")
    op.execute(f"ALTER TABLE {COPY} ADD PRIMARY KEY (tenant_id, lead_id) INCLUDE (search_text)")
    # Room on each page, so that a lead's new owner is written beside the old row
    # and no index takes a new entry (a HOT update: the reach is in no index).
    op.execute(f"ALTER TABLE {COPY} SET (fillfactor = {FILLFACTOR})")
    _kept(("search_text", *REACH))
    op.execute(
        f"ALTER TABLE {COPY} ALTER COLUMN search_text SET STATISTICS {SEARCH_TEXT_STATISTICS}"
    )
    op.execute(f"ANALYZE {COPY}")
    op.execute("DROP FUNCTION leads_with_search_text_like(text[])")
    op.execute(PAGE)
    op.execute(COUNT)


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
        f" BEGIN RETURN QUERY EXECUTE 'SELECT lead_id FROM {COPY}"
        " WHERE tenant_id = app_tenant_id() AND search_text LIKE ANY ($1)"
        " ORDER BY lead_id DESC' USING patterns; END $$"
    )
    op.execute(f"ALTER TABLE {COPY} RESET (fillfactor)")
    op.execute(f"ALTER TABLE {COPY} ALTER COLUMN search_text SET STATISTICS -1")
    op.execute(f"ALTER TABLE {COPY} DROP CONSTRAINT lead_search_pkey")
    op.execute(f"ALTER TABLE {COPY} ADD PRIMARY KEY (tenant_id, lead_id)")
    _kept(("search_text",))
    op.execute(f"ALTER TABLE {COPY} DROP COLUMN owner_id, DROP COLUMN owner_team_id")
