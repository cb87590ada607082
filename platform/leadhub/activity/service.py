"""The activity feed's public face: appending to it, always in the transaction of
the change it records, and reading it by lead and kind.

Other domains use these functions, never the feed's table.
"""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select, update

from leadhub.activity.models import Activity as Activity
from leadhub.activity.models import ActivityKind as ActivityKind
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


async def occurrences(
    work: UnitOfWork[InTenant],
    lead_ids: Iterable[uuid.UUID],
    kinds: Iterable[ActivityKind],
    since: datetime,
) -> list[tuple[uuid.UUID, ActivityKind, datetime]]:
    """When the leads' activities of these kinds happened, from ``since`` on."""
    rows = await work.session.execute(
        select(Activity.lead_id, Activity.kind, Activity.occurred_at).where(
            Activity.lead_id.in_(list(lead_ids)),
            Activity.kind.in_(list(kinds)),
            Activity.occurred_at >= since,
        )
    )
    return [(lead_id, kind, occurred_at) for lead_id, kind, occurred_at in rows]


def leads_active_since(kinds_since: Sequence[tuple[ActivityKind, datetime]]) -> Select[Any]:
    """The ids of leads with an activity of a kind since its time, for a query on
    leads to narrow by (``Lead.id.in_(...)``)."""
    return select(Activity.lead_id).where(
        or_(
            *(
                (Activity.kind == kind) & (Activity.occurred_at >= since)
                for kind, since in kinds_since
            )
        )
    )


async def move_to_lead(
    work: UnitOfWork[InTenant], from_lead_id: uuid.UUID, to_lead_id: uuid.UUID
) -> None:
    """Hand one lead's activities to another (a merge)."""
    await work.session.execute(
        update(Activity).where(Activity.lead_id == from_lead_id).values(lead_id=to_lead_id)
    )
