"""Appending to the feed, always in the transaction of the change it records."""

import uuid
from typing import Any

from sqlalchemy import Select, select

from leadhub.activity.models import Activity, ActivityKind
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


def record(
    work: UnitOfWork[InTenant],
    *,
    lead_id: uuid.UUID,
    kind: ActivityKind,
    payload: dict[str, Any] | None = None,
    by_rule: bool = False,
) -> Activity:
    """An activity on the lead, credited to whom the work is done for, or to nobody
    when a rule of the tenant did it (``by_rule``)."""
    actor_id = None if by_rule else work.user_id
    activity = Activity(lead_id=lead_id, kind=kind, actor_id=actor_id, payload=payload or {})
    work.session.add(activity)
    return activity


def activities_of(lead_id: uuid.UUID) -> Select[Activity]:
    """A lead's activities, for a connection to order and page."""
    return select(Activity).where(Activity.lead_id == lead_id)
