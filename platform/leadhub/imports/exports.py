"""Leads out again: the leads a filter selects, written as CSV or XLSX with the
columns an import maps from their headers, so that an export imports back as the
same leads (their history too) and a tenant's data is portable. Asked for over
the API, an export is written by a job and kept in the file store to download.

Leads are read a page at a time (``leads.portable``) and written as they come:
memory stays flat whatever the count. A CSV is UTF-8 with a byte order mark, as
spreadsheet programs want to read it; an XLSX is written in xlsxwriter's
constant-memory mode, every cell as text, so that a phone number or an id keeps
its leading zeros and plus.
"""

import asyncio
import csv
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import structlog
import xlsxwriter
from sqlalchemy import Select, select

from leadhub.db import Database, new_id, utcnow
from leadhub.imports.files import FileFormat, safe_cell
from leadhub.imports.mapping import Field
from leadhub.imports.models import ExportStatus, LeadExport
from leadhub.imports.storage import FileStore, key_of
from leadhub.leads import custom_fields, portable, search, validation
from leadhub.leads.search import LeadFilter
from leadhub.principal import InTenant, SystemJob
from leadhub.tenants.service import audit
from leadhub.work import UnitOfWork, unit_of_work
from leadhub.written import number_text

EXPORT_JOB = "export_leads"

_log = structlog.stdlib.get_logger(__name__)

# Each column: its header, which an import maps back to the field, and the field.
COLUMNS: tuple[tuple[str, Field], ...] = (
    ("Name", Field.NAME),
    ("Email", Field.EMAIL),
    ("Phone", Field.PHONE),
    ("Title", Field.TITLE),
    ("Company", Field.COMPANY),
    ("Website", Field.WEBSITE),
    ("Country", Field.COUNTRY),
    ("Region", Field.REGION),
    ("Industry", Field.INDUSTRY),
    ("Company size", Field.COMPANY_SIZE),
    ("Source", Field.SOURCE),
    ("Expected value", Field.EXPECTED_VALUE),
    ("Tags", Field.TAGS),
    ("External ID", Field.EXTERNAL_ID),
    ("Created", Field.CREATED_AT),
    ("Stage", Field.STAGE),
    ("Owner", Field.OWNER),
    ("Lost reason", Field.LOST_REASON),
    ("Closed", Field.CLOSED_AT),
    ("Won amount", Field.WON_AMOUNT),
)


async def export(
    work: UnitOfWork[InTenant],
    conditions: LeadFilter,
    target: Path,
    export_format: FileFormat,
    *,
    system: str,
    progress: Callable[[int], None] = lambda _: None,
) -> int:
    """Write the leads that meet ``conditions`` to ``target``, with their ids in
    ``system``; how many. ``progress`` hears the count after each page."""
    keys = sorted(await custom_fields.labels(work))
    headers = [header for header, _ in COLUMNS] + keys
    written = 0
    with _writer(export_format, target, headers) as write:
        async for page in portable.pages(work, conditions, system=system):
            lines = [
                [row[field.value] for _, field in COLUMNS] + [_text(custom.get(k)) for k in keys]
                for row, custom in zip(page.rows, page.custom, strict=True)
            ]
            await asyncio.to_thread(write, lines)
            written += len(lines)
            progress(written)
    return written


def _text(value: Any) -> str:
    """A custom value as the import reads it: booleans as true and false, numbers
    as ``written.amount`` reads them back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_text(value)
    return str(value)


Write = Callable[[Sequence[Sequence[str]]], None]


@contextmanager
def _writer(export_format: FileFormat, target: Path, headers: list[str]) -> Iterator[Write]:
    """A file of ``headers`` and then the rows given to the function yielded."""
    if export_format is FileFormat.CSV:
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            rows = csv.writer(file)
            rows.writerow(headers)
            yield lambda lines: rows.writerows([safe_cell(cell) for cell in line] for line in lines)
        return
    workbook = xlsxwriter.Workbook(target, {"constant_memory": True})
    sheet = workbook.add_worksheet("Leads")
    sheet.write_row(0, 0, headers)
    next_row = 1

    def write(lines: Sequence[Sequence[str]]) -> None:
        nonlocal next_row
        for line in lines:
            for column, text in enumerate(line):
                if text:
                    sheet.write_string(next_row, column, text)
            next_row += 1

    try:
        yield write
    finally:
        workbook.close()


async def request_export(
    work: UnitOfWork[InTenant], conditions: LeadFilter, export_format: FileFormat, system: str
) -> LeadExport:
    """An export of the leads that meet ``conditions``, written by a job."""
    conditions = await search.checked(work, conditions, "filter")
    export_id = new_id()
    lead_export = LeadExport(
        id=export_id,
        export_format=export_format,
        conditions=conditions.stored(),
        external_system=validation.system(system, "externalSystem"),
        status=ExportStatus.RUNNING,
        stored_as=f"exports/{key_of(work.tenant_id, export_id)}",
        requested_by_id=work.user_id,
    )
    work.session.add(lead_export)
    work.after_commit(EXPORT_JOB, tenant_id=str(work.tenant_id), export_id=str(export_id))
    # Who took the tenant's leads out, and which: the trail a data protection
    # officer asks for.
    audit(
        work,
        action="leads.exported",
        details={"exportId": str(export_id), "conditions": lead_export.conditions},
    )
    return lead_export


async def write_requested(
    database: Database, store: FileStore, tenant_id: uuid.UUID, export_id: uuid.UUID
) -> None:
    """The job: write the export's file and keep it; mark it finished, or failed."""
    async with unit_of_work(database, SystemJob(tenant_id, EXPORT_JOB)) as work:
        lead_export = await work.session.get(LeadExport, (tenant_id, export_id))
    if lead_export is None or lead_export.status is not ExportStatus.RUNNING:
        return  # delivered again after it was done
    principal = SystemJob(tenant_id, EXPORT_JOB, on_behalf_of=lead_export.requested_by_id)
    target = store.incoming() / f"{uuid.uuid4()}.{lead_export.export_format.value}"
    try:
        async with unit_of_work(database, principal) as work:
            rows = await export(
                work,
                LeadFilter.from_stored(lead_export.conditions),
                target,
                lead_export.export_format,
                system=lead_export.external_system,
            )
        await store.keep(lead_export.stored_as, target)
        status = ExportStatus.FINISHED
    except Exception:
        _log.exception("export failed", export_id=str(export_id))
        rows, status = 0, ExportStatus.FAILED
    finally:
        target.unlink(missing_ok=True)
    async with unit_of_work(database, principal) as work, work.transaction():
        done = await work.session.get_one(LeadExport, (tenant_id, export_id))
        done.status, done.rows, done.finished_at = status, rows, utcnow()


def exports(tenant_id: uuid.UUID) -> Select[LeadExport]:
    """The tenant's exports, for a connection to order and page."""
    return select(LeadExport).where(LeadExport.tenant_id == tenant_id)


async def find(work: UnitOfWork[InTenant], export_id: uuid.UUID) -> LeadExport | None:
    return await work.session.get(LeadExport, (work.tenant_id, export_id))
