"""The tenant's lead sources: each of a kind, with an optional campaign, date and cost."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import validation
from leadhub.leads.errors import LeadError, LeadErrorCode, measured_by_goal, not_found
from leadhub.leads.models import Lead, Source, SourceKind
from leadhub.principal import InTenant
from leadhub.text import folded
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class SourceFields:
    """Everything a source says: a new source has these, an update changes some."""

    name: str
    kind: SourceKind
    campaign: str | None = None
    event_date: date | None = None
    cost: Decimal | None = None


def sources(tenant_id: uuid.UUID) -> Select[Source]:
    """The tenant's sources, for a connection to order and page."""
    return select(Source).where(Source.tenant_id == tenant_id)


async def listable_ids_by_name(work: UnitOfWork[InTenant]) -> dict[str, uuid.UUID]:
    """The id of every source a list's leads may come from, by its name folded
    (``text.folded``): not referrals, which name the customer who gave each."""
    rows = await work.session.execute(
        select(Source.name, Source.id).where(Source.kind != SourceKind.REFERRAL)
    )
    return {folded(name): source_id for name, source_id in rows}


async def _source(work: UnitOfWork[InTenant], source_id: uuid.UUID) -> Source:
    source = await work.session.get(Source, (work.tenant_id, source_id))
    if source is None:
        raise not_found("source", "sourceId")
    return source


async def _apply(session: AsyncSession, source: Source, fields: SourceFields) -> Source:
    problems = Problems()
    with problems:
        name = await validation.free_name(session, Source, fields.name, source.id, "source")
    with problems:
        campaign = validation.optional_line(fields.campaign, "campaign")
    with problems:
        cost = validation.amount(fields.cost, "cost")
    problems.raise_if_any()
    source.name, source.kind, source.campaign = name, fields.kind, campaign
    source.event_date, source.cost = fields.event_date, cost
    session.add(source)
    await flush_or_refuse(session, validation.taken("source", "name"))
    return source


async def create_source(work: UnitOfWork[InTenant], fields: SourceFields) -> Source:
    return await _apply(work.session, Source(), fields)


async def update_source(
    work: UnitOfWork[InTenant], source_id: uuid.UUID, changes: Mapping[str, Any]
) -> Source:
    """Change the fields ``changes`` names (by ``SourceFields``' names); the others stay."""
    source = await _source(work, source_id)
    current = SourceFields(
        name=source.name,
        kind=source.kind,
        campaign=source.campaign,
        event_date=source.event_date,
        cost=source.cost,
    )
    return await _apply(work.session, source, replace(current, **changes))


async def delete_source(work: UnitOfWork[InTenant], source_id: uuid.UUID) -> Source:
    """Remove a source no lead came from (the leads' history keeps the others)."""
    session = work.session
    source = await _source(work, source_id)
    used = await session.scalar(
        select(func.count()).select_from(Lead).where(Lead.source_id == source.id)
    )
    if used:
        raise LeadError(
            LeadErrorCode.SOURCE_IN_USE, f"{used} leads came from this source.", "sourceId"
        )
    await session.delete(source)
    await flush_or_refuse(session, measured_by_goal("source", "sourceId"))
    return source
