"""Finding the leads that are likely the same person or company as another."""

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import session_tenant
from leadhub.leads.errors import not_found
from leadhub.leads.models import Lead

MAX_CANDIDATES = 50


class DuplicateReason(StrEnum):
    SAME_EMAIL = "same_email"
    SAME_PHONE = "same_phone"
    SAME_COMPANY = "same_company"  # the same domain and the same name


@dataclass(frozen=True)
class Candidate:
    lead: Lead
    reasons: tuple[DuplicateReason, ...]


def reasons(lead: Lead, other: Lead) -> tuple[DuplicateReason, ...]:
    """Why ``other`` looks like ``lead``: fields stored normalized compare as they are."""
    found = []
    if lead.email and other.email == lead.email:
        found.append(DuplicateReason.SAME_EMAIL)
    if lead.phone and other.phone == lead.phone:
        found.append(DuplicateReason.SAME_PHONE)
    if (
        lead.domain
        and other.domain == lead.domain
        and other.name.casefold() == lead.name.casefold()
    ):
        found.append(DuplicateReason.SAME_COMPANY)
    return tuple(found)


async def duplicate_candidates(session: AsyncSession, lead_id: uuid.UUID) -> list[Candidate]:
    """Other leads of the tenant that share the lead's email, phone, or domain and name."""
    lead = await session.get(Lead, (session_tenant(session), lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    matches = []
    if lead.email:
        matches.append(Lead.email == lead.email)
    if lead.phone:
        matches.append(Lead.phone == lead.phone)
    if lead.domain:
        matches.append(
            (Lead.domain == lead.domain) & (func.lower(Lead.name) == lead.name.casefold())
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
