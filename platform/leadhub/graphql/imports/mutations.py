"""Mutations of imports: a file uploaded (the GraphQL multipart request
specification), its columns mapped, the import started or cancelled, and
mappings kept as templates."""

import asyncio
import uuid
from pathlib import Path
from typing import BinaryIO

import strawberry
from starlette.datastructures import UploadFile

from leadhub.graphql.context import Info
from leadhub.graphql.imports.types import (
    ImportTemplate,
    ImportUserError,
    LeadExport,
    LeadImport,
)
from leadhub.graphql.leads.filters import LeadFilterInput
from leadhub.graphql.node import global_id, optional_row_id, row_id
from leadhub.graphql.partial import clearable
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import CanImportLeads
from leadhub.imports import exports, models, service
from leadhub.imports.errors import ImportErrorCode, LeadImportError
from leadhub.imports.files import FileFormat
from leadhub.imports.storage import file_store
from leadhub.leads.intake import MatchKey, OnMatch
from leadhub.leads.search import LeadFilter
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

# How much of an upload is copied at a time.
COPY_BYTES = 1024 * 1024
NOT_A_FILE = LeadImportError(
    ImportErrorCode.INVALID,
    "Send the file itself: as multipart/form-data, by the GraphQL multipart request specification.",
    "file",
)


def _source_change(
    source: strawberry.Some[strawberry.ID | None] | None,
) -> uuid.UUID | service.Cleared | None:
    """An import's source as sent: left out, kept (None); null, cleared; else its id."""
    if source is None:
        return None
    if source.value is None:
        return service.CLEARED
    return row_id(source.value, "Source", "sourceId")


def _import_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "LeadImport", "importId")


@strawberry.input
class UploadLeadListInput:
    file: UploadFile = strawberry.field(
        description="A CSV or XLSX file, its first row naming the columns."
    )
    encoding: str | None = strawberry.field(
        default=None, description="A CSV's encoding (utf-8, windows-1252...); guessed if left out."
    )
    delimiter: str | None = strawberry.field(
        default=None, description="A CSV's delimiter: , ; | or a tab; guessed if left out."
    )


@strawberry.input(description="What to change before the import starts; left out stays.")
class ChangeLeadImportInput:
    import_id: strawberry.ID
    template_id: strawberry.ID | None = strawberry.field(
        default=None, description="A template's targets for the headers it knows, first."
    )
    columns: list[str | None] | None = strawberry.field(
        default=None,
        description="A target per column, in order: a lead field (email...), custom:KEY,"
        " or null to leave the column out.",
    )
    source_id: strawberry.Maybe[strawberry.ID | None] = clearable(
        "Where the leads it makes come from; left out, it stays."
    )
    match_keys: list[MatchKey] | None = None
    on_match: OnMatch | None = None
    external_system: str | None = None


@strawberry.input
class LeadImportInput:
    import_id: strawberry.ID


@strawberry.input
class SaveImportTemplateInput:
    import_id: strawberry.ID = strawberry.field(description="Its columns' targets are kept.")
    name: str


@strawberry.input
class DeleteImportTemplateInput:
    template_id: strawberry.ID


@strawberry.type
class LeadImportPayload:
    lead_import: LeadImport | None = None
    errors: list[ImportUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, lead_import: models.LeadImport) -> "LeadImportPayload":
        return cls(lead_import=LeadImport.from_model(lead_import))


@strawberry.type
class ImportTemplatePayload:
    template: ImportTemplate | None = None
    errors: list[ImportUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, template: models.ImportTemplate) -> "ImportTemplatePayload":
        return cls(template=ImportTemplate.from_model(template))


@strawberry.type
class DeleteImportTemplatePayload:
    deleted_template_id: strawberry.ID | None = None
    errors: list[ImportUserError] = strawberry.field(default_factory=list)


@strawberry.input
class ExportLeadsInput:
    filter: LeadFilterInput | None = strawberry.field(
        default=None, description="The leads list's filter; every lead if left out."
    )
    format: FileFormat = FileFormat.CSV
    external_system: str = strawberry.field(
        default=service.DEFAULT_SYSTEM, description="Whose ids go in the External ID column."
    )


@strawberry.type
class LeadExportPayload:
    lead_export: LeadExport | None = None
    errors: list[ImportUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, lead_export: models.LeadExport) -> "LeadExportPayload":
        return cls(lead_export=LeadExport.from_model(lead_export))


