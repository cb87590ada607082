"""Leads as a list holds them, for exports: each lead's fields as text an import
reads back to the same lead (``imports.exports`` writes them, ``imports.rows``
reads them), page by page in the order they were made."""

import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from leadhub import bulk_sql
from leadhub.leads.models import ExternalId, FunnelStage, Lead, LeadTag, Source, StageKind
from leadhub.leads.search import LeadFilter, leads_matching
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

PAGE_SIZE = 1000


@dataclass(frozen=True)
class Page:
    """Leads as text by field (as ``imports.mapping.Field`` names them), and their
    custom fields by key."""

    rows: list[dict[str, str]]
    custom: list[dict[str, Any]]


async def pages(
    work: UnitOfWork[InTenant],
    conditions: LeadFilter,
    *,
    system: str,
    size: int = PAGE_SIZE,
) -> AsyncIterator[Page]:
    """The leads that meet ``conditions``, ``size`` at a time in the order they were
    made, with their ids in ``system``; the stages, sources and members they name
    read once for all."""
    session = work.session
    postgresql = session.get_bind().dialect.name == "postgresql"
    matching = leads_matching(work.tenant_id, conditions, postgresql=postgresql).statement
    names = await _names(work)
    after: uuid.UUID | None = None
    while True:
        statement = matching if after is None else matching.where(Lead.id > after)
        leads = list(await session.scalars(statement.order_by(Lead.id).limit(size)))
        tags, external_ids = await _children(work, [lead.id for lead in leads], system)
        rows = [_row(lead, names, tags[lead.id], external_ids.get(lead.id)) for lead in leads]
        yield Page(rows, [dict(lead.custom_fields) for lead in leads])
        if len(leads) < size:
            return
        after = leads[-1].id


@dataclass(frozen=True)
class _Names:
    stages: dict[uuid.UUID, FunnelStage]
    sources: dict[uuid.UUID, str]
    members: dict[uuid.UUID, str]  # email by user id


async def _names(work: UnitOfWork[InTenant]) -> _Names:
    session = work.session
    stages = {stage.id: stage for stage in await session.scalars(select(FunnelStage))}
    sources = dict(list(await session.execute(select(Source.id, Source.name))))
    members = {
        user_id: email for email, user_id in (await tenants.member_ids_by_email(work)).items()
    }
    return _Names(stages, sources, members)


async def _children(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], system: str
) -> tuple[defaultdict[uuid.UUID, list[str]], dict[uuid.UUID, str]]:
    session = work.session
    tags: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    if not lead_ids:
        return tags, {}
    for lead_id, tag in await session.execute(
        select(LeadTag.lead_id, LeadTag.tag)
        .where(bulk_sql.one_of(session, LeadTag.lead_id, lead_ids))
        .order_by(LeadTag.tag)
    ):
        tags[lead_id].append(tag)
    external_ids = dict(
        list(
            await session.execute(
                select(ExternalId.lead_id, ExternalId.external_id).where(
                    ExternalId.system == system,
                    bulk_sql.one_of(session, ExternalId.lead_id, lead_ids),
                )
            )
        )
    )
    return tags, external_ids


def _row(lead: Lead, names: _Names, tags: list[str], external_id: str | None) -> dict[str, str]:
    stage = names.stages[lead.stage_id]
    closed = stage.kind is not StageKind.OPEN
    return {
        "name": lead.name,
        "email": lead.email or "",
        "phone": lead.phone or "",
        "title": lead.title or "",
        "company": lead.company or "",
        "website": lead.website or "",
        "country": lead.country or "",
        "region": lead.region or "",
        "industry": lead.industry or "",
        "company_size": lead.company_size.value if lead.company_size else "",
        "source": names.sources.get(lead.source_id, "") if lead.source_id else "",
        "expected_value": str(lead.expected_value) if lead.expected_value is not None else "",
        "tags": ",".join(tags),
        "external_id": external_id or "",
        "created_at": lead.created_at.isoformat(),
        "stage": stage.name,
        "owner": names.members.get(lead.owner_id, "") if lead.owner_id else "",
        "lost_reason": (lead.closed_reason or "") if stage.kind is StageKind.LOST else "",
        "closed_at": lead.closed_at.isoformat() if closed and lead.closed_at else "",
        "won_amount": str(lead.won_amount) if lead.won_amount is not None else "",
    }
