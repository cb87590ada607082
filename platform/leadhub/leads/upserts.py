"""A partner's leads in at once (``upsertLeads``): each created, or the lead it matches
changed to what it says, all or none of them.

Every lead is checked as ``createLead`` checks it, and every fault of every lead is
named at once (``leads.<place>.<field>``); a call with any is refused whole, and
what it began to write rolls back. The leads go in as a list import brings them
(``intake``): matched by their id in the partner's system or by email, with the
tenant's leads and with those before them in the call, and overwritten with the
values they give. Sending the same call again changes nothing more: it is
idempotent.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from leadhub import bulk_sql
from leadhub.errors import Problems
from leadhub.leads import custom_fields, intake, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.intake import Incoming, MatchKey, OnMatch, Outcome, Policy
from leadhub.leads.models import Lead, Source
from leadhub.leads.service import LeadFields, plain_values
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

MAX_LEADS = 1_000
MAX_EXTERNAL_ID_LENGTH = 200


class MatchOn(StrEnum):
    EXTERNAL_ID = "external_id"  # the lead's id in the partner's system
    EMAIL = "email"


@dataclass(frozen=True)
class Upsert:
    fields: LeadFields
    external_id: str | None = None


@dataclass(frozen=True)
class Upserted:
    lead: Lead
    created: bool


async def upsert_leads(
    work: UnitOfWork[InTenant], leads: Sequence[Upsert], match_on: MatchOn, system: str | None
) -> list[Upserted]:
    """The leads created or changed, in the order given; or every fault, and none."""
    if not 1 <= len(leads) <= MAX_LEADS:
        raise invalid(f"Send 1 to {MAX_LEADS} leads.", "leads")
    problems = Problems()
    with problems:
        system = _system(system, match_on, leads)
    incoming = await _incoming(work, leads, match_on, problems)
    problems.raise_if_any()
    policy = Policy(
        keys=(MatchKey.EXTERNAL_ID if match_on is MatchOn.EXTERNAL_ID else MatchKey.EMAIL,),
        on_match=OnMatch.OVERWRITE,
        system=system or "",
    )
    results = await intake.take_in(work, incoming, policy)
    for place, result in enumerate(results):
        if result.outcome is Outcome.REFUSED:  # its id in the system is another lead's
            problems.add(
                LeadError(
                    LeadErrorCode.EXTERNAL_ID_TAKEN,
                    result.reason or "Another lead has this id.",
                    f"leads.{place}.externalId",
                )
            )
    problems.raise_if_any()
    ids = [result.lead_id for result in results if result.lead_id is not None]
    leads_by_id = {
        lead.id: lead
        for lead in await work.session.scalars(
            select(Lead).where(bulk_sql.one_of(work.session, Lead.id, set(ids)))
        )
    }
    return [
        Upserted(leads_by_id[result.lead_id], result.outcome is Outcome.CREATED)
        for result in results
        if result.lead_id is not None
    ]


def _system(system: str | None, match_on: MatchOn, leads: Sequence[Upsert]) -> str | None:
    if system is None or not system.strip():
        if match_on is MatchOn.EXTERNAL_ID or any(lead.external_id for lead in leads):
            raise invalid("Name the system whose ids the leads' externalId are.", "system")
        return None
    return validation.name(system, "system", max_length=100)


async def _incoming(
    work: UnitOfWork[InTenant], leads: Sequence[Upsert], match_on: MatchOn, problems: Problems
) -> list[Incoming]:
    """Each lead checked as a new one is, its faults kept in ``problems`` by place."""
    default_region = (await tenants.current_tenant(work)).default_region
    rules = await custom_fields.rules(work)
    sources = await _sources(work, {lead.fields.source_id for lead in leads})
    owners = {lead.fields.owner_id for lead in leads if lead.fields.owner_id is not None}
    members = set(await tenants.roles_of(work, owners)) if owners else set()
    incoming = []
    for place, lead in enumerate(leads):
        found = Problems()
        values: dict[str, object] = {}
        tags: list[str] = []
        external_id = None
        with found:
            values, tags = plain_values(lead.fields, default_region)
        with found:
            values["custom_fields"] = custom_fields.typed_values(rules, lead.fields.custom_fields)
        with found:
            external_id = _external_id(lead.external_id, match_on)
        if lead.fields.source_id is not None and lead.fields.source_id not in sources:
            found.add(not_found("source", "sourceId"))
        if lead.fields.owner_id is not None and lead.fields.owner_id not in members:
            found.add(not_found("member", "ownerId"))
        if match_on is MatchOn.EMAIL and not values.get("email"):
            found.add(invalid("Matched by email, each lead needs one.", "email"))
        problems.add_within(found, f"leads.{place}")
        values["source_id"] = lead.fields.source_id
        values["owner_id"] = lead.fields.owner_id
        incoming.append(Incoming(values=values, tags=tags, external_id=external_id))
    return incoming


def _external_id(external_id: str | None, match_on: MatchOn) -> str | None:
    if external_id is None or not external_id.strip():
        if match_on is MatchOn.EXTERNAL_ID:
            raise invalid("Matched by external id, each lead needs one.", "externalId")
        return None
    return validation.name(external_id, "externalId", max_length=MAX_EXTERNAL_ID_LENGTH)


async def _sources(work: UnitOfWork[InTenant], ids: set[uuid.UUID | None]) -> set[uuid.UUID]:
    """Those of the ids that name a source of the tenant's."""
    wanted = {id_ for id_ in ids if id_ is not None}
    if not wanted:
        return set()
    return set(await work.session.scalars(select(Source.id).where(Source.id.in_(wanted))))
