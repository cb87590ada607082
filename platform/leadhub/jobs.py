"""Jobs a transaction asks for, sent only once it commits.

A unit of work collects jobs (``leadhub.work.UnitOfWork.after_commit``); nothing
here knows the broker. Each buffered job remembers the innermost transaction open
when it was asked for: a savepoint that is released hands its jobs to the
enclosing transaction, any transaction that ends otherwise drops its own, and the
commit of the outermost one hands what is left to the sender that
``leadhub.tasks.configure`` installed.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

_PENDING_JOBS = "leadhub.pending_jobs"


@dataclass(frozen=True)
class Job:
    """A message for the actor named ``actor_name``; its arguments are JSON values.
    With ``not_before``, the broker holds it until then."""

    actor_name: str
    kwargs: dict[str, object]
    not_before: datetime | None = None


class JobSender(Protocol):
    def check(self, job: Job) -> None:
        """Raise if the job could never be sent (an unknown actor, arguments not JSON)."""

    def send_committed(self, jobs: Sequence[Job]) -> None:
        """Send jobs whose transaction has committed; never raises."""


_sender: JobSender | None = None


def install_sender(sender: JobSender) -> None:
    global _sender
    _sender = sender


def _installed_sender() -> JobSender:
    if _sender is None:
        raise RuntimeError("leadhub.tasks.configure(settings) has not run in this process")
    return _sender


@dataclass
class _PendingJob:
    job: Job
    transaction: SessionTransaction | None


def enqueue_after_commit(session: AsyncSession | Session, job: Job) -> None:
    """Send ``job`` once the session's transaction commits; never if it rolls back."""
    # Mistakes fail here, in the code that asked for the job, not after the commit.
    _installed_sender().check(job)
    sync_session = session.sync_session if isinstance(session, AsyncSession) else session
    transaction = sync_session.get_nested_transaction() or sync_session.get_transaction()
    pending: list[_PendingJob] = sync_session.info.setdefault(_PENDING_JOBS, [])
    pending.append(_PendingJob(job, transaction))


def pending_jobs(session: AsyncSession) -> list[Job]:
    """The jobs the session's transactions have asked for and not yet sent."""
    pending: list[_PendingJob] = session.sync_session.info.get(_PENDING_JOBS, [])
    return [entry.job for entry in pending]


@event.listens_for(Session, "after_commit")
def _send_committed_jobs(session: Session) -> None:
    pending: list[_PendingJob] = session.info.get(_PENDING_JOBS, [])
    if not pending:
        return
    savepoint = session.get_nested_transaction()
    if savepoint is not None:
        for entry in pending:
            if entry.transaction is savepoint:
                entry.transaction = savepoint.parent
        return
    del session.info[_PENDING_JOBS]
    _installed_sender().send_committed([entry.job for entry in pending])


@event.listens_for(Session, "after_transaction_end")
def _drop_uncommitted_jobs(session: Session, transaction: SessionTransaction) -> None:
    pending: list[_PendingJob] | None = session.info.get(_PENDING_JOBS)
    if not pending:
        return
    if transaction.parent is None:
        # A committed outermost transaction has sent and removed its jobs already.
        del session.info[_PENDING_JOBS]
    else:
        pending[:] = [entry for entry in pending if entry.transaction is not transaction]