@strawberry.type
class ImportMutations:
    @strawberry.mutation(
        permission_classes=[CanImportLeads],
        description="Write the leads a filter selects to CSV or XLSX, in the columns an"
        " import maps: a job writes it; then download it from downloadUrl.",
    )
    async def export_leads(self, info: Info, input: ExportLeadsInput) -> LeadExportPayload:
        conditions = input.filter.conditions() if input.filter else LeadFilter()
        return await respond_in_tenant(
            info,
            lambda work: exports.request_export(
                work, conditions, input.format, input.external_system
            ),
            LeadExportPayload.of,
        )

    @strawberry.mutation(
        permission_classes=[CanImportLeads],
        description="A new import of the file, its columns mapped from their headers:"
        " change them, preview, then start it. Send it as multipart/form-data.",
    )
    async def upload_lead_list(self, info: Info, input: UploadLeadListInput) -> LeadImportPayload:
        upload = input.file
        if not isinstance(upload, UploadFile):
            return LeadImportPayload(errors=[_error(NOT_A_FILE)])
        settings = info.context.settings
        store = file_store(settings)
        limits = service.Limits.of(settings)
        arriving = store.incoming() / str(uuid.uuid4())
        try:
            within = await asyncio.to_thread(_copied, upload.file, arriving, limits.max_bytes)
            if not within:
                return LeadImportPayload(errors=[_error(service.too_large(limits))])
            return await respond_in_tenant(
                info,
                lambda work: service.receive(
                    work,
                    store,
                    limits,
                    arriving,
                    upload.filename or "upload",
                    encoding=input.encoding,
                    delimiter=input.delimiter,
                ),
                LeadImportPayload.of,
            )
        finally:
            arriving.unlink(missing_ok=True)

    @strawberry.mutation(permission_classes=[CanImportLeads])
    async def change_lead_import(
        self, info: Info, input: ChangeLeadImportInput
    ) -> LeadImportPayload:
        async def change(work: UnitOfWork[InTenant]) -> models.LeadImport:
            options = service.Options(
                mapping=input.columns,
                template_id=optional_row_id(input.template_id, "ImportTemplate", "templateId"),
                source_id=_source_change(input.source_id),
                match_keys=input.match_keys,
                on_match=input.on_match,
                external_system=input.external_system,
            )
            return await service.change(work, _import_id(input.import_id), options)

        return await respond_in_tenant(info, change, LeadImportPayload.of)

    @strawberry.mutation(
        permission_classes=[CanImportLeads],
        description="Start the import: workers take it in chunks; watch its progress.",
    )
    async def start_lead_import(self, info: Info, input: LeadImportInput) -> LeadImportPayload:
        return await respond_in_tenant(
            info,
            lambda work: service.start(work, _import_id(input.import_id)),
            LeadImportPayload.of,
        )

    @strawberry.mutation(
        permission_classes=[CanImportLeads],
        description="Stop the import: the rows it wrote stay, the rest are not read.",
    )
    async def cancel_lead_import(self, info: Info, input: LeadImportInput) -> LeadImportPayload:
        return await respond_in_tenant(
            info,
            lambda work: service.cancel(work, _import_id(input.import_id)),
            LeadImportPayload.of,
        )

    @strawberry.mutation(permission_classes=[CanImportLeads])
    async def save_import_template(
        self, info: Info, input: SaveImportTemplateInput
    ) -> ImportTemplatePayload:
        return await respond_in_tenant(
            info,
            lambda work: service.save_template(work, _import_id(input.import_id), input.name),
            ImportTemplatePayload.of,
        )

    @strawberry.mutation(permission_classes=[CanImportLeads])
    async def delete_import_template(
        self, info: Info, input: DeleteImportTemplateInput
    ) -> DeleteImportTemplatePayload:
        return await respond_in_tenant(
            info,
            lambda work: service.delete_template(
                work, row_id(input.template_id, "ImportTemplate", "templateId")
            ),
            lambda template: DeleteImportTemplatePayload(
                deleted_template_id=strawberry.ID(global_id("ImportTemplate", template.id))
            ),
        )


def _copied(upload: BinaryIO, target: Path, max_bytes: int) -> bool:
    """Copy the upload to ``target``; False, and no more copied, past ``max_bytes``."""
    copied = 0
    with target.open("wb") as file:
        while chunk := upload.read(COPY_BYTES):
            copied += len(chunk)
            if copied > max_bytes:
                return False
            file.write(chunk)
    return True


def _error(refusal: LeadImportError) -> ImportUserError:
    return ImportUserError(field=refusal.field, code=refusal.code, message=refusal.message)
