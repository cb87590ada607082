"""Transactions that record activities or change leads, numbered in the order they commit.

Every activity a transaction records, and every lead it changes, names the
transaction's batch (``leadhub.commits``). Just before it commits, the
transaction takes the tenant's next position on ``feed_heads``,
whose row it locks until the commit, and records it with the batch on
``feed_commits``: positions follow commits, so a live subscriber that has seen up
to one resumes after it and misses nothing. The lock is held for the commit
alone, and only by transactions of the same tenant.

Once committed, the news goes out: on PostgreSQL by ``NOTIFY``, sent with the
transaction (never for one that rolls back) to every process that listens
(``activity.news``), and always to this process's own subscribers.
"""

import uuid
from collections.abc import Callable

from sqlalchemy import event, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from leadhub import commits
from leadhub.activity import news
from leadhub.activity.models import FeedCommit, FeedHead
from leadhub.db import insert_on_conflict, utcnow

_NUMBERED = "leadhub.feed_numbered"

# What else follows a tenant's commits (the webhooks): called as each batch is
# numbered, inside its transaction, with the session and the tenant.
CommitFollower = Callable[[Session, uuid.UUID], None]
_followers: list[CommitFollower] = []


def follow_commits(follower: CommitFollower) -> CommitFollower:
    """Call ``follower`` in every transaction that is about to take a position."""
    _followers.append(follower)
    return follower


def batch_of(session: AsyncSession, tenant_id: uuid.UUID) -> uuid.UUID:
    """The batch of the session's transaction, for an activity it records."""
    return commits.batch_of(session.sync_session, tenant_id)


def _next_position(session: Session, tenant_id: uuid.UUID) -> int:
    upsert = insert_on_conflict(session, FeedHead).on_conflict_do_update(
        index_elements=[FeedHead.tenant_id], set_={"position": FeedHead.position + 1}
    )
    first = {"tenant_id": tenant_id, "position": 1}
    position: int = session.execute(upsert.returning(FeedHead.position), first).scalar_one()
    return position


@event.listens_for(Session, "before_commit")
def _number_the_batch(session: Session) -> None:
    if session.get_nested_transaction() is not None:
        return  # a savepoint released: the transaction around it commits later
    # A commit flushes after this hook: flush first, so the rows it writes are
    # stamped with the batch (``commits``) before the batch is numbered.
    session.flush()
    batch = commits.taken_batch(session)
    if batch is None:
        return
    tenant_id, batch_id = batch
    for follower in _followers:  # before the position: its lock is held to the commit
        follower(session, tenant_id)
    position = _next_position(session, tenant_id)
    commit = {
        "tenant_id": tenant_id,
        "position": position,
        "batch_id": batch_id,
        "committed_at": utcnow(),
    }
    session.execute(insert(FeedCommit), commit)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(news.CHANNEL, str(tenant_id))))
    session.info[_NUMBERED] = tenant_id


@event.listens_for(Session, "after_commit")
def _tell_this_process(session: Session) -> None:
    tenant_id = session.info.pop(_NUMBERED, None)
    if tenant_id is not None:
        news.tell(tenant_id)


@event.listens_for(Session, "after_transaction_end")
def _forget_an_uncommitted_batch(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        commits.forget_batch(session)
        session.info.pop(_NUMBERED, None)
