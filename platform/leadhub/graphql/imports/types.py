"""GraphQL types of imports: an import with its columns, progress, failed rows and
preview."""

import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay

from leadhub.db import utcnow
from leadhub.errors import DomainError
from leadhub.graphql.activity.types import Activity
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError, UserInputError
from leadhub.graphql.leads.types import Source
from leadhub.graphql.node import by_ids, global_id, global_id_field, resolve_nodes
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import CanImportLeads
from leadhub.graphql.users import UserNode
from leadhub.imports import models, service
from leadhub.imports.errors import ImportErrorCode
from leadhub.imports.files import FileFormat
from leadhub.imports.rows import Read, Unreadable
from leadhub.imports.storage import file_store
from leadhub.leads.intake import MatchKey, OnMatch

strawberry.enum(ImportErrorCode)
strawberry.enum(FileFormat)
strawberry.enum(models.ImportStatus, name="ImportStatus")
strawberry.enum(MatchKey, description="What makes a row the same lead as one the tenant has.")
strawberry.enum(OnMatch, description="What a row that matches a lead does to it.")

ERROR_REPORT_PATH = "/imports/{import_id}/failed-rows.csv"
MAX_PREVIEWS_PER_REQUEST = 1
EXPORT_PATH = "/exports/{export_id}"
strawberry.enum(models.ExportStatus, name="ExportStatus")


@strawberry.type(name="ImportError")
class ImportUserError(UserError):
    code: ImportErrorCode


@strawberry.type
class ImportColumn:
    header: str = strawberry.field(description="As the file's first row names it.")
    target: str | None = strawberry.field(
        description="The lead field it fills (email, phone, custom:KEY...); null: left out."
    )


@strawberry.type
class ImportProgress:
    total_rows: int = strawberry.field(description="The file's data rows.")
    read: int = strawberry.field(description="Rows done, each created, updated, skipped or failed.")
    created: int
    updated: int = strawberry.field(description="Rows that changed a lead.")
    skipped: int = strawberry.field(description="Rows that matched a lead and changed nothing.")
    failed: int
    percent: float
    rows_per_second: float | None = strawberry.field(description="Since the import started.")
    seconds_left: int | None = strawberry.field(description="At that rate; null until known.")

    @classmethod
    def of(cls, lead_import: models.LeadImport) -> "ImportProgress":
        done, total = lead_import.rows_done, lead_import.total_rows
        rate = _rate(lead_import)
        running = lead_import.status is models.ImportStatus.RUNNING
        return cls(
            total_rows=total,
            read=done,
            created=lead_import.created,
            updated=lead_import.updated,
            skipped=lead_import.skipped,
            failed=lead_import.failed,
            percent=round(100 * done / total, 1) if total else 100.0,
            rows_per_second=round(rate, 1) if rate is not None else None,
            seconds_left=round((total - done) / rate) if rate and running else None,
        )


async def _person(info: Info, user_id: uuid.UUID | None) -> UserNode | None:
    """The person, while their account lasts."""
    if user_id is None:
        return None
    user = await info.context.loaders.user.load(user_id)
    return UserNode.from_model(user) if user else None


def _rate(lead_import: models.LeadImport) -> float | None:
    if lead_import.started_at is None or not lead_import.rows_done:
        return None
    until = lead_import.finished_at or utcnow()
    seconds = (until - lead_import.started_at).total_seconds()
    return lead_import.rows_done / seconds if seconds > 0 else None


@strawberry.type
class FailedImportRow(relay.Node):
    id: relay.NodeID[str]
    line: int = strawberry.field(description="Where the row starts in the file (the header is 1).")
    reason: str
    cells: list[str] = strawberry.field(description="The row's values, as the file has them.")

    @classmethod
    def from_model(cls, row: models.FailedRow) -> "FailedImportRow":
        return cls(id=str(row.id), line=row.line, reason=row.reason, cells=row.cells)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["FailedImportRow | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.FailedRow), cls.from_model, CanImportLeads
        )


@strawberry.type
class PreviewLead:
    """A row's lead, as the import would write it."""

    name: str
    email: str | None
    phone: str | None = strawberry.field(description="E.164.")
    title: str | None
    company: str | None
    website: str | None
    domain: str | None
    country: str | None
    tags: list[str]
    external_id: str | None
    note: str | None


@strawberry.type
class PreviewRow:
    line: int
    cells: list[str]
    lead: PreviewLead | None = strawberry.field(description="Null when the row cannot be one.")
    problems: str | None = strawberry.field(description="Why not, each named by its column.")

    @classmethod
    def of(cls, row: Read | Unreadable) -> "PreviewRow":
        if isinstance(row, Unreadable):
            return cls(line=row.line, cells=list(row.cells), lead=None, problems=row.reason)
        values = row.lead.values
        lead = PreviewLead(
            name=values["name"],
            email=values["email"],
            phone=values["phone"],
            title=values["title"],
            company=values["company"],
            website=values["website"],
            domain=values["domain"],
            country=values["country"],
            tags=row.lead.tags,
            external_id=row.lead.external_id,
            note=row.lead.note,
        )
        return cls(line=row.line, cells=list(row.cells), lead=lead, problems=None)


