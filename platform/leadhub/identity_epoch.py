"""A count of the changes to who logins act as, so that what caches them knows when to drop it.

Working out who a request's token acts as (its login, user, memberships, tenants
and a sales rep's reach) takes several statements; the API keeps the answer per
token instead (``leadhub.graphql.logins``) and reads this count, one statement,
before using it. Every transaction that writes a row which can change an identity
(a model's ``identity_writes``: a login ended, a role, a membership, a team, a
tenant's settings) adds one to the count as it commits, in that same transaction.
So every process sees the change the moment it commits, and a change rolled back
drops nothing.
"""

from sqlalchemy import BigInteger, ColumnElement, event, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column

from leadhub.db import Base, Write
from leadhub.scope import Scope

_CHANGED = "leadhub.identity_changed"


class IdentityEpoch(Base):
    __tablename__ = "identity_epoch"

    id: Mapped[int] = mapped_column(primary_key=True)  # the one row's is 1
    epoch: Mapped[int] = mapped_column(BigInteger)

    # One counter for the whole database, with nothing of any tenant in it: every
    # session reads it, and one that changed an identity moves it on.
    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return true()

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return true()

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        return not new


# Built once: every request reads it, and a statement's filtered form is kept with it.
_EPOCH = select(IdentityEpoch.epoch)


async def current_epoch(session: AsyncSession) -> int | None:
    """The count now; None if its row is gone, when nothing may be trusted to a cache."""
    epoch: int | None = await session.scalar(_EPOCH)
    return epoch


def _changes_identity(model: type, write: Write) -> bool:
    return issubclass(model, Base) and write in model.identity_writes


@event.listens_for(Session, "after_flush")
def _note_flushed_changes(session: Session, _context: object) -> None:
    flushed: tuple[tuple[Write, object], ...] = (
        *(("insert", row) for row in session.new),
        *(("update", row) for row in session.dirty),
        *(("delete", row) for row in session.deleted),
    )
    if any(_changes_identity(type(row), write) for write, row in flushed):
        session.info[_CHANGED] = True


@event.listens_for(Session, "do_orm_execute")
def _note_bulk_changes(state: ORMExecuteState) -> None:
    write: Write | None = (
        "insert"
        if state.is_insert
        else "update"
        if state.is_update
        else "delete"
        if state.is_delete
        else None
    )
    mapper = state.bind_mapper
    if write and mapper is not None and _changes_identity(mapper.class_, write):
        state.session.info[_CHANGED] = True


@event.listens_for(Session, "before_commit")
def _count_identity_change(session: Session) -> None:
    # A commit flushes after this hook: flush first, so its changes are counted too.
    session.flush()
    if session.info.pop(_CHANGED, False):
        session.execute(update(IdentityEpoch).values(epoch=IdentityEpoch.epoch + 1))


@event.listens_for(Session, "after_rollback")
def _forget_identity_change(session: Session) -> None:
    session.info.pop(_CHANGED, None)
