"""Row-level security DDL for PostgreSQL, the third tenant lock (used by migrations).

Policies read the tenant and user that each transaction sets with
``set_config(..., true)`` (see ``leadhub.db``); an unset value matches nothing.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import op

SCOPE_FUNCTIONS = {"app_tenant_id": "app.tenant_id", "app_user_id": "app.user_id"}


def create_scope_functions() -> None:
    for function, setting in SCOPE_FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS uuid LANGUAGE sql STABLE AS"
            f" $$ SELECT nullif(current_setting('{setting}', true), '')::uuid $$"
        )


def drop_scope_functions() -> None:
    for function in SCOPE_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}()")


def is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def isolate_tenant_table(table: str) -> None:
    """Enable and force row-level security: rows of the transaction's tenant only."""
    if not is_postgresql():
        return
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY tenant_isolation ON {table} "
        "USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id())"
    )


@contextmanager
def owner_sees_every_tenant(table: str) -> Iterator[None]:
    """For a migration that changes rows of every tenant: the owner running it is
    bound by the forced policies too, so they are lifted for the block."""
    if is_postgresql():
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    yield
    if is_postgresql():
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")


def keep_to_leads_in_reach(table: str) -> None:
    """Rows about a lead (``lead_id``) only for whom may see the lead: a sales rep's
    reach (migration 0008), read through the leads' own policies."""
    if not is_postgresql():
        return
    in_reach = (
        f"app_reach_user_id() IS NULL OR EXISTS (SELECT FROM leads"
        f" WHERE leads.tenant_id = {table}.tenant_id AND leads.id = {table}.lead_id)"
    )
    op.execute(
        f"CREATE POLICY lead_in_reach ON {table} AS RESTRICTIVE"
        f" USING ({in_reach}) WITH CHECK ({in_reach})"
    )
