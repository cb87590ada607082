"""Imports, from a file given to the moment it runs: the file looked over and
kept, its columns mapped, its first rows previewed, then started, cancelled, and
listed with their progress and failed rows.

A file is refused before anything is written if it cannot be imported (empty,
binary, without a header, over the limits), with the reason. The work itself is
done by jobs (``imports.runner``), chunk by chunk.
"""

import asyncio
import itertools
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select

from leadhub.activity import service as activity
from leadhub.activity.service import Activity, ActivityKind
from leadhub.db import flush_or_refuse, new_id, utcnow
from leadhub.errors import Problems
from leadhub.imports import files, mapping, retention
from leadhub.imports.errors import ImportErrorCode, LeadImportError, invalid
from leadhub.imports.models import FailedRow, ImportStatus, ImportTemplate, LeadImport
from leadhub.imports.rows import Context, Read, Unreadable, read
from leadhub.imports.storage import FileStore, key_of
from leadhub.leads import custom_fields, sources, validation
from leadhub.leads.intake import MatchKey, OnMatch
from leadhub.principal import InTenant, Role
from leadhub.settings import Settings
from leadhub.tenants.service import audit
from leadhub.work import UnitOfWork

# Until told otherwise: an id from the list's own system is the surest match.
DEFAULT_MATCH_KEYS = (MatchKey.EXTERNAL_ID, MatchKey.EMAIL, MatchKey.PHONE)
DEFAULT_SYSTEM = "import"
PREVIEW_ROWS = 20
MAX_PREVIEW_ROWS = 100
MAX_FILE_NAME_LENGTH = 255
IMPORT_JOB = "import_leads"
# Who imports lists: not sales reps, whose reach is their own leads.
IMPORTING_ROLES = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER, Role.MARKETING})


@dataclass(frozen=True)
class Limits:
    """How large a file an import takes."""

    max_bytes: int
    max_rows: int

    @classmethod
    def of(cls, settings: Settings) -> "Limits":
        return cls(settings.import_max_file_mb * 1024 * 1024, settings.import_max_rows)


def too_large(limits: Limits) -> LeadImportError:
    megabytes = limits.max_bytes // (1024 * 1024)
    return LeadImportError(
        ImportErrorCode.TOO_LARGE,
        f"The file is larger than {megabytes:,} MB: split it into smaller files.",
        "file",
    )


class Cleared(Enum):
    """An option said to be nothing, where None keeps what the import has."""

    CLEARED = "cleared"


CLEARED = Cleared.CLEARED


@dataclass(frozen=True)
class Options:
    """What a person may say of an import before it starts; None keeps what it has."""

    mapping: Sequence[str | None] | None = None  # a target per column
    template_id: uuid.UUID | None = None  # its targets, by header, before ``mapping``
    source_id: uuid.UUID | Cleared | None = None  # cleared: its leads come from no source
    match_keys: Sequence[MatchKey] | None = None
    on_match: OnMatch | None = None
    external_system: str | None = None


