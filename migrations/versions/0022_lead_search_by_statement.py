"""The search copy (migrations 0014 and 0019) kept once a statement, not once a row.

Its trigger ran for each lead a statement wrote, and upserted the copy's row: routing
a thousand leads spent 50 to 60 ms there, a third of handing them over. It now runs
once for each statement, with the rows the statement wrote (transition tables),
and writes the copy's rows in one statement: inserted (or made again, if a copy
was left behind), deleted, or, of the updated leads, only those whose search text
or reach changed. PostgreSQL takes transition tables only for a trigger on one
event and no column list: one trigger each, so every UPDATE of leads now hands
its rows to the trigger, a score's too, where the copy is then left alone.

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PINNED = "SET search_path = pg_catalog, public"  # as migration 0014's functions
COPY = "leadhub_private.lead_search"
KEEPER = "leadhub_private.keep_lead_search_rows"
KEPT = ("search_text", "owner_id", "owner_team_id")
# Each trigger names the rows its statement wrote as the function reads them.
TRIGGERS = {
    "lead_search_inserted": ("INSERT", "NEW TABLE AS new_leads"),
    "lead_search_updated": ("UPDATE", "OLD TABLE AS old_leads NEW TABLE AS new_leads"),
    "lead_search_deleted": ("DELETE", "OLD TABLE AS old_leads"),
}


def upgrade() -> None:
    if not is_postgresql():
        return  # SQLite searches the leads' own column
    kept = ", ".join(KEPT)
    excluded = ", ".join(f"{column} = EXCLUDED.{column}" for column in KEPT)
    op.execute(
        f"""
        CREATE FUNCTION {KEEPER}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO {COPY} (tenant_id, lead_id, {kept})
            SELECT tenant_id, id, {kept} FROM new_leads
            ON CONFLICT (tenant_id, lead_id) DO UPDATE SET {excluded};
          ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM {COPY} AS copy USING old_leads
            WHERE copy.tenant_id = old_leads.tenant_id AND copy.lead_id = old_leads.id;
          ELSE
            UPDATE {COPY} AS copy
            SET {", ".join(f"{column} = new_leads.{column}" for column in KEPT)}
            FROM new_leads JOIN old_leads
              ON old_leads.tenant_id = new_leads.tenant_id AND old_leads.id = new_leads.id
            WHERE copy.tenant_id = new_leads.tenant_id AND copy.lead_id = new_leads.id
              AND ({", ".join(f"new_leads.{column}" for column in KEPT)})
                IS DISTINCT FROM ({", ".join(f"old_leads.{column}" for column in KEPT)});
          END IF;
          RETURN NULL;
        END $$
        """
    )
    op.execute("DROP TRIGGER lead_search ON leads")
    for trigger, (event, rows) in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {trigger} AFTER {event} ON leads REFERENCING {rows}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {KEEPER}()"
        )


def downgrade() -> None:
    if not is_postgresql():
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger} ON leads")
    op.execute(f"DROP FUNCTION {KEEPER}()")
    # Migration 0019's trigger, on its function, which the TRUNCATE trigger kept using.
    op.execute(
        f"CREATE TRIGGER lead_search AFTER INSERT OR DELETE OR UPDATE OF {', '.join(KEPT)}"
        " ON leads FOR EACH ROW EXECUTE FUNCTION leadhub_private.keep_lead_search()"
    )
