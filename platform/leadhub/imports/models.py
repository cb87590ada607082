"""Lead list imports: each file given, how its columns map, and how far it got;
the rows that failed, with why; and mappings kept as templates."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow
from leadhub.imports.files import FileFormat
from leadhub.leads.intake import OnMatch


class ImportStatus(StrEnum):
    DRAFT = "draft"  # uploaded: its mapping may change until it starts
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"  # the rows committed before stay
    FAILED = "failed"  # stopped by a fault of ours, again and again; ``failure`` says

    @property
    def done(self) -> bool:
        return self in (ImportStatus.FINISHED, ImportStatus.CANCELLED, ImportStatus.FAILED)


class LeadImport(TenantOwned, Base):
    __tablename__ = "lead_imports"
    __table_args__ = (
        ForeignKeyConstraint(["tenant_id", "source_id"], ["sources.tenant_id", "sources.id"]),
        Index("ix_lead_imports_tenant_id_created_at", "tenant_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    file_name: Mapped[str] = mapped_column(String(255))
    stored_as: Mapped[str] = mapped_column(String(500))  # the key in the file store
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    file_format: Mapped[FileFormat] = mapped_column(enum_column(FileFormat, "file_format"))
    encoding: Mapped[str | None] = mapped_column(String(30))
    delimiter: Mapped[str | None] = mapped_column(String(1))
    headers: Mapped[list[str]] = mapped_column(JSON)
    mapping: Mapped[list[str | None]] = mapped_column(JSON)  # a target per column
    source_id: Mapped[uuid.UUID | None]  # stamped on every lead the import creates
    # The system whose ids the external id column holds ("import" unless told).
    external_system: Mapped[str] = mapped_column(String(50))
    match_keys: Mapped[list[str]] = mapped_column(JSON)  # intake.MatchKey values, in order
    on_match: Mapped[OnMatch] = mapped_column(enum_column(OnMatch, "on_match"))
    status: Mapped[ImportStatus] = mapped_column(enum_column(ImportStatus, "import_status"))
    total_rows: Mapped[int]
    # The checkpoint: data rows done, the ones before it committed with their counts.
    rows_done: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    # Which job carries the import on (``imports.runner``): its step, and its token.
    step: Mapped[int] = mapped_column(default=0)
    step_token: Mapped[uuid.UUID | None]
    # Faults in a row (a bug, the database gone): the job is retried until so many.
    faults: Mapped[int] = mapped_column(default=0)
    failure: Mapped[str | None] = mapped_column(String(500))
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FailedRow(TenantOwned, Base):
    """A row an import could not take, for the error report: its line and cells."""

    __tablename__ = "lead_import_failures"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "import_id"],
            ["lead_imports.tenant_id", "lead_imports.id"],
            ondelete="CASCADE",
        ),
        Index("ix_lead_import_failures_tenant_id_import_id_line", "tenant_id", "import_id", "line"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    import_id: Mapped[uuid.UUID]
    line: Mapped[int]
    reason: Mapped[str] = mapped_column(String(1000))
    cells: Mapped[list[str]] = mapped_column(JSON)


class ExportStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"


class LeadExport(TenantOwned, Base):
    """Leads a filter selected, written to a file by a job for whom asked."""

    __tablename__ = "lead_exports"
    __table_args__ = (Index("ix_lead_exports_tenant_id_created_at", "tenant_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    export_format: Mapped[FileFormat] = mapped_column(enum_column(FileFormat, "file_format"))
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON)  # the leads list's filter
    external_system: Mapped[str] = mapped_column(String(50))
    status: Mapped[ExportStatus] = mapped_column(enum_column(ExportStatus, "export_status"))
    rows: Mapped[int] = mapped_column(default=0)
    stored_as: Mapped[str] = mapped_column(String(500))
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class ImportTemplate(TenantOwned, Base):
    """A mapping kept by name: the target of each header it knows."""

    __tablename__ = "import_templates"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    targets: Mapped[dict[str, Any]] = mapped_column(JSON)  # header -> target
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