async def receive(
    work: UnitOfWork[InTenant],
    store: FileStore,
    limits: Limits,
    file: Path,
    file_name: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> LeadImport:
    """A new import of ``file`` (moved into ``store``), its columns mapped as their
    headers suggest, ready to be changed and started."""
    name = validation.name(Path(file_name).name or "file", "fileName", MAX_FILE_NAME_LENGTH)
    # Reading a whole file of a million rows takes a second or two: not in the event loop.
    size, table = await asyncio.to_thread(_looked_over, file, limits, encoding, delimiter)
    labels = await custom_fields.labels(work)
    import_id = new_id()
    lead_import = LeadImport(
        id=import_id,
        file_name=name,
        stored_as=key_of(work.tenant_id, import_id),
        size_bytes=size,
        file_format=table.layout.format,
        encoding=table.layout.encoding,
        delimiter=table.layout.delimiter,
        headers=list(table.headers),
        mapping=mapping.stored(mapping.suggest(table.headers, labels)),
        source_id=None,
        external_system=DEFAULT_SYSTEM,
        match_keys=[key.value for key in DEFAULT_MATCH_KEYS],
        on_match=OnMatch.SKIP,
        status=ImportStatus.DRAFT,
        total_rows=table.rows,
        started_by_id=work.user_id,
    )
    work.session.add(lead_import)
    await work.session.flush()
    await store.keep(lead_import.stored_as, file)
    return lead_import


def _looked_over(
    file: Path, limits: Limits, encoding: str | None, delimiter: str | None
) -> tuple[int, files.Table]:
    size = file.stat().st_size
    if size > limits.max_bytes:
        raise too_large(limits)
    return size, files.inspect(
        file, max_rows=limits.max_rows, encoding=encoding, delimiter=delimiter
    )


async def change(work: UnitOfWork[InTenant], import_id: uuid.UUID, options: Options) -> LeadImport:
    """Change what the options name, before the import starts; every fault at once."""
    lead_import = await _found(work, import_id, lock=True)
    problems = Problems()
    if lead_import.status is not ImportStatus.DRAFT:
        problems.add(_started())
    if options.template_id is not None:
        with problems:
            template = await _template(work, options.template_id)
            lead_import.mapping = mapping.stored(_templated(lead_import, template))
    if options.mapping is not None:
        with problems:
            lead_import.mapping = mapping.stored(
                mapping.parsed(options.mapping, len(lead_import.headers))
            )
    if options.source_id is CLEARED:
        lead_import.source_id = None
    elif options.source_id is not None:
        with problems:
            lead_import.source_id = await _source_id(work, options.source_id)
    if options.match_keys is not None:
        keys = list(dict.fromkeys(options.match_keys))
        if not keys:
            problems.add(invalid("Give at least one key to match leads by.", "matchKeys"))
        lead_import.match_keys = [key.value for key in keys]
    if options.on_match is not None:
        lead_import.on_match = options.on_match
    if options.external_system is not None:
        with problems:
            lead_import.external_system = validation.system(
                options.external_system, "externalSystem"
            )
    problems.raise_if_any()
    return lead_import


def columns(lead_import: LeadImport) -> mapping.ColumnTargets:
    return mapping.parsed(lead_import.mapping, len(lead_import.headers))


async def context_of(work: UnitOfWork[InTenant], lead_import: LeadImport) -> Context:
    return await Context.load(work, lead_import.headers, columns(lead_import))


def layout_of(lead_import: LeadImport) -> files.Layout:
    return files.Layout(lead_import.file_format, lead_import.encoding, lead_import.delimiter)


async def preview(
    work: UnitOfWork[InTenant], store: FileStore, import_id: uuid.UUID, first: int = PREVIEW_ROWS
) -> list[Read | Unreadable]:
    """The first rows as the import would read them, each with its problems;
    nothing is written."""
    if not 1 <= first <= MAX_PREVIEW_ROWS:
        raise invalid(f"Preview 1 to {MAX_PREVIEW_ROWS} rows.", "first")
    lead_import = await _found(work, import_id)
    if lead_import.status.done:
        raise LeadImportError(
            ImportErrorCode.ALREADY_ENDED,
            "The import has ended, and its file is no longer kept.",
            "importId",
        )
    context = await context_of(work, lead_import)
    async with store.opened(lead_import.stored_as) as path:
        rows = await asyncio.to_thread(_first_rows, path, layout_of(lead_import), first)
    return [read(row, context) for row in rows]


def _first_rows(path: Path, layout: files.Layout, count: int) -> list[files.Row]:
    return list(itertools.islice(files.rows(path, layout), count))


async def start(work: UnitOfWork[InTenant], import_id: uuid.UUID) -> LeadImport:
    """Start the import: its jobs take it from here."""
    lead_import = await _draft(work, import_id)
    lead_import.status = ImportStatus.RUNNING
    lead_import.started_at = utcnow()
    lead_import.started_by_id = work.user_id
    work.after_commit(
        IMPORT_JOB,
        tenant_id=str(work.tenant_id),
        import_id=str(lead_import.id),
        step=lead_import.step + 1,
        token=str(uuid.uuid4()),
    )
    audit(work, action="import.started", details=_summary(lead_import))
    return lead_import


async def cancel(work: UnitOfWork[InTenant], import_id: uuid.UUID) -> LeadImport:
    """Stop the import: the rows it committed stay, the rest are not read."""
    lead_import = await _found(work, import_id, lock=True)
    if lead_import.status.done:
        raise LeadImportError(
            ImportErrorCode.ALREADY_ENDED, "The import has ended already.", "importId"
        )
    end(work, lead_import, ImportStatus.CANCELLED)
    return lead_import


def end(
    work: UnitOfWork[InTenant],
    lead_import: LeadImport,
    status: ImportStatus,
    failure: str | None = None,
) -> None:
    """End the import, finished, cancelled or failed: its summary goes to the feed,
    one activity for all its rows, and to the tenant's audit trail."""
    lead_import.status = status
    lead_import.finished_at = utcnow()
    lead_import.failure = failure
    summary = _summary(lead_import)
    activity.record_for_tenant(work, kind=ActivityKind.IMPORTED, payload=summary)
    audit(work, action=f"import.{status.value}", details=summary)
    retention.forget_file(work, lead_import.stored_as)  # its rows are all read


def summaries(import_ids: Collection[uuid.UUID]) -> Select[Activity]:
    """The activities the imports left in the feed when they ended."""
    return activity.tenant_activities(
        ActivityKind.IMPORTED, SUMMARY_KEY, [str(import_id) for import_id in import_ids]
    )


def summarized(summary: Activity) -> uuid.UUID:
    """The import a summary is of."""
    return uuid.UUID(summary.payload[SUMMARY_KEY])


async def save_template(
    work: UnitOfWork[InTenant], import_id: uuid.UUID, name: str
) -> ImportTemplate:
    """Keep the import's mapping by name, the target of each of its headers, for
    files of the same layout to come."""
    lead_import = await _found(work, import_id)
    template = ImportTemplate(
        name=validation.name(name, "name"),
        targets=dict(zip(lead_import.headers, lead_import.mapping, strict=True)),
        created_by_id=work.user_id,
    )
    work.session.add(template)
    await flush_or_refuse(
        work.session,
        LeadImportError(ImportErrorCode.NAME_TAKEN, "Another template has that name.", "name"),
    )
    return template


async def delete_template(work: UnitOfWork[InTenant], template_id: uuid.UUID) -> ImportTemplate:
    template = await _template(work, template_id)
    await work.session.delete(template)
    return template


def templates(tenant_id: uuid.UUID) -> Select[ImportTemplate]:
    """The tenant's templates, for a connection to order and page."""
    return select(ImportTemplate).where(ImportTemplate.tenant_id == tenant_id)


def _templated(lead_import: LeadImport, template: ImportTemplate) -> mapping.ColumnTargets:
    """The import's mapping with the template's target for each header it knows."""
    known = {mapping.folded_header(header): target for header, target in template.targets.items()}
    given = {
        header: known[mapping.folded_header(header)]
        for header in lead_import.headers
        if mapping.folded_header(header) in known
    }
    return mapping.remapped(columns(lead_import), lead_import.headers, given)


async def _template(work: UnitOfWork[InTenant], template_id: uuid.UUID) -> ImportTemplate:
    template = await work.session.get(ImportTemplate, (work.tenant_id, template_id))
    if template is None:
        raise LeadImportError(ImportErrorCode.NOT_FOUND, "No such template.", "templateId")
    return template


def imports(tenant_id: uuid.UUID) -> Select[LeadImport]:
    """The tenant's imports, for a connection to order and page."""
    return select(LeadImport).where(LeadImport.tenant_id == tenant_id)


def failed_rows(import_id: uuid.UUID) -> Select[FailedRow]:
    """An import's failed rows, in the file's order."""
    return select(FailedRow).where(FailedRow.import_id == import_id).order_by(FailedRow.line)


async def find(work: UnitOfWork[InTenant], import_id: uuid.UUID) -> LeadImport | None:
    return await work.session.get(LeadImport, (work.tenant_id, import_id))


SUMMARY_KEY = "importId"


def _summary(lead_import: LeadImport) -> dict[str, Any]:
    return {
        SUMMARY_KEY: str(lead_import.id),
        "file": lead_import.file_name,
        "status": lead_import.status.value,
        "created": lead_import.created,
        "updated": lead_import.updated,
        "skipped": lead_import.skipped,
        "failed": lead_import.failed,
    }


async def _found(
    work: UnitOfWork[InTenant], import_id: uuid.UUID, *, lock: bool = False
) -> LeadImport:
    query = select(LeadImport).where(LeadImport.id == import_id)
    found = await work.session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise LeadImportError(ImportErrorCode.NOT_FOUND, "No such import.", "importId")
    return found


async def _draft(work: UnitOfWork[InTenant], import_id: uuid.UUID) -> LeadImport:
    lead_import = await _found(work, import_id, lock=True)
    if lead_import.status is not ImportStatus.DRAFT:
        raise _started()
    return lead_import


def _started() -> LeadImportError:
    return LeadImportError(
        ImportErrorCode.ALREADY_STARTED, "The import has started already.", "importId"
    )


async def _source_id(work: UnitOfWork[InTenant], source_id: uuid.UUID) -> uuid.UUID:
    if source_id not in (await sources.listable_ids_by_name(work)).values():
        raise LeadImportError(
            ImportErrorCode.NOT_FOUND,
            "No such source a list can name (a referral names the customer who gave it).",
            "sourceId",
        )
    return source_id


def changes_by_header(pairs: Sequence[str]) -> Mapping[str, str | None]:
    """``--map`` arguments (``HEADER=field``, ``HEADER=`` to leave a column out)."""
    changes: dict[str, str | None] = {}
    for pair in pairs:
        header, sign, target = pair.partition("=")
        if not sign or not header.strip():
            raise invalid(f"{pair!r}: write HEADER=field, such as E-post=email.", "columns")
        changes[header.strip()] = target.strip() or None
    return changes
