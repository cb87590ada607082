"""Changing many leads in one go: assign, move, tag, untag, delete.

Each action takes up to ``MAX_LEADS`` ids and is all or nothing: one lead that
cannot take the change (not found, not in reach, closed) refuses the whole call,
naming it, and nothing is written. Every lead changed gets its activity; leads
that have the change already are left as they are. None of these changes a
field that scoring looks at, so no lead is rescored.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import flush_or_refuse, utcnow
from leadhub.errors import Problems
from leadhub.leads import lifecycle, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import Lead, LeadTag
from leadhub.leads.ownership import Owners, checked_owners
from leadhub.leads.service import MAX_TAGS, bury
from leadhub.principal import InTenant, reach_of
from leadhub.tenants.service import audit
from leadhub.work import UnitOfWork

MAX_LEADS = 1000
FIELD = "leadIds"


async def assign(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], owners: Owners
) -> list[Lead]:
    """Give the leads to a member, a team, or both (none leaves them unowned)."""
    leads = await _leads(work.session, lead_ids)
    owners = await checked_owners(work, owners)
    for lead in leads:
        if (lead.owner_id, lead.owner_team_id) == (owners.user_id, owners.team_id):
            continue
        lead.owner_id, lead.owner_team_id = owners.user_id, owners.team_id
        activity.record(
            work,
            lead_id=lead.id,
            kind=ActivityKind.ASSIGNED,
            payload={
                "ownerId": str(owners.user_id) if owners.user_id else None,
                "teamId": str(owners.team_id) if owners.team_id else None,
            },
        )
    return leads


async def move(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], stage_id: uuid.UUID
) -> list[Lead]:
    """Move open leads to another open stage; those in it already stay."""
    leads = await _leads(work.session, lead_ids)
    for lead in leads:
        if lead.stage_id != stage_id:
            try:
                await lifecycle.move(work, lead.id, stage_id)
            except LeadError as error:
                if error.field == "stageId":
                    raise  # about the stage, not this lead
                raise LeadError(
                    error.code, f"{lead.name}: {error.message}", _field(lead_ids, lead.id)
                ) from None
    return leads


async def tag(work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], label: str) -> list[Lead]:
    session = work.session
    cleaned = _tag(label)
    leads = await _leads(session, lead_ids)
    ids = [lead.id for lead in leads]
    counts = dict(
        list(
            await session.execute(
                select(LeadTag.lead_id, func.count())
                .where(LeadTag.lead_id.in_(ids))
                .group_by(LeadTag.lead_id)
            )
        )
    )
    tagged = set(
        await session.scalars(
            select(LeadTag.lead_id).where(LeadTag.lead_id.in_(ids), LeadTag.tag == cleaned)
        )
    )
    for lead in leads:
        if lead.id in tagged:
            continue
        if counts.get(lead.id, 0) >= MAX_TAGS:
            raise invalid(f"{lead.name} has {MAX_TAGS} tags already.", _field(lead_ids, lead.id))
        session.add(LeadTag(lead_id=lead.id, tag=cleaned))
        _tags_changed(work, lead)
    await flush_or_refuse(
        session, LeadError(LeadErrorCode.INVALID, "Tagged at the same time: try again.", FIELD)
    )
    return leads


async def untag(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], label: str
) -> list[Lead]:
    session = work.session
    cleaned = _tag(label)
    leads = await _leads(session, lead_ids)
    untagged = set(
        await session.scalars(
            delete(LeadTag)
            .where(LeadTag.lead_id.in_([lead.id for lead in leads]), LeadTag.tag == cleaned)
            .returning(LeadTag.lead_id)
        )
    )
    for lead in leads:
        if lead.id in untagged:
            _tags_changed(work, lead)
    return leads


async def delete_leads(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID]
) -> list[uuid.UUID]:
    """Delete the leads with their feed, history, tags and partner ids; the leads
    they referred lose their referrer. The tenant's audit trail keeps the count.
    Sales reps delete nothing: a lead outside their reach may name one as referrer."""
    session = work.session
    if reach_of(work.principal) is not None:
        raise LeadError(LeadErrorCode.NOT_ALLOWED, "Sales reps do not delete leads.", FIELD)
    leads = await _leads(session, lead_ids)
    ids = [lead.id for lead in leads]
    await session.execute(
        update(Lead).where(Lead.referred_by_id.in_(ids)).values(referred_by_id=None)
    )
    await session.execute(delete(Lead).where(Lead.id.in_(ids)))
    bury(work, ids)
    # The count alone: a lead deleted for privacy must not live on in the trail.
    audit(work, action="leads.deleted", details={"count": len(ids)})
    return ids


async def _leads(session: AsyncSession, lead_ids: Sequence[uuid.UUID]) -> list[Lead]:
    """The leads, in the order given, each once; all of them, or NOT_FOUND."""
    wanted = list(dict.fromkeys(lead_ids))
    if not 1 <= len(wanted) <= MAX_LEADS:
        raise invalid(f"Give 1 to {MAX_LEADS} leads.", FIELD)
    found = {
        lead.id: lead for lead in await session.scalars(select(Lead).where(Lead.id.in_(wanted)))
    }
    problems = Problems()
    for lead_id in wanted:
        if lead_id not in found:
            problems.add(not_found("lead", _field(lead_ids, lead_id)))
    problems.raise_if_any()
    return [found[lead_id] for lead_id in wanted]


def _field(lead_ids: Sequence[uuid.UUID], lead_id: uuid.UUID) -> str:
    """The input field that names the lead: its place in the list, as the client sent it."""
    return f"{FIELD}.{lead_ids.index(lead_id)}"


def _tag(label: str) -> str:
    return validation.name(label, "tag", max_length=50).casefold()


def _tags_changed(work: UnitOfWork[InTenant], lead: Lead) -> None:
    lead.updated_at = utcnow()  # its row changes with its tags: a partner's sync sees it
    activity.record(work, lead_id=lead.id, kind=ActivityKind.UPDATED, payload={"changed": ["tags"]})
