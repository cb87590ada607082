"""Lead search that an index serves under row-level security (PostgreSQL).

The planner does not push a function that is not leakproof, such as LIKE's, below
a row-level security policy into an index scan, so the application role scanned a
tenant's every lead for each search, though its trigram index was there. Only a
superuser may mark a function leakproof.

So the search texts are copied, by a trigger, into a table of a schema that the
application role has no privilege on, with no row-level security to stand in
the index's way; the one way to read it is ``leads_with_search_text_like``, which
runs as the owner, applies the transaction's tenant itself, and returns lead ids
only. The caller then reads those leads through their own policies, so a sales
rep still gets only the leads in reach.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql, owner_sees_every_tenant

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Both functions run as the owner: their search_path is pinned, so that no one
# who calls them can put a table of the same name in their way.
PINNED = "SET search_path = pg_catalog, public"


def upgrade() -> None:
    if not is_postgresql():
        return  # SQLite has neither policies nor trigram indexes: it reads the column
    op.execute("CREATE SCHEMA leadhub_private")
    op.execute(
        "CREATE TABLE leadhub_private.lead_search ("
        " tenant_id uuid NOT NULL, lead_id uuid NOT NULL, search_text text NOT NULL,"
        " PRIMARY KEY (tenant_id, lead_id))"
    )
    # Trigrams alone: with the tenant in the index too, a tenant holding most rows
    # made it look dearer than reading them all.
    op.execute(
        "CREATE INDEX lead_search_search_text ON leadhub_private.lead_search"
        " USING gin (search_text gin_trgm_ops)"
    )
    op.execute(
        f"""
        CREATE FUNCTION leadhub_private.keep_lead_search() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE leadhub_private.lead_search;
          ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM leadhub_private.lead_search
            WHERE tenant_id = OLD.tenant_id AND lead_id = OLD.id;
          ELSE
            INSERT INTO leadhub_private.lead_search VALUES (NEW.tenant_id, NEW.id, NEW.search_text)
            ON CONFLICT (tenant_id, lead_id) DO UPDATE SET search_text = EXCLUDED.search_text;
          END IF;
          RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER lead_search AFTER INSERT OR DELETE OR UPDATE OF search_text ON leads"
        " FOR EACH ROW EXECUTE FUNCTION leadhub_private.keep_lead_search()"
    )
    op.execute(
        "CREATE TRIGGER lead_search_truncated AFTER TRUNCATE ON leads"
        " FOR EACH STATEMENT EXECUTE FUNCTION leadhub_private.keep_lead_search()"
    )
    with owner_sees_every_tenant("leads"):
        op.execute(
            "INSERT INTO leadhub_private.lead_search SELECT tenant_id, id, search_text FROM leads"
        )
    # Planned at each call with the pattern at hand (EXECUTE ... USING): planned once
    # for any pattern, it guessed a match for most rows and read them all.
    op.execute(
        f"""
        CREATE FUNCTION leads_with_search_text_like(pattern text) RETURNS SETOF uuid
        LANGUAGE plpgsql STABLE SECURITY DEFINER {PINNED} ROWS 100 AS $$
        BEGIN
          RETURN QUERY EXECUTE
            'SELECT lead_id FROM leadhub_private.lead_search'
            ' WHERE tenant_id = app_tenant_id() AND search_text LIKE $1'
          USING pattern;
        END $$
        """
    )


def downgrade() -> None:
    if not is_postgresql():
        return
    op.execute("DROP FUNCTION leads_with_search_text_like(text)")
    op.execute("DROP TRIGGER lead_search_truncated ON leads")
    op.execute("DROP TRIGGER lead_search ON leads")
    op.execute("DROP SCHEMA leadhub_private CASCADE")
