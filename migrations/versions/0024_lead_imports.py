"""Lead list imports: each file given, its mapping and progress; the rows that
failed, for the error report; mappings kept as templates; and exports.

``lead_imports`` holds an import from upload to end: the file's layout and
header, the target of each column, the policy on matches, and the checkpoint
(``rows_done``) with the counts, which each chunk moves in its own transaction.
``step`` and ``step_token`` say which job carries it on. ``lead_import_failures``
keeps each failed row's line, reason and cells.

An import grows a tenant's leads from few to a million in minutes, well before
autovacuum analyzes them: the planner, taking the tenant for a small one, read
all its leads to find a chunk's emails (a minute a chunk at 100,000).
``refresh_lead_statistics()`` lets the application role, which owns no table
and may not ANALYZE, have the tables an import writes analyzed as it goes.

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import is_postgresql, isolate_tenant_table

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("lead_imports", "lead_import_failures", "import_templates", "lead_exports")
PINNED = "SET search_path = pg_catalog, public"
# The tables an import writes the most of.
ANALYZED = ("leads", "stage_changes", "lead_tags", "lead_external_ids", "activities")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "lead_imports",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("stored_as", sa.String(length=500), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("file_format", _enum("file_format", "csv", "xlsx"), nullable=False),
        sa.Column("encoding", sa.String(length=30), nullable=True),
        sa.Column("delimiter", sa.String(length=1), nullable=True),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("external_system", sa.String(length=50), nullable=False),
        sa.Column("match_keys", sa.JSON(), nullable=False),
        sa.Column(
            "on_match", _enum("on_match", "skip", "fill", "overwrite", "create"), nullable=False
        ),
        sa.Column(
            "status",
            _enum("import_status", "draft", "running", "finished", "cancelled", "failed"),
            nullable=False,
        ),
        sa.Column("total_rows", sa.Integer(), nullable=False),
        sa.Column("rows_done", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("step_token", sa.Uuid(), nullable=True),
        sa.Column("faults", sa.Integer(), nullable=False),
        sa.Column("failure", sa.String(length=500), nullable=True),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["users.id"],
            name=op.f("fk_lead_imports_started_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "source_id"],
            ["sources.tenant_id", "sources.id"],
            name=op.f("fk_lead_imports_tenant_id_source_id_sources"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_imports")),
    )
    op.create_index(
        "ix_lead_imports_tenant_id_created_at", "lead_imports", ["tenant_id", "created_at"]
    )
    op.create_table(
        "lead_import_failures",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "import_id"],
            ["lead_imports.tenant_id", "lead_imports.id"],
            name=op.f("fk_lead_import_failures_tenant_id_import_id_lead_imports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_import_failures")),
    )
    op.create_index(
        "ix_lead_import_failures_tenant_id_import_id_line",
        "lead_import_failures",
        ["tenant_id", "import_id", "line"],
    )
    op.create_table(
        "import_templates",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_import_templates_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_import_templates")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_import_templates_tenant_id_name")),
    )
    op.create_table(
        "lead_exports",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("export_format", _enum("file_format", "csv", "xlsx"), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("external_system", sa.String(length=50), nullable=False),
        sa.Column(
            "status", _enum("export_status", "running", "finished", "failed"), nullable=False
        ),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("stored_as", sa.String(length=500), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_lead_exports_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "id", name=op.f("pk_lead_exports")),
    )
    op.create_index(
        "ix_lead_exports_tenant_id_created_at", "lead_exports", ["tenant_id", "created_at"]
    )
    for table in TABLES:
        isolate_tenant_table(table)
    if is_postgresql():
        analyzed = "; ".join(f"ANALYZE {table}" for table in ANALYZED)
        op.execute(
            f"""
            CREATE FUNCTION refresh_lead_statistics() RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {PINNED} AS $$
            BEGIN {analyzed}; END $$
            """
        )


def downgrade() -> None:
    if is_postgresql():
        op.execute("DROP FUNCTION refresh_lead_statistics()")
    for table in reversed(TABLES):
        op.drop_table(table)
