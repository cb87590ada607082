"""Leads as routing sees them: what its conditions read, how loaded each owner is,
who owns a company's leads, and handing leads over in bulk.

Everything here takes and gives many leads at once: routing decides a batch with
a few queries, never one per lead.
"""

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, true

from leadhub import bulk_sql, contact
from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import new_id
from leadhub.leads import service
from leadhub.leads.conditions import COLUMNS, Facts
from leadhub.leads.models import Lead, LeadTag, Source
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class RoutableLead:
    id: uuid.UUID
    facts: Facts
    owner_id: uuid.UUID | None
    owner_team_id: uuid.UUID | None
    company_domain: str | None  # its domain, unless a webmail's, which names no company
    open: bool


@dataclass(frozen=True)
class Handover:
    lead_id: uuid.UUID
    user_id: uuid.UUID | None
    team_id: uuid.UUID | None
    rule: str  # the feed credits it
    why: str  # what had the lead handed over, for the feed: a routing trigger


_READ = [getattr(Lead, column) for column in COLUMNS.values()]


async def routable_leads(
    work: UnitOfWork[InTenant], lead_ids: Collection[uuid.UUID], *, lock: bool
) -> list[RoutableLead]:
    """The leads that exist among ``lead_ids``, in id order; ``lock`` holds them
    (PostgreSQL) until the transaction ends, so no other routing hands them out."""
    if not lead_ids:
        return []
    statement = (
        select(
            Lead.id,
            Lead.owner_id,
            Lead.owner_team_id,
            Lead.closed_at,
            Lead.custom_fields,
            Source.kind.label("source_kind"),
            *_READ,
        )
        .outerjoin(Source, Source.id == Lead.source_id)
        .where(bulk_sql.one_of(work.session, Lead.id, lead_ids))
        .order_by(Lead.id)
    )
    if lock:
        statement = statement.with_for_update(of=Lead)
    rows = list(await work.session.execute(statement))
    tags: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    tagged = select(LeadTag.lead_id, LeadTag.tag).where(
        bulk_sql.one_of(work.session, LeadTag.lead_id, lead_ids)
    )
    for lead_id, tag in await work.session.execute(tagged):
        tags[lead_id].append(tag)
    return [
        RoutableLead(
            id=row.id,
            facts=Facts.of(
                row,
                source_kind=row.source_kind.value if row.source_kind else None,
                tags=tags[row.id],
            ),
            owner_id=row.owner_id,
            owner_team_id=row.owner_team_id,
            company_domain=_company_domain(row.domain),
            open=row.closed_at is None,
        )
        for row in rows
    ]


async def hold_leads(work: UnitOfWork[InTenant], lead_ids: Collection[uuid.UUID]) -> None:
    """Lock the leads (PostgreSQL) until the transaction ends, in id order."""
    if lead_ids:
        await work.session.execute(
            select(Lead.id).where(Lead.id.in_(lead_ids)).order_by(Lead.id).with_for_update()
        )


async def unsaved(
    work: UnitOfWork[InTenant],
    lead_fields: service.LeadFields,
    *,
    stage_id: uuid.UUID | None = None,
    score: int = 0,
) -> RoutableLead:
    """A lead as routing would see it, were it created with these fields and score."""
    lead, tags = await service.unsaved_lead(work, lead_fields, stage_id=stage_id)
    lead.score = score
    kind = None
    if lead.source_id is not None:
        kind = await work.session.scalar(select(Source.kind).where(Source.id == lead.source_id))
    return RoutableLead(
        id=new_id(),
        facts=Facts.of(lead, source_kind=kind.value if kind else None, tags=tags),
        owner_id=lead.owner_id,
        owner_team_id=lead.owner_team_id,
        company_domain=_company_domain(lead.domain),
        open=True,
    )


async def unowned_lead_ids(
    work: UnitOfWork[InTenant],
    after: uuid.UUID | None,
    limit: int,
    *,
    team_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """The next ``limit`` open leads with no owner after ``after``, in id order; in
    ``team_id``'s queue, if given."""
    return list(
        await work.session.scalars(
            select(Lead.id)
            .where(
                Lead.owner_id.is_(None),
                Lead.closed_at.is_(None),
                Lead.owner_team_id == team_id if team_id is not None else true(),
                Lead.id > after if after is not None else true(),
            )
            .order_by(Lead.id)
            .limit(limit)
        )
    )


async def open_lead_counts(
    work: UnitOfWork[InTenant], user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """How many open leads each of the members owns (none are left out)."""
    counts = dict.fromkeys(user_ids, 0)
    if user_ids:
        rows = await work.session.execute(
            select(Lead.owner_id, func.count())
            .where(Lead.owner_id.in_(user_ids), Lead.closed_at.is_(None))
            .group_by(Lead.owner_id)
        )
        counts.update({owner_id: count for owner_id, count in rows if owner_id is not None})
    return counts


async def owners_by_domain(
    work: UnitOfWork[InTenant],
    domains: Collection[str],
    *,
    among: Collection[uuid.UUID],
    besides: Collection[uuid.UUID],
) -> dict[str, uuid.UUID]:
    """Who of ``among`` owns each company's leads, by its domain: the owner of the
    newest lead with an owner among them, of the leads ``besides`` those given."""
    if not domains or not among:
        return {}
    # By the domain's index alone, owners and the leads besides filtered here: a
    # company has a few leads, an owner many, and while routing hands leads out the
    # planner's statistics still see them unowned, and would read every lead with an
    # owner instead; and NOT IN a thousand ids compares each lead with every one.
    rows = await work.session.execute(
        select(Lead.domain, Lead.owner_id, Lead.id)
        .where(bulk_sql.one_of(work.session, Lead.domain, domains))
        .order_by(Lead.domain, Lead.id.desc())
    )
    owners: dict[str, uuid.UUID] = {}
    for domain, owner_id, lead_id in rows:
        if domain and owner_id and owner_id in among and lead_id not in besides:
            owners.setdefault(domain, owner_id)
    return owners


def _company_domain(domain: str | None) -> str | None:
    return None if domain in contact.WEBMAIL_DOMAINS else domain


async def hand_over(work: UnitOfWork[InTenant], handovers: Sequence[Handover]) -> None:
    """Give each lead to its new owners, with an activity crediting the rule."""
    if not handovers:
        return
    await bulk_sql.update_rows(
        work.session,
        Lead,
        [
            {
                "id": handover.lead_id,
                "owner_id": handover.user_id,
                "owner_team_id": handover.team_id,
            }
            for handover in handovers
        ],
    )
    await activity.record_by_rules(
        work,
        ActivityKind.ASSIGNED,
        [
            activity.RuleActivity(
                handover.lead_id,
                handover.rule,
                {
                    "ownerId": str(handover.user_id) if handover.user_id else None,
                    "teamId": str(handover.team_id) if handover.team_id else None,
                    "why": handover.why,
                },
            )
            for handover in handovers
        ],
    )
