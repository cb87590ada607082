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
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select

from leadhub import commits
from leadhub.activity.models import Activity, ActivityKind, FeedCommit, FeedHead
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

T = TypeVar("T")

# The greatest id: a cursor past every row of its transaction.
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
    """Where a reader of the commit log is (a live subscriber, the webhooks): after
    the row ``row_id`` (an activity) of the transaction at ``position``, or after
    all of it. Ordered as the feed goes."""

    position: int
    row_id: uuid.UUID = field(default=AFTER_ALL)


async def head(work: UnitOfWork[InTenant]) -> Cursor:
    """After everything committed so far: where a new subscriber starts."""
    position = await work.session.scalar(select(FeedHead.position))
    return Cursor(position or 0)


def committed(model: Any, batch_id: Any = None) -> ColumnElement[bool]:
    """The join of rows that name a batch to the commit that numbered it: a tracked
    table's ``change_batch_id`` (``leadhub.commits``), or the column given."""
    batch = getattr(model, commits.TRACKING_COLUMN) if batch_id is None else batch_id
    return and_(FeedCommit.tenant_id == model.tenant_id, FeedCommit.batch_id == batch)


async def since(
    work: UnitOfWork[InTenant], after: Cursor, feed: FeedFilter, limit: int
) -> list[tuple[Activity, Cursor]]:
    """The next ``limit`` activities committed after ``after``, in commit order,
    each with its own cursor."""
    join = committed(Activity, Activity.batch_id)
    return await _committed_since(work, Activity, join, after, limit, feed.criteria())


async def tracked_since(
    work: UnitOfWork[InTenant], model: type[T], after: Cursor, limit: int
) -> list[tuple[T, Cursor]]:
    """The next ``limit`` rows of a table that tracks changes (``leadhub.commits``),
    last changed by transactions committed after ``after``, in commit order."""
    return await _committed_since(work, model, committed(model), after, limit, [])


async def _committed_since(
    work: UnitOfWork[InTenant],
    model: type[T],
    join: ColumnElement[bool],
    after: Cursor,
    limit: int,
    criteria: list[ColumnElement[bool]],
) -> list[tuple[T, Cursor]]:
    table: Any = model  # a mapped class with an ``id``
    later = FeedCommit.position > after.position
    if after.row_id != AFTER_ALL:
        rest_of_its_batch = and_(FeedCommit.position == after.position, table.id > after.row_id)
        later = or_(later, rest_of_its_batch)
    rows = await work.session.execute(
        select(model, FeedCommit.position)
        .join(FeedCommit, join)
        .where(later, *criteria)
        .order_by(FeedCommit.position, table.id)
        .limit(limit)
    )
    return [(row, Cursor(position, row.id)) for row, position in rows]  # type: ignore[attr-defined]