@strawberry.type
class LeadImport(relay.Node):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    file_name: str
    file_format: FileFormat
    size_bytes: int
    encoding: str | None = strawberry.field(description="A CSV's, as found or as told.")
    delimiter: str | None = strawberry.field(description="A CSV's, as found or as told.")
    columns: list[ImportColumn]
    external_system: str = strawberry.field(description="Whose ids the external_id column holds.")
    match_keys: list[MatchKey] = strawberry.field(description="Tried in this order.")
    on_match: OnMatch
    status: models.ImportStatus
    failure: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    progress: ImportProgress
    source_id: strawberry.Private[uuid.UUID | None]
    started_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, lead_import: models.LeadImport) -> "LeadImport":
        return cls(
            id=str(lead_import.id),
            _id=global_id("LeadImport", lead_import.id),
            file_name=lead_import.file_name,
            file_format=lead_import.file_format,
            size_bytes=lead_import.size_bytes,
            encoding=lead_import.encoding,
            delimiter=lead_import.delimiter,
            columns=[
                ImportColumn(header=header, target=target)
                for header, target in zip(lead_import.headers, lead_import.mapping, strict=True)
            ],
            external_system=lead_import.external_system,
            match_keys=[MatchKey(key) for key in lead_import.match_keys],
            on_match=lead_import.on_match,
            status=lead_import.status,
            failure=lead_import.failure,
            created_at=lead_import.created_at,
            started_at=lead_import.started_at,
            finished_at=lead_import.finished_at,
            progress=ImportProgress.of(lead_import),
            source_id=lead_import.source_id,
            started_by_id=lead_import.started_by_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["LeadImport | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.LeadImport), cls.from_model, CanImportLeads
        )

    @strawberry.field(description="The source stamped on the leads it creates.")
    async def source(self, info: Info) -> Source | None:
        if self.source_id is None:
            return None
        source = await info.context.loaders.source.load(self.source_id)
        return Source.from_model(source) if source else None

    @strawberry.field(
        description="The activity it left in the feed when it ended: one for all its rows."
    )
    async def summary(self, info: Info) -> Activity | None:
        found = await info.context.loaders.import_summary.load(uuid.UUID(self.id))
        return Activity.from_model(found) if found else None

    @strawberry.field(description="Who started it; null for the command line.")
    async def started_by(self, info: Info) -> UserNode | None:
        return await _person(info, self.started_by_id)

    @strawberry.field(description="The rows that failed, in the file's order, with why.")
    async def failed_rows(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[FailedImportRow]:
        return await paginate(
            info.context.session,
            service.failed_rows(uuid.UUID(self.id)).order_by(None),
            key=[models.FailedRow.line, models.FailedRow.id],
            first=first,
            after=after,
            to_node=FailedImportRow.from_model,
        )

    @strawberry.field(
        description="Where the failed rows download as CSV, each with its line and reason"
        " (GET, with the same Authorization header); null while none failed."
    )
    def error_report_url(self) -> str | None:
        if not self.progress.failed:
            return None
        return ERROR_REPORT_PATH.format(import_id=self._id)

    @strawberry.field(
        permission_classes=[CanImportLeads],
        description="The first rows as the import reads them, each with its problems;"
        " nothing is written. One import per request, and only until it ends (its file"
        " then goes); null with an error otherwise.",
    )
    async def preview(
        self, info: Info, first: int = service.PREVIEW_ROWS
    ) -> list[PreviewRow] | None:
        # Each preview reads a file: a list of imports may not read one for each.
        if info.context.previews_asked >= MAX_PREVIEWS_PER_REQUEST:
            raise UserInputError("Preview one import per request.")
        info.context.previews_asked += 1
        store = file_store(info.context.settings)
        try:
            rows = await service.preview(info.context.tenant_work, store, uuid.UUID(self.id), first)
        except DomainError as refusal:
            raise UserInputError(refusal.message) from None
        return [PreviewRow.of(row) for row in rows]


@strawberry.type
class ImportTemplate(relay.Node):
    id: relay.NodeID[str]
    name: str
    targets: list[ImportColumn] = strawberry.field(
        description="The target of each header it knows."
    )

    @classmethod
    def from_model(cls, template: models.ImportTemplate) -> "ImportTemplate":
        return cls(
            id=str(template.id),
            name=template.name,
            targets=[
                ImportColumn(header=header, target=target)
                for header, target in sorted(template.targets.items())
            ],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["ImportTemplate | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.ImportTemplate), cls.from_model, CanImportLeads
        )


@strawberry.type
class LeadExport(relay.Node):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    format: FileFormat
    status: models.ExportStatus
    rows: int = strawberry.field(description="Leads written, once it is finished.")
    external_system: str = strawberry.field(description="Whose ids the External ID column holds.")
    created_at: datetime
    finished_at: datetime | None
    requested_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, lead_export: models.LeadExport) -> "LeadExport":
        return cls(
            id=str(lead_export.id),
            _id=global_id("LeadExport", lead_export.id),
            format=lead_export.export_format,
            status=lead_export.status,
            rows=lead_export.rows,
            external_system=lead_export.external_system,
            created_at=lead_export.created_at,
            finished_at=lead_export.finished_at,
            requested_by_id=lead_export.requested_by_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["LeadExport | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.LeadExport), cls.from_model, CanImportLeads
        )

    @strawberry.field(description="Who asked for it.")
    async def requested_by(self, info: Info) -> UserNode | None:
        return await _person(info, self.requested_by_id)

    @strawberry.field(
        description="Where the file downloads (GET, with the same Authorization header),"
        " once the export is finished."
    )
    def download_url(self) -> str | None:
        if self.status is not models.ExportStatus.FINISHED:
            return None
        return EXPORT_PATH.format(export_id=self._id)
