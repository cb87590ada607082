"""Per-request DataLoaders: one query per kind of related object, not one per row."""

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from leadhub.db import Database
from leadhub.leads.models import FunnelStage, Source
from leadhub.tenants.models import Tenant, User

M = TypeVar("M", User, Tenant, FunnelStage, Source)


def by_id(
    session: AsyncSession, model: type[M]
) -> Callable[[Sequence[uuid.UUID]], Awaitable[list[M | None]]]:
    async def load(ids: Sequence[uuid.UUID]) -> list[M | None]:
        rows = await session.scalars(select(model).where(model.id.in_(ids)))
        found = {row.id: row for row in rows}
        return [found.get(id_) for id_ in ids]

    return load


class Loaders:
    def __init__(
        self, session: AsyncSession, database: Database, viewer_id: uuid.UUID | None
    ) -> None:
        self.user = DataLoader(by_id(session, User))
        self.stage = DataLoader(by_id(session, FunnelStage))
        self.source = DataLoader(by_id(session, Source))
        self.tenant = DataLoader(self._viewers_tenants)
        self._database = database
        self._viewer_id = viewer_id

    async def _viewers_tenants(self, ids: Sequence[uuid.UUID]) -> list[Tenant | None]:
        # A tenant session sees its own tenant only, yet `me` lists every tenant of
        # the viewer: those are read the way the viewer chooses one, with no tenant.
        if self._viewer_id is None:
            return [None for _ in ids]
        async with self._database.identity_session(self._viewer_id) as session:
            return await by_id(session, Tenant)(ids)
