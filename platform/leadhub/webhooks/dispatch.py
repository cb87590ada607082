"""The tenant's commit log turned into deliveries, a batch of events at a time.

Every transaction that takes a position in the log (``activity.positions``) asks,
before it commits, for a dispatch if the tenant has an enabled endpoint. A
dispatch reads the events committed after the tenant's cursor, makes a delivery of
each for every endpoint that subscribes to it, and moves the cursor past them in
the same transaction: an event is made into deliveries once, however many
dispatches run, and one that fails is read again by the next.
"""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadhub.activity import feed, positions
from leadhub.db import utcnow
from leadhub.jobs import Job, enqueue_after_commit
from leadhub.leads import service as leads
from leadhub.principal import SystemJob
from leadhub.webhooks import events
from leadhub.webhooks.models import WebhookCursor, WebhookDelivery, WebhookEndpoint
from leadhub.webhooks.queueing import DISPATCH_JOB, queue_attempt
from leadhub.work import UnitOfWork

# Events a dispatch reads in one transaction; a longer backlog takes more dispatches.
EVENTS_PER_DISPATCH = 200


@positions.follow_commits
def _dispatch_once_committed(session: Session, tenant_id: uuid.UUID) -> None:
    enabled = (
        select(WebhookEndpoint.id)
        .where(WebhookEndpoint.tenant_id == tenant_id, WebhookEndpoint.enabled)
        .limit(1)
    )
    if session.execute(enabled).first() is not None:
        enqueue_after_commit(session, Job(DISPATCH_JOB, {"tenant_id": str(tenant_id)}))


@dataclass(frozen=True)
class Dispatched:
    deliveries: int
    more: bool  # a full batch was read: the backlog may go on


async def dispatch(work: UnitOfWork[SystemJob], limit: int = EVENTS_PER_DISPATCH) -> Dispatched:
    """Make the deliveries of the next ``limit`` events, and queue them."""
    session = work.session
    cursor = await session.get(WebhookCursor, work.tenant_id, with_for_update=True)
    if cursor is None:
        return Dispatched(0, more=False)  # no endpoint was ever made
    head = await feed.head(work)  # read first: every event up to it is committed
    after = feed.Cursor(cursor.position, cursor.after_id)
    enabled = select(WebhookEndpoint).where(WebhookEndpoint.enabled).order_by(WebhookEndpoint.id)
    endpoints = list(await session.scalars(enabled))
    if endpoints:  # none wants what was committed before the earliest one's start
        after = max(after, feed.Cursor(min(endpoint.from_position for endpoint in endpoints)))
    read = await _read_after(work, after, limit) if endpoints else []
    made = [
        WebhookDelivery(
            endpoint_id=endpoint.id,
            event_type=event.type.value,
            payload=event.message(),
            next_attempt_at=utcnow(),
        )
        for _, event in read
        if event is not None
        for endpoint in endpoints
        if event.type in endpoint.event_types and event.cursor.position > endpoint.from_position
    ]
    session.add_all(made)
    more = len(read) == limit
    # Fewer than asked for: the log was read to its end, at least to the head.
    reached = read[-1][0] if read else after
    reached = reached if more else max(reached, head)
    cursor.position, cursor.after_id = reached.position, reached.row_id
    await session.flush()
    for delivery in made:
        queue_attempt(work, delivery)
    if more:
        work.after_commit(DISPATCH_JOB, tenant_id=str(work.tenant_id))
    return Dispatched(len(made), more)


async def _read_after(
    work: UnitOfWork[SystemJob], after: feed.Cursor, limit: int
) -> list[tuple[feed.Cursor, events.Event | None]]:
    """The next ``limit`` rows of the log after ``after`` that may tell an event
    (activities and tombstones alike, in the log's order), each with its event:
    None for a merged lead's tombstone, whose merge told it."""
    told = feed.FeedFilter(kinds=events.ACTIVITY_KINDS)
    read: list[tuple[feed.Cursor, events.Event | None]] = [
        (at, events.of_activity(row, at)) for row, at in await feed.since(work, after, told, limit)
    ]
    for tombstone, at in await leads.buried_since(work, after, limit):
        deleted = tombstone.merged_into_id is None
        read.append(
            (at, events.of_deletion(tombstone.id, tombstone.deleted_at, at) if deleted else None)
        )
    return sorted(read, key=lambda entry: entry[0])[:limit]
