"""Row-level security for people and logins, with lookups by email and token.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

from leadhub.rls import is_postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUDITED_PEOPLE = ("actor_id", "subject_user_id")
LOOKUPS = {"app_lookup_email": "app.lookup_email", "app_lookup_token": "app.lookup_token"}

POLICIES = {
    "users": [
        # People are global, yet seen only where there is reason: oneself, the
        # members and former members (audit trail) of the tenant, and the one
        # person that a login looks up by email.
        "CREATE POLICY people_in_scope ON users FOR SELECT USING ("
        " id = app_user_id() OR email = app_lookup_email()"
        " OR id IN (SELECT user_id FROM memberships WHERE tenant_id = app_tenant_id())"
        " OR id IN (SELECT actor_id FROM audit_events WHERE tenant_id = app_tenant_id())"
        " OR id IN (SELECT subject_user_id FROM audit_events"
        " WHERE tenant_id = app_tenant_id()))",
        # Sign-up and accepting an invitation create a person under the email
        # they looked up first.
        "CREATE POLICY new_people ON users FOR INSERT WITH CHECK (email = app_lookup_email())",
        "CREATE POLICY own_person ON users FOR UPDATE"
        " USING (id = app_user_id()) WITH CHECK (id = app_user_id())",
        "CREATE POLICY own_person_removal ON users FOR DELETE USING (id = app_user_id())",
    ],
    "auth_sessions": [
        "CREATE POLICY logins_in_scope ON auth_sessions FOR SELECT"
        " USING (user_id = app_user_id() OR token_hash = app_lookup_token())",
        "CREATE POLICY own_logins ON auth_sessions FOR INSERT WITH CHECK (user_id = app_user_id())",
        "CREATE POLICY own_logins_change ON auth_sessions FOR UPDATE"
        " USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())",
        "CREATE POLICY own_logins_removal ON auth_sessions FOR DELETE"
        " USING (user_id = app_user_id())",
    ],
}


def upgrade() -> None:
    # The people policy (and the ORM's twin) finds former members in the audit
    # trail: these keep that a probe, not a scan.
    for column in AUDITED_PEOPLE:
        op.create_index(
            f"ix_audit_events_tenant_id_{column}", "audit_events", ["tenant_id", column]
        )
    if not is_postgresql():
        return
    for function, setting in LOOKUPS.items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS text LANGUAGE sql STABLE AS"
            f" $$ SELECT nullif(current_setting('{setting}', true), '') $$"
        )
    for table, policies in POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        for policy in policies:
            op.execute(policy)


def downgrade() -> None:
    for column in AUDITED_PEOPLE:
        op.drop_index(f"ix_audit_events_tenant_id_{column}", "audit_events")
    if not is_postgresql():
        return
    for table, policies in POLICIES.items():
        for policy in policies:
            name = policy.split()[2]
            op.execute(f"DROP POLICY {name} ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for function in LOOKUPS:
        op.execute(f"DROP FUNCTION {function}()")
