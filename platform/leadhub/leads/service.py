"""Leads: creating and updating them, with every field checked and normalized.

Each change appends to the activity feed, and entering a stage to the stage
history, in the same transaction.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub import contact
from leadhub.activity import service as activity
from leadhub.activity.models import ActivityKind
from leadhub.db import session_tenant
from leadhub.leads import validation
from leadhub.leads.errors import invalid, not_found
from leadhub.leads.models import (
    CompanySize,
    FunnelStage,
    Lead,
    PurchaseTimeframe,
    Source,
    StageChange,
    StageKind,
    Temperature,
)
from leadhub.tenants.models import Membership, Tenant


@dataclass(frozen=True)
class LeadFields:
    """Everything a person types about a lead; creating or updating sets them all."""

    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    company: str | None = None
    website: str | None = None
    country: str | None = None
    region: str | None = None
    industry: str | None = None
    company_size: CompanySize | None = None
    source_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    purchase_timeframe: PurchaseTimeframe = PurchaseTimeframe.UNKNOWN
    temperature: Temperature | None = None  # a person's override; None derives it
    expected_value: Decimal | None = None


def leads(tenant_id: uuid.UUID) -> Select[Lead]:
    """The tenant's leads, for a connection to filter, order and page."""
    return select(Lead).where(Lead.tenant_id == tenant_id)


def stage_history(lead_id: uuid.UUID) -> Select[StageChange]:
    return select(StageChange).where(StageChange.lead_id == lead_id)


async def create_lead(
    session: AsyncSession,
    actor_id: uuid.UUID | None,
    lead_fields: LeadFields,
    *,
    stage_id: uuid.UUID | None = None,
) -> Lead:
    """A new lead, in ``stage_id`` or the funnel's first open stage."""
    values = await _checked(session, lead_fields)
    stage = await _entry_stage(session, stage_id)
    lead = Lead(stage_id=stage.id, **values)
    session.add(lead)
    await session.flush()
    session.add(StageChange(lead_id=lead.id, to_stage_id=stage.id, changed_by_id=actor_id))
    activity.record(
        session,
        lead_id=lead.id,
        kind=ActivityKind.CREATED,
        actor_id=actor_id,
        payload={"stage": stage.name},
    )
    return lead


async def update_lead(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, lead_fields: LeadFields
) -> Lead:
    lead = await session.get(Lead, (session_tenant(session), lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    values = await _checked(session, lead_fields)
    changed = sorted(name for name, value in values.items() if getattr(lead, name) != value)
    for name in changed:
        setattr(lead, name, values[name])
    if changed:
        activity.record(
            session,
            lead_id=lead.id,
            kind=ActivityKind.UPDATED,
            actor_id=actor_id,
            payload={"changed": changed},
        )
    return lead


async def _entry_stage(session: AsyncSession, stage_id: uuid.UUID | None) -> FunnelStage:
    if stage_id is not None:
        stage = await session.get(FunnelStage, (session_tenant(session), stage_id))
        if stage is None:
            raise not_found("funnel stage", "stageId")
        return stage
    first_open = await session.scalar(
        select(FunnelStage)
        .where(FunnelStage.kind == StageKind.OPEN)
        .order_by(FunnelStage.position)
        .limit(1)
    )
    assert first_open is not None  # the funnel keeps an open stage (funnel.py)
    return first_open


_SINGLE_LINES = {"title": 200, "company": 200, "region": 100, "industry": 100}


async def _checked(session: AsyncSession, lead_fields: LeadFields) -> dict[str, Any]:
    """The columns ``lead_fields`` sets, checked and normalized; raises on the first fault."""
    values: dict[str, Any] = {
        "name": validation.name(lead_fields.name, "name", max_length=200),
        "company_size": lead_fields.company_size,
        "purchase_timeframe": lead_fields.purchase_timeframe,
        "expected_value": validation.amount(lead_fields.expected_value, "expectedValue"),
    }
    for field, length in _SINGLE_LINES.items():
        values[field] = validation.optional_line(getattr(lead_fields, field), field, length)
    values["email"] = _contact(contact.normalize_email, lead_fields.email, "email")
    values["website"] = _contact(contact.normalize_website, lead_fields.website, "website")
    values["country"] = _contact(contact.normalize_region, lead_fields.country, "country")
    if lead_fields.phone and lead_fields.phone.strip():
        tenant = await session.get_one(Tenant, session_tenant(session))
        values["phone"] = _contact(
            lambda phone: contact.normalize_phone(phone, tenant.default_region),
            lead_fields.phone,
            "phone",
        )
    else:
        values["phone"] = None
    values["domain"] = contact.domain_of(website=values["website"], email=values["email"])
    values["source_id"] = await _source_id(session, lead_fields.source_id)
    values["owner_id"] = await _owner_id(session, lead_fields.owner_id)
    values["temperature_overridden"] = lead_fields.temperature is not None
    values["temperature"] = lead_fields.temperature or lead_fields.purchase_timeframe.temperature
    return values


def _contact(normalize: Callable[[str], str], value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalize(value)
    except contact.InvalidContact as error:
        raise invalid(str(error), field) from None


async def _source_id(session: AsyncSession, source_id: uuid.UUID | None) -> uuid.UUID | None:
    if source_id is None:
        return None
    if await session.get(Source, (session_tenant(session), source_id)) is None:
        raise not_found("source", "sourceId")
    return source_id


async def _owner_id(session: AsyncSession, owner_id: uuid.UUID | None) -> uuid.UUID | None:
    # An owner is a member of the lead's tenant.
    if owner_id is None:
        return None
    member = await session.scalar(select(Membership.id).where(Membership.user_id == owner_id))
    if member is None:
        raise not_found("member", "ownerId")
    return owner_id
