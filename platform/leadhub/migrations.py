"""Bring a database to the newest schema and let the application role use it.

Migrations run as the role that owns the tables. On PostgreSQL the application
connects as another role, which owns nothing and cannot bypass row-level
security; it is created here if missing and granted what it needs on every table.
An existing role that is a superuser or has BYPASSRLS is refused, not granted.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, text
from sqlalchemy.engine import URL, make_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class OwnerRoleAsApplication(Exception):
    """DATABASE_URL names a role row-level security does not bind (owner, superuser, BYPASSRLS)."""


def alembic_config(owner_url: str, app_url: str | None = None) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("sqlalchemy.url", owner_url.replace("%", "%%"))
    config.attributes["app_url"] = make_url(app_url) if app_url else None
    return config


def upgrade(owner_url: str, app_url: str) -> None:
    """Run every pending migration, then grant the application role (blocking)."""
    owner, app = make_url(owner_url), make_url(app_url)
    if app.get_backend_name() == "postgresql" and app.username in (None, owner.username):
        raise OwnerRoleAsApplication(
            "invalid setting DATABASE_URL: it must name a role other than the table owner"
            " (MIGRATION_DATABASE_URL), which bypasses row-level security"
        )
    command.upgrade(alembic_config(owner_url, app_url), "head")


def grant_application_role(connection: Connection, app: URL) -> None:
    """Create the application role if missing; grant it data access, never ownership."""
    role = app.username
    existing = connection.execute(
        text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": role}
    ).one_or_none()
    if existing is None:
        password = app.password.replace("'", "''") if app.password else None
        with_password = f" PASSWORD '{password}'" if password else ""
        connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN NOBYPASSRLS{with_password}')
    elif existing.rolsuper or existing.rolbypassrls:
        # Raised inside the migration transaction, which rolls back: nothing is granted.
        attribute = "SUPERUSER" if existing.rolsuper else "BYPASSRLS"
        raise OwnerRoleAsApplication(
            f"invalid setting DATABASE_URL: role {role!r} has {attribute}, which bypasses"
            " row-level security; it must be NOSUPERUSER NOBYPASSRLS"
        )
    connection.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    connection.exec_driver_sql(
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"'
    )
    connection.exec_driver_sql(f'REVOKE ALL ON alembic_version FROM "{role}"')
