"""Appending to the feed, always in the transaction of the change it records."""

import uuid
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity.models import Activity, ActivityKind


def record(
    session: AsyncSession,
    *,
    lead_id: uuid.UUID,
    kind: ActivityKind,
    actor_id: uuid.UUID | None,
    payload: dict[str, Any] | None = None,
) -> Activity:
    activity = Activity(lead_id=lead_id, kind=kind, actor_id=actor_id, payload=payload or {})
    session.add(activity)
    return activity


def activities_of(lead_id: uuid.UUID) -> Select[Activity]:
    """A lead's activities, for a connection to order and page."""
    return select(Activity).where(Activity.lead_id == lead_id)
