"""The feed read as people follow it: a lead's, a person's, a team's or the
whole tenant's, of some kinds or all, in pages newest first, and live.

Which leads and people a person's or a team's feed covers is the caller's to
say (the leads and teams domains know who owns what): the feed takes the
activities on those leads, or done by those people. What the viewer may see
is the session's scope, as everywhere: a sales rep's feed holds the leads in
reach, and none of the tenant's own activities.

Live, the feed follows commits (``activity.positions``): each activity comes
with its transaction's position, and a cursor of position and id resumes
after the last one seen.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from leadhub.activity.models import Activity, ActivityKind, FeedCommit, FeedHead
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

# The greatest id: a cursor past every activity of its transaction.
AFTER_ALL = uuid.UUID(int=2**128 - 1)


@dataclass(frozen=True)
class FeedFilter:
    """Activities of these kinds (all if none), on the lead, or on these leads or
    by these people; none of these: the whole tenant's."""

    kinds: tuple[ActivityKind, ...] = ()
    lead_id: uuid.UUID | None = None
    on_leads: Select[Any] | None = None  # of lead ids
    by_people: Select[Any] | Sequence[uuid.UUID] | None = None  # of user ids

    def criteria(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.kinds:
            found.append(Activity.kind.in_(self.kinds))
        if self.lead_id is not None:
            found.append(Activity.lead_id == self.lead_id)
        followed = []
        if self.on_leads is not None:
            followed.append(Activity.lead_id.in_(self.on_leads))
        if self.by_people is not None:
            followed.append(Activity.actor_id.in_(self.by_people))
        if followed:
            found.append(or_(*followed))
        return found


def page(feed: FeedFilter) -> Select[Activity]:
    """The feed's activities, for a connection to order (by time, newest first) and page."""
    return select(Activity).where(*feed.criteria())


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a live subscriber is: after the activity ``activity_id`` of the
    transaction at ``position``, or after all of it. Ordered as the feed goes."""

    position: int
    activity_id: uuid.UUID = field(default=AFTER_ALL)


async def head(work: UnitOfWork[InTenant]) -> Cursor:
    """After everything committed so far: where a new subscriber starts."""
    position = await work.session.scalar(select(FeedHead.position))
    return Cursor(position or 0)


async def since(
    work: UnitOfWork[InTenant], after: Cursor, feed: FeedFilter, limit: int
) -> list[tuple[Activity, Cursor]]:
    """The next ``limit`` activities committed after ``after``, in commit order,
    each with its own cursor."""
    committed = and_(
        FeedCommit.tenant_id == Activity.tenant_id, FeedCommit.batch_id == Activity.batch_id
    )
    later = FeedCommit.position > after.position
    if after.activity_id != AFTER_ALL:
        rest_of_its_batch = and_(
            FeedCommit.position == after.position, Activity.id > after.activity_id
        )
        later = or_(later, rest_of_its_batch)
    rows = await work.session.execute(
        select(Activity, FeedCommit.position)
        .join(FeedCommit, committed)
        .where(later, *feed.criteria())
        .order_by(FeedCommit.position, Activity.id)
        .limit(limit)
    )
    return [(activity, Cursor(position, activity.id)) for activity, position in rows]
