"""Leads: creating and updating them, with every field checked and normalized.

Each change appends to the activity feed, and entering a stage to the stage
history, in the same transaction, and rescores the lead.
"""

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub import contact
from leadhub.activity import feed
from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import flush_or_refuse, utcnow
from leadhub.errors import Problems
from leadhub.leads import custom_fields, funnel, lifecycle, scoring, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import (
    CompanySize,
    ExternalId,
    FunnelStage,
    Lead,
    LeadTag,
    LeadTombstone,
    PurchaseTimeframe,
    Source,
    SourceKind,
    StageChange,
    StageKind,
    Temperature,
)
from leadhub.leads.ownership import Owners, checked_owners
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class LeadFields:
    """Everything a person types about a lead: a new lead has these, an update
    changes some of them."""

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
    referred_by_id: uuid.UUID | None = None  # a customer; required by a referral source
    owner_id: uuid.UUID | None = None
    owner_team_id: uuid.UUID | None = None
    purchase_timeframe: PurchaseTimeframe = PurchaseTimeframe.UNKNOWN
    temperature: Temperature | None = None  # a person's override; None derives it
    expected_value: Decimal | None = None
    tags: tuple[str, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()  # (system, id in that system)
    custom_fields: dict[str, Any] = field(default_factory=dict)


MAX_TAGS = 50
_FIELDS = frozenset(field.name for field in fields(LeadFields))


def owned_lead_ids(
    *,
    owners: Select[uuid.UUID] | Sequence[uuid.UUID] | None = None,
    team_id: uuid.UUID | None = None,
) -> Select[uuid.UUID]:
    """The ids of the leads these people or this team own, for a query to take in
    (a person's or a team's feed)."""
    owned: list[ColumnElement[bool]] = []
    if owners is not None:
        owned.append(Lead.owner_id.in_(owners))
    if team_id is not None:
        owned.append(Lead.owner_team_id == team_id)
    return select(Lead.id).where(or_(*owned))


def bury(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], into: uuid.UUID | None = None
) -> None:
    """Keep a tombstone of each deleted lead (merged ``into`` another), for partners'
    sync to mirror the deletion."""
    work.session.add_all(LeadTombstone(id=lead_id, merged_into_id=into) for lead_id in lead_ids)


async def buried_since(
    work: UnitOfWork[InTenant], after: feed.Cursor, limit: int
) -> list[tuple[LeadTombstone, feed.Cursor]]:
    """The next ``limit`` tombstones, in the order their deletions committed."""
    return await feed.tracked_since(work, LeadTombstone, after, limit)


async def forget_tombstones(work: UnitOfWork[InTenant], before: datetime) -> int:
    """Delete the tombstones of leads deleted before ``before``: how many."""
    result = await work.session.execute(
        delete(LeadTombstone).where(LeadTombstone.deleted_at < before)
    )
    forgotten: int = result.rowcount  # type: ignore[attr-defined]
    return forgotten


def stage_history(lead_id: uuid.UUID) -> Select[StageChange]:
    return select(StageChange).where(StageChange.lead_id == lead_id)


async def create_lead(
    work: UnitOfWork[InTenant], lead_fields: LeadFields, *, stage_id: uuid.UUID | None = None
) -> Lead:
    """A new lead, in ``stage_id`` or the funnel's first open stage."""
    session = work.session
    lead, checked, stage = await _new_lead(work, lead_fields, stage_id)
    session.add(lead)
    await session.flush()
    await _replace_children(session, lead.id, checked, was=None)
    session.add(StageChange(lead_id=lead.id, to_stage_id=stage.id, changed_by_id=work.user_id))
    activity.record(
        work,
        lead_id=lead.id,
        kind=ActivityKind.CREATED,
        payload={"stage": stage.name, "stageId": str(stage.id)},
    )
    await scoring.rescore(work, [lead], locked=True)  # new: no other transaction sees it
    if lead.owner_id is None:
        lifecycle.route_later(work, lead.id, "created")
    return lead


