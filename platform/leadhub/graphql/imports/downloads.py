"""Files to download with the same login as the API: an export's file
(``LeadExport.downloadUrl``), and an import's error report, its failed rows as CSV
with each one's line and reason (``LeadImport.errorReportUrl``).

The columns are the line and the reason, then the file's own (a row's values past
the header's columns last): fixed, the rows import again with the same mapping.
The report keeps the file's delimiter and starts with a byte order mark, as
spreadsheet programs want to read UTF-8.
"""

import codecs
import csv
import io
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import tuple_
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response, StreamingResponse

from leadhub.db import Database
from leadhub.graphql.authentication import identify
from leadhub.graphql.logins import Logins
from leadhub.graphql.node import decode_id
from leadhub.graphql.permissions import CanImportLeads
from leadhub.imports import exports, service
from leadhub.imports.files import FileFormat, safe_cell
from leadhub.imports.models import ExportStatus, FailedRow, LeadImport
from leadhub.imports.storage import file_store
from leadhub.oauth.budgets import Budgets
from leadhub.principal import Member, PartnerClient
from leadhub.runtime import runtime
from leadhub.work import unit_of_work

ROWS_AT_ONCE = 1000
REPORT_COLUMNS = ("Line", "Reason")

Endpoint = Callable[[Request], Awaitable[Response]]


MEDIA_TYPES = {
    FileFormat.CSV: "text/csv; charset=utf-8",
    FileFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def downloads(budgets: Budgets) -> tuple[Endpoint, Endpoint]:
    """The error report's endpoint and the export's, with the logins they keep
    between requests as /graphql does; a partner's download spends its budget."""
    logins = Logins()

    async def importer(request: Request) -> Member | PartnerClient | Response:
        """Who asks, if they may download what imports and exports give: a member who
        imports, or a partner's token with imports:write."""
        app = runtime(request)
        identity = await identify(request.headers, app.database, app.settings, logins)
        principal = identity.principal
        if not isinstance(principal, Member | PartnerClient):
            return PlainTextResponse("Log in first: send 'Authorization: Bearer <token>'.", 401)
        if not CanImportLeads.admits(identity):
            return PlainTextResponse("Only those who import and export lists download them.", 403)
        if isinstance(principal, PartnerClient):
            spent = await budgets.spend(principal)
            if not spent.allowed:
                return PlainTextResponse(
                    "This API client or its tenant has spent its request budget.",
                    429,
                    headers=spent.headers,
                )
        return principal

    async def error_report(request: Request) -> Response:
        principal = await importer(request)
        if isinstance(principal, Response):
            return principal
        database = runtime(request).database
        import_id = decode_id(request.path_params["import_id"], "LeadImport")
        async with unit_of_work(database, principal) as work:
            lead_import = await service.find(work, import_id) if import_id else None
        if lead_import is None:
            return PlainTextResponse("No such import.", 404)
        name = f"{Path(lead_import.file_name).stem}-failed-rows.csv"
        return StreamingResponse(
            _csv(database, principal, lead_import),
            media_type=MEDIA_TYPES[FileFormat.CSV],
            headers=_attachment(name),
        )

    async def exported(request: Request) -> Response:
        principal = await importer(request)
        if isinstance(principal, Response):
            return principal
        app = runtime(request)
        export_id = decode_id(request.path_params["export_id"], "LeadExport")
        async with unit_of_work(app.database, principal) as work:
            lead_export = await exports.find(work, export_id) if export_id else None
        if lead_export is None or lead_export.status is not ExportStatus.FINISHED:
            return PlainTextResponse("No such export, or not written yet.", 404)
        kind = lead_export.export_format
        name = f"leads-{lead_export.created_at:%Y-%m-%d}.{kind.value}"
        # The store holds the file open until the response is sent: a bucket's copy
        # on this machine goes after it. Opened first, so a file gone is a 404.
        kept = AsyncExitStack()
        try:
            path = await kept.enter_async_context(
                file_store(app.settings).opened(lead_export.stored_as)
            )
        except FileNotFoundError:
            return PlainTextResponse("The export's file is gone; export again.", 404)
        return FileResponse(
            path,
            media_type=MEDIA_TYPES[kind],
            headers=_attachment(name),
            background=BackgroundTask(kept.aclose),
        )

    return error_report, exported


def _attachment(name: str) -> dict[str, str]:
    return {"content-disposition": f"attachment; filename*=UTF-8''{quote(name)}"}


async def _csv(
    database: Database, principal: Member | PartnerClient, lead_import: LeadImport
) -> AsyncIterator[bytes]:
    yield codecs.BOM_UTF8
    yield _lines([*REPORT_COLUMNS, *lead_import.headers], lead_import)
    after: tuple[int, uuid.UUID] | None = None
    while True:
        async with unit_of_work(database, principal) as work:
            query = service.failed_rows(lead_import.id).limit(ROWS_AT_ONCE)
            if after is not None:
                query = query.where(tuple_(FailedRow.line, FailedRow.id) > after)
            rows = list(await work.session.scalars(query.order_by(FailedRow.id)))
        if not rows:
            return
        yield b"".join(_lines([str(row.line), row.reason, *row.cells], lead_import) for row in rows)
        after = (rows[-1].line, rows[-1].id)


def _lines(cells: list[str], lead_import: LeadImport) -> bytes:
    text = io.StringIO()
    csv.writer(text, delimiter=lead_import.delimiter or ",").writerow(map(safe_cell, cells))
    return text.getvalue().encode()
