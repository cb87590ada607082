"""An import's progress, pushed over a WebSocket as its chunks commit.

Each chunk commits its counts with its checkpoint (``imports.runner``), so the
import's row is the truth, whichever worker or process wrote it: the subscription
looks at it once a second and sends what changed, ending after the import ends.
"""

import asyncio
import uuid
from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry

from graphql import GraphQLError
from leadhub.graphql.imports.types import ImportProgress
from leadhub.graphql.live import LiveInfo
from leadhub.graphql.node import decode_id, global_id
from leadhub.graphql.permissions import CanImportLeads
from leadhub.imports import models, service
from leadhub.work import unit_of_work

LOOK_EVERY_SECONDS = 1.0


@strawberry.type
class LeadImportUpdate:
    lead_import_id: strawberry.ID
    status: models.ImportStatus
    failure: str | None
    finished_at: datetime | None
    progress: ImportProgress

    @classmethod
    def of(cls, lead_import: models.LeadImport) -> "LeadImportUpdate":
        return cls(
            lead_import_id=strawberry.ID(global_id("LeadImport", lead_import.id)),
            status=lead_import.status,
            failure=lead_import.failure,
            finished_at=lead_import.finished_at,
            progress=ImportProgress.of(lead_import),
        )


def _state(lead_import: models.LeadImport) -> tuple[object, ...]:
    """What a subscriber hears about when it changes."""
    return (
        lead_import.status,
        lead_import.rows_done,
        lead_import.created,
        lead_import.updated,
        lead_import.skipped,
        lead_import.failed,
    )


@strawberry.type
class ImportSubscriptions:
    @strawberry.subscription(
        permission_classes=[CanImportLeads],
        description="The import's progress now, then each time its counts or status"
        " change, until it has finished, been cancelled or failed. Over a WebSocket at"
        " /graphql (graphql-transport-ws), logged in by connection_init's payload:"
        ' {"Authorization": "Bearer <token>", "X-Tenant-ID": "<tenant id>"}.',
    )
    async def lead_import_progress(
        self, info: LiveInfo, id: strawberry.ID
    ) -> AsyncGenerator[LeadImportUpdate, None]:
        import_id = decode_id(id, "LeadImport")
        if import_id is None:
            raise _no_such_import()
        heard: tuple[object, ...] | None = None
        while True:
            state, update = await _look(info, import_id)
            if state != heard:
                heard = state
                yield update
            if update.status.done:
                return
            await asyncio.sleep(LOOK_EVERY_SECONDS)


async def _look(
    info: LiveInfo, import_id: uuid.UUID
) -> tuple[tuple[object, ...], LeadImportUpdate]:
    """The import as committed now, read as whom the connection acts as now: a
    login that has ended, or a role that no longer imports, ends the subscription."""
    principal = await info.context.allowed(CanImportLeads)
    async with unit_of_work(info.context.database, principal) as work:
        lead_import = await service.find(work, import_id)
        if lead_import is None:
            raise _no_such_import()
        return _state(lead_import), LeadImportUpdate.of(lead_import)


def _no_such_import() -> GraphQLError:
    return GraphQLError("No such import.", extensions={"code": "NOT_FOUND"})