async def unsaved_lead(
    work: UnitOfWork[InTenant], lead_fields: LeadFields, *, stage_id: uuid.UUID | None = None
) -> tuple[Lead, list[str]]:
    """The lead and tags these fields would make, checked as ``create_lead`` checks
    them, but not added: for previews."""
    lead, checked, _ = await _new_lead(work, lead_fields, stage_id)
    return lead, checked.tags


async def _new_lead(
    work: UnitOfWork[InTenant], lead_fields: LeadFields, stage_id: uuid.UUID | None
) -> tuple[Lead, "_Checked", FunnelStage]:
    """A lead with these fields, not added yet; what was checked; its first stage."""
    problems = Problems()
    with problems:
        checked = await _checked(work, lead_fields)
    with problems:
        stage = await _entry_stage(work, stage_id)
    problems.raise_if_any()
    lead = Lead(stage_id=stage.id, reached_stages=stage.mask, **checked.values)
    return lead, checked, stage


async def update_lead(
    work: UnitOfWork[InTenant], lead_id: uuid.UUID, changes: Mapping[str, Any]
) -> Lead:
    """Change the fields ``changes`` names (by ``LeadFields``' names); the others stay
    as they are. Custom field values change by key, None clearing one."""
    session = work.session
    lead = await session.get(Lead, (work.tenant_id, lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    current = await _fields_of(session, lead)
    custom = {**current.custom_fields, **changes.get("custom_fields", {})}
    lead_fields = replace(current, **{**changes, "custom_fields": custom})
    checked = await _checked(work, lead_fields, lead, kept=_FIELDS - changes.keys())
    values = checked.values
    changed = sorted(name for name, value in values.items() if getattr(lead, name) != value)
    for name in changed:
        setattr(lead, name, values[name])
    children = await _replace_children(session, lead.id, checked, was=current)
    if children:
        lead.updated_at = utcnow()  # its row changes with them: a partner's sync sees it
    changed = sorted(changed + children)
    if changed:
        activity.record(
            work, lead_id=lead.id, kind=ActivityKind.UPDATED, payload={"changed": changed}
        )
    await scoring.rescore(work, [lead])
    return lead


async def _fields_of(session: AsyncSession, lead: Lead) -> LeadFields:
    """What the lead says now, as a person would type it."""
    tags = await session.scalars(
        select(LeadTag.tag).where(LeadTag.lead_id == lead.id).order_by(LeadTag.tag)
    )
    external_ids = await session.execute(
        select(ExternalId.system, ExternalId.external_id).where(ExternalId.lead_id == lead.id)
    )
    return LeadFields(
        name=lead.name,
        email=lead.email,
        phone=lead.phone,
        title=lead.title,
        company=lead.company,
        website=lead.website,
        country=lead.country,
        region=lead.region,
        industry=lead.industry,
        company_size=lead.company_size,
        source_id=lead.source_id,
        referred_by_id=lead.referred_by_id,
        owner_id=lead.owner_id,
        owner_team_id=lead.owner_team_id,
        purchase_timeframe=lead.purchase_timeframe,
        temperature=lead.temperature if lead.temperature_overridden else None,
        expected_value=lead.expected_value,
        tags=tuple(tags),
        external_ids=tuple((system, value) for system, value in external_ids),
        custom_fields=dict(lead.custom_fields),
    )


def _tags(tags: tuple[str, ...]) -> list[str]:
    """Tags as typed, trimmed and lower-cased, each once, in the order given."""
    if len(tags) > MAX_TAGS:
        raise invalid(f"A lead has at most {MAX_TAGS} tags.", "tags")
    cleaned = [validation.name(tag, "tags", max_length=50).casefold() for tag in tags]
    return list(dict.fromkeys(cleaned))


async def _external_ids(
    session: AsyncSession, lead_fields: LeadFields, lead_id: uuid.UUID | None
) -> list[tuple[str, str]]:
    pairs = []
    for system, external_id in lead_fields.external_ids:
        name = validation.system(system, "externalIds")
        pairs.append((name, validation.name(external_id, "externalIds", max_length=200)))
    for name, external_id in pairs:
        holder = await session.scalar(
            select(ExternalId.lead_id).where(
                ExternalId.system == name, ExternalId.external_id == external_id
            )
        )
        if holder is not None and holder != lead_id:
            raise LeadError(
                LeadErrorCode.EXTERNAL_ID_TAKEN,
                f"Another lead has {name} id {external_id}.",
                "externalIds",
            )
    return list(dict.fromkeys(pairs))


async def _replace_children(
    session: AsyncSession, lead_id: uuid.UUID, checked: "_Checked", *, was: LeadFields | None
) -> list[str]:
    """Make the lead's tags and external ids the ``checked`` ones, where they differ
    from what the lead ``was`` (None: a new lead, which has none); the names of what
    changed."""
    changed = []
    if set(was.tags if was else ()) != set(checked.tags):
        if was is not None:
            await session.execute(delete(LeadTag).where(LeadTag.lead_id == lead_id))
        session.add_all(LeadTag(lead_id=lead_id, tag=tag) for tag in checked.tags)
        changed.append("tags")
    if set(was.external_ids if was else ()) != set(checked.external_ids):
        if was is not None:
            await session.execute(delete(ExternalId).where(ExternalId.lead_id == lead_id))
        session.add_all(
            ExternalId(lead_id=lead_id, system=system, external_id=value)
            for system, value in checked.external_ids
        )
        changed.append("externalIds")
    await flush_or_refuse(
        session,
        LeadError(LeadErrorCode.EXTERNAL_ID_TAKEN, "Another lead has that id.", "externalIds"),
    )
    return changed


async def _entry_stage(work: UnitOfWork[InTenant], stage_id: uuid.UUID | None) -> FunnelStage:
    if stage_id is not None:
        stage = await work.session.get(FunnelStage, (work.tenant_id, stage_id))
        if stage is None:
            raise not_found("funnel stage", "stageId")
        return stage
    return await funnel.first_open_stage(work)


_SINGLE_LINES = {"title": 200, "company": 200, "region": 100, "industry": 100}


@dataclass(frozen=True)
class _Checked:
    values: dict[str, Any]  # the lead's columns
    tags: list[str]
    external_ids: list[tuple[str, str]]


async def _checked(
    work: UnitOfWork[InTenant],
    lead_fields: LeadFields,
    lead: Lead | None = None,
    *,
    kept: frozenset[str] = frozenset(),
) -> _Checked:
    """What ``lead_fields`` sets, checked and normalized, or every fault at once.
    ``lead`` is the lead being updated, if it exists; the checks against other rows
    (a referrer, owners, custom field definitions, other leads' external ids) pass
    over the fields it ``kept`` as they were, which the world may have moved since
    (a referrer reopened, a custom field now required)."""

    def changing(*names: str) -> bool:
        return not kept.issuperset(names)

    problems = Problems()
    values: dict[str, Any] = {}
    tags: list[str] = []
    with problems:
        values, tags = plain_values(lead_fields, await _default_region(work, lead_fields))
    source = None
    with problems:
        source = await _source(work, lead_fields.source_id)
        values["source_id"] = source.id if source else None
    values["referred_by_id"] = lead_fields.referred_by_id
    if changing("referred_by_id", "source_id"):
        with problems:
            values["referred_by_id"] = await _referrer_id(
                work.session, lead_fields.referred_by_id, source
            )
    values["owner_id"], values["owner_team_id"] = lead_fields.owner_id, lead_fields.owner_team_id
    if changing("owner_id", "owner_team_id"):
        with problems:
            current = Owners(lead.owner_id, lead.owner_team_id) if lead else None
            wanted = Owners(user_id=lead_fields.owner_id, team_id=lead_fields.owner_team_id)
            owners = await checked_owners(work, wanted, current)
            values["owner_id"], values["owner_team_id"] = owners.user_id, owners.team_id
    values["custom_fields"] = lead_fields.custom_fields
    if changing("custom_fields"):
        with problems:
            values["custom_fields"] = await custom_fields.checked_values(
                work, lead_fields.custom_fields
            )
    external_ids = list(lead_fields.external_ids)
    if changing("external_ids"):
        with problems:
            external_ids = await _external_ids(work.session, lead_fields, lead.id if lead else None)
    problems.raise_if_any()
    return _Checked(values, tags, external_ids)


def plain_values(
    lead_fields: LeadFields, default_region: str | None
) -> tuple[dict[str, Any], list[str]]:
    """The columns and tags ``lead_fields`` sets that no other row is needed to
    check, checked and normalized, or every fault at once: what every way in (a
    person, a partner, an import) makes of them alike. A phone number without a
    country code is read in the lead's country, or else in ``default_region``."""
    problems = Problems()
    values: dict[str, Any] = {
        "company_size": lead_fields.company_size,
        "purchase_timeframe": lead_fields.purchase_timeframe,
        "temperature_overridden": lead_fields.temperature is not None,
        "temperature": lead_fields.temperature or lead_fields.purchase_timeframe.temperature,
    }
    with problems:
        values["name"] = validation.name(lead_fields.name, "name", max_length=200)
    with problems:
        values["expected_value"] = validation.amount(lead_fields.expected_value, "expectedValue")
    for name, length in _SINGLE_LINES.items():
        with problems:
            values[name] = validation.optional_line(getattr(lead_fields, name), name, length)
    with problems:
        values["email"] = _contact(contact.normalize_email, lead_fields.email, "email")
    with problems:
        values["website"] = _contact(contact.normalize_website, lead_fields.website, "website")
    with problems:
        values["country"] = _contact(contact.normalize_region, lead_fields.country, "country")
    region = values.get("country") or default_region
    with problems:
        values["phone"] = _contact(
            lambda number: contact.normalize_phone(number, region), lead_fields.phone, "phone"
        )
    tags: list[str] = []
    with problems:
        tags = _tags(lead_fields.tags)
    problems.raise_if_any()
    values["domain"] = contact.domain_of(website=values["website"], email=values["email"])
    return values, tags


async def _default_region(work: UnitOfWork[InTenant], lead_fields: LeadFields) -> str | None:
    """The tenant's default region, where a phone number may need it."""
    if lead_fields.phone is None or not lead_fields.phone.strip():
        return None
    return (await tenants.current_tenant(work)).default_region


def _contact(normalize: Callable[[str], str], value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalize(value)
    except contact.InvalidContact as error:
        raise invalid(str(error), field) from None


async def _source(work: UnitOfWork[InTenant], source_id: uuid.UUID | None) -> Source | None:
    if source_id is None:
        return None
    source = await work.session.get(Source, (work.tenant_id, source_id))
    if source is None:
        raise not_found("source", "sourceId")
    return source


async def _referrer_id(
    session: AsyncSession, referrer_id: uuid.UUID | None, source: Source | None
) -> uuid.UUID | None:
    # DOMAIN.md: a referral is a lead linked to the satisfied customer who gave it.
    if referrer_id is None:
        if source is not None and source.kind is SourceKind.REFERRAL:
            raise invalid("A referral names the customer who referred it.", "referredById")
        return None
    stage_kind = await session.scalar(
        select(FunnelStage.kind)
        .join(Lead, Lead.stage_id == FunnelStage.id)
        .where(Lead.id == referrer_id)
    )
    if stage_kind is None:
        raise not_found("lead", "referredById")
    if stage_kind is not StageKind.WON:
        raise invalid("The referrer is a customer: a lead that was won.", "referredById")
    return referrer_id
