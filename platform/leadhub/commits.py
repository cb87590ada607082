"""A transaction's batch: the id every row it changes of a tracked table carries, and
that ``activity.positions`` numbers in the order transactions commit.

Two things need what a transaction did in commit order: the live feed (the
activities it recorded) and partners' incremental sync (the leads it changed, a
table that has a ``change_batch_id`` column). Each such row names the batch of the
transaction that last wrote it, however it was written: an object flushed, an
ORM ``UPDATE`` statement, or rows written set-based (``bulk_sql``, which asks
``stamped``). The batch is made on the first need, so a transaction that changes
none of these takes no position.
"""

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Update, event
from sqlalchemy.orm import ORMExecuteState, Session

from leadhub.db import new_id
from leadhub.scope import scope_of

_BATCH = "leadhub.batch"
TRACKING_COLUMN = "change_batch_id"


def batch_of(session: Session, tenant_id: uuid.UUID) -> uuid.UUID:
    """The batch of the session's transaction, made if it has none yet."""
    if _BATCH not in session.info:
        session.info[_BATCH] = (tenant_id, new_id())
    batch_id: uuid.UUID = session.info[_BATCH][1]
    return batch_id


def taken_batch(session: Session) -> tuple[uuid.UUID, uuid.UUID] | None:
    """The tenant and batch of the transaction about to commit, if it made one."""
    batch: tuple[uuid.UUID, uuid.UUID] | None = session.info.pop(_BATCH, None)
    return batch


def forget_batch(session: Session) -> None:
    session.info.pop(_BATCH, None)


def tracks_changes(model: type) -> bool:
    """Whether the model's rows carry the batch that last changed them."""
    table = getattr(model, "__table__", None)
    return table is not None and TRACKING_COLUMN in table.c


def stamped(
    session: Session, model: type, rows: Sequence[Mapping[str, Any]]
) -> Sequence[Mapping[str, Any]]:
    """Rows about to be written set-based, each with the batch, if ``model`` tracks changes."""
    if not rows or not tracks_changes(model):
        return rows
    batch_id = batch_of(session, _tenant(session))
    return [{**row, TRACKING_COLUMN: batch_id} for row in rows]


def _tenant(session: Session) -> uuid.UUID:
    tenant_id = scope_of(session).tenant_id
    if tenant_id is None:
        raise RuntimeError("a tracked table is written outside any tenant")
    return tenant_id


@event.listens_for(Session, "before_flush")
def _stamp_flushed_rows(session: Session, _context: object, _instances: object) -> None:
    for row in (*session.new, *session.dirty):
        if tracks_changes(type(row)) and (row in session.new or session.is_modified(row)):
            setattr(row, TRACKING_COLUMN, batch_of(session, _tenant(session)))


@event.listens_for(Session, "do_orm_execute")
def _stamp_updated_rows(state: ORMExecuteState) -> None:
    # A list of parameters is an UPDATE by primary key, row by row: its rows come
    # stamped (``stamped``).
    mapper = state.bind_mapper
    if not state.is_update or isinstance(state.parameters, list) or mapper is None:
        return
    statement = state.statement
    if tracks_changes(mapper.class_) and isinstance(statement, Update):
        batch_id = batch_of(state.session, _tenant(state.session))
        state.statement = statement.values({TRACKING_COLUMN: batch_id})
