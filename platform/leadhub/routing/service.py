"""Who can take leads, and when: each member's availability, which they set for
themselves, or those who manage teams set for them. Every change is in the
tenant's audit trail."""

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from leadhub.principal import InTenant, Member
from leadhub.routing.availability import Away, WorkingHours
from leadhub.routing.errors import RoutingError, RoutingErrorCode, invalid, not_found
from leadhub.routing.models import Availability
from leadhub.teams.service import MANAGING_ROLES
from leadhub.tenants.locale import normalize_time_zone
from leadhub.tenants.service import audit, membership_of_user
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class AvailabilityFields:
    time_zone: str | None = None  # IANA; None for the tenant's
    away_from: datetime | None = None
    away_until: datetime | None = None
    working_hours: WorkingHours | None = None  # None for any hour


_FIELD_NAMES = frozenset(field.name for field in fields(AvailabilityFields))


async def availability_of(work: UnitOfWork[InTenant], user_id: uuid.UUID) -> AvailabilityFields:
    """A member's availability as set; the defaults for one who never set it."""
    return _fields_of(await work.session.get(Availability, (work.tenant_id, user_id)))


async def availabilities_of(
    work: UnitOfWork[InTenant], user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, AvailabilityFields]:
    """Each member's availability as set, or the defaults, in one query."""
    rows = await work.session.scalars(
        select(Availability).where(Availability.user_id.in_(user_ids))
    )
    found = {row.user_id: row for row in rows}
    return {user_id: _fields_of(found.get(user_id)) for user_id in user_ids}


def _fields_of(row: Availability | None) -> AvailabilityFields:
    if row is None:
        return AvailabilityFields()
    hours = row.working_hours
    return AvailabilityFields(
        time_zone=row.time_zone,
        away_from=row.away_from,
        away_until=row.away_until,
        working_hours=None if hours is None else WorkingHours.from_json(hours),
    )


async def set_availability(
    work: UnitOfWork[Member], user_id: uuid.UUID, changes: Mapping[str, Any]
) -> AvailabilityFields:
    """Change what ``changes`` names (by ``AvailabilityFields``' names) of a member's
    availability; the rest stays. A member sets their own; owners, admins and sales
    managers anyone's."""
    member = work.principal
    if user_id != member.user_id and member.role not in MANAGING_ROLES:
        raise RoutingError(
            RoutingErrorCode.NOT_ALLOWED,
            "Only owners, admins and sales managers set another member's availability.",
            "userId",
        )
    if await membership_of_user(work, user_id) is None:
        raise not_found("member", "userId")
    unknown = changes.keys() - _FIELD_NAMES
    if unknown:
        raise ValueError(f"not fields of an availability: {sorted(unknown)}")
    row = await work.session.get(Availability, (work.tenant_id, user_id))
    current = _fields_of(row)
    wanted = _checked(replace(current, **changes))
    if wanted == current:
        return wanted
    if row is None:
        row = Availability(user_id=user_id)
        work.session.add(row)
    row.time_zone = wanted.time_zone
    row.away_from, row.away_until = wanted.away_from, wanted.away_until
    hours = wanted.working_hours
    row.working_hours = None if hours is None else hours.to_json()
    audit(
        work,
        action="availability.changed",
        subject_user_id=user_id,
        details={
            "changed": sorted(
                name for name in changes if getattr(current, name) != getattr(wanted, name)
            )
        },
    )
    return wanted


def _checked(wanted: AvailabilityFields) -> AvailabilityFields:
    """``wanted`` with its time zone named as IANA spells it, or a refusal."""
    for moment, field in ((wanted.away_from, "awayFrom"), (wanted.away_until, "awayUntil")):
        if moment is not None and moment.tzinfo is None:
            raise invalid("Give the moment with its offset from UTC.", field)
    Away(wanted.away_from, wanted.away_until)
    if wanted.time_zone is None:
        return wanted
    return replace(wanted, time_zone=normalize_time_zone(wanted.time_zone))
