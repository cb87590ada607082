"""Finding the leads that are likely the same person or company, and merging them."""

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select, update

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import flush_or_refuse, utcnow
from leadhub.leads import scoring
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import ExternalId, Lead, LeadTag, StageChange
from leadhub.leads.searchable import named
from leadhub.leads.service import bury
from leadhub.principal import InTenant
from leadhub.text import folded
from leadhub.work import UnitOfWork

MAX_CANDIDATES = 50


class DuplicateReason(StrEnum):
    SAME_EMAIL = "same_email"
    SAME_PHONE = "same_phone"
    SAME_NAME_AT_DOMAIN = "same_name_at_domain"  # ignoring case and accents


@dataclass(frozen=True)
class Candidate:
    lead: Lead
    reasons: tuple[DuplicateReason, ...]


def reasons(lead: Lead, other: Lead) -> tuple[DuplicateReason, ...]:
    """Why ``other`` looks like ``lead``: fields stored normalized compare as they are,
    names as search folds them ("Øyvind Ås" is "OYVIND AS")."""
    found = []
    if lead.email and other.email == lead.email:
        found.append(DuplicateReason.SAME_EMAIL)
    if lead.phone and other.phone == lead.phone:
        found.append(DuplicateReason.SAME_PHONE)
    if lead.domain and other.domain == lead.domain and folded(other.name) == folded(lead.name):
        found.append(DuplicateReason.SAME_NAME_AT_DOMAIN)
    return tuple(found)


async def duplicate_candidates(work: UnitOfWork[InTenant], lead_id: uuid.UUID) -> list[Candidate]:
    """Other leads of the tenant that share the lead's email, phone, or name at its domain."""
    session = work.session
    lead = await session.get(Lead, (work.tenant_id, lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    matches = []
    if lead.email:
        matches.append(Lead.email == lead.email)
    if lead.phone:
        matches.append(Lead.phone == lead.phone)
    if lead.domain:
        matches.append(
            (Lead.domain == lead.domain) & Lead.search_text.like(named(lead.name), escape="\\")
        )
    if not matches:
        return []
    others = await session.scalars(
        select(Lead)
        .where(Lead.id != lead.id, or_(*matches))
        .order_by(Lead.id)
        .limit(MAX_CANDIDATES)
    )
    candidates = [Candidate(lead=other, reasons=reasons(lead, other)) for other in others]
    return [candidate for candidate in candidates if candidate.reasons]


async def merge(
    work: UnitOfWork[InTenant],
    *,
    survivor_id: uuid.UUID,
    duplicate_id: uuid.UUID,
) -> Lead:
    """Fold ``duplicate`` into ``survivor``: its activities, stage history, tags,
    external ids and referrals move over, the survivor fills its empty fields
    from it, the merge is recorded, and the duplicate is removed."""
    session = work.session
    if survivor_id == duplicate_id:
        raise invalid("A lead cannot be merged into itself.", "duplicateId")
    tenant = work.tenant_id
    survivor = await session.get(Lead, (tenant, survivor_id))
    duplicate = await session.get(Lead, (tenant, duplicate_id))
    if survivor is None:
        raise not_found("lead", "survivorId")
    if duplicate is None:
        raise not_found("lead", "duplicateId")
    for column in _FILLABLE:
        if getattr(survivor, column) is None:
            setattr(survivor, column, getattr(duplicate, column))
    survivor.custom_fields = {**duplicate.custom_fields, **survivor.custom_fields}
    # The duplicate's stage history becomes the survivor's, and with it its stages.
    survivor.reached_stages |= duplicate.reached_stages
    moved = {"lead_id": survivor.id}
    await activity.move_to_lead(work, duplicate.id, survivor.id)
    for model in (StageChange, ExternalId):
        await session.execute(update(model).where(model.lead_id == duplicate.id).values(moved))
    kept_tags = select(LeadTag.tag).where(LeadTag.lead_id == survivor.id)
    await session.execute(
        update(LeadTag)
        .where(LeadTag.lead_id == duplicate.id, LeadTag.tag.not_in(kept_tags))
        .values(moved)
    )
    await session.execute(
        update(Lead).where(Lead.referred_by_id == duplicate.id).values(referred_by_id=survivor.id)
    )
    activity.record(
        work,
        lead_id=survivor.id,
        kind=ActivityKind.MERGED,
        payload={"merged": str(duplicate.id), "name": duplicate.name},
    )
    await session.delete(duplicate)
    bury(work, [duplicate.id], into=survivor.id)
    survivor.updated_at = utcnow()  # it took tags and ids too: a partner's sync sees it
    # Leads out of a rep's reach may name the duplicate as referrer: the update
    # above cannot see them, and the database refuses the delete.
    await flush_or_refuse(
        session,
        LeadError(
            LeadErrorCode.NOT_ALLOWED,
            "Leads you cannot see name the duplicate as referrer: ask a manager to merge.",
            "duplicateId",
        ),
    )
    await scoring.rescore(work, [survivor])  # it took the duplicate's activities
    return survivor


# The fields a survivor takes from its duplicate where it has none of its own.
_FILLABLE = (
    "email",
    "phone",
    "title",
    "company",
    "website",
    "domain",
    "country",
    "region",
    "industry",
    "company_size",
    "source_id",
    "owner_id",
    "expected_value",
)
