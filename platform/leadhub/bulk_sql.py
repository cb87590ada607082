"""Many rows or values in one statement: rows inserted, or updated by id, and a
column compared with a list of values.

Routing a batch writes a thousand decisions, activities and new owners at once. The
ORM sends such rows as a VALUES list of a parameter for each value, or as a
statement for each group of rows, which PostgreSQL parses and plans afresh, at a
cost that grows with the rows: a thousand routing decisions took 130 ms so, and
40 ms as here. On PostgreSQL the rows go as an array for each column, which the
statement unnests: a few parameters, however many rows. SQLite has no arrays: the
ORM executes its statement once for each row there.

Likewise a column compared with a thousand ids: the ORM's IN list binds each, and
SQLAlchemy expands it afresh at each execution, for the server to plan for that
many values (32 µs a routed lead); on PostgreSQL ``one_of`` binds them as one
array (``= ANY``), a statement prepared once for any number of values.

Either way the statement goes through the session as any other does: scoped to
its tenant (by row-level security and the ORM's criteria), checked by the statement
guard (which, on SQLite, refuses a sales rep's update by id: nothing there holds
it to their reach), and an UPDATE sets what the mapped class updates on every
change (``updated_at``). The rows are the session's tenant's, and each gives the
same columns: an inserted row every column that has a default in the mapped
class or may not be NULL, ``id`` among them. The ORM's executemany would fill in
such defaults on SQLite and the unnested rows would not on PostgreSQL, so rows
that leave one out are refused on both.
"""

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    TableValuedAlias,
    any_,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm.exc import StaleDataError

from leadhub import commits
from leadhub.db import Base
from leadhub.scope import scope_of
from leadhub.statement_guard import UnscopedStatement

Row = Mapping[str, Any]
KEY = ("tenant_id", "id")  # what names the row an update writes


async def insert_rows(session: AsyncSession, model: type[Base], rows: Sequence[Row]) -> None:
    """Insert ``rows`` of ``model``, each with the same columns."""
    if not rows:
        return
    rows = commits.stamped(session.sync_session, model, _of_the_tenant(session, model, rows))
    missing = [
        column.name
        for column in model.__table__.c
        if column.name not in rows[0]
        and (column.default is not None or (not column.nullable and column.server_default is None))
    ]
    if missing:
        raise ValueError(f"the {model.__name__} rows leave out {', '.join(missing)}")
    if _on_sqlite(session):
        # NULLs rendered: else rows batch apart by which of their values are None
        await session.execute(insert(model).execution_options(render_nulls=True), rows)
        return
    unnested = _unnested(model, rows)
    await session.execute(
        insert(model).from_select(list(rows[0]), select(unnested), include_defaults=False)
    )


async def update_rows(session: AsyncSession, model: type[Base], rows: Sequence[Row]) -> None:
    """Write each of ``rows`` to the row of ``model`` its ``id`` names; each row with
    the same columns. ``StaleDataError`` if a row is not found in the session's scope."""
    if not rows:
        return
    if "id" not in rows[0]:
        raise ValueError(f"each row names its {model.__name__} by its id")
    rows = commits.stamped(session.sync_session, model, _of_the_tenant(session, model, rows))
    if _on_sqlite(session):
        await session.execute(update(model), rows)  # by primary key, one row at a time
        return
    unnested = _unnested(model, rows)
    statement = (
        update(model)
        .where(*(getattr(model, name) == unnested.c[name] for name in KEY))
        .values({name: unnested.c[name] for name in rows[0] if name not in KEY})
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(statement)
    matched = result.rowcount  # type: ignore[attr-defined]
    if matched != len(rows):  # as the ORM's UPDATE by primary key raises
        raise StaleDataError(
            f"UPDATE of {model.__name__} expected to update {len(rows)} row(s); {matched} matched"
        )


def one_of(
    session: AsyncSession, column: InstrumentedAttribute[Any], values: Collection[Any]
) -> ColumnElement[bool]:
    """Whether ``column`` is one of ``values``, for a statement of ``session``."""
    if _on_sqlite(session):
        return column.in_(values)
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


def _unnested(model: type[Base], rows: Sequence[Row]) -> TableValuedAlias:
    """``rows`` as a table of the same columns, from an array of each column's values."""
    columns = model.__table__.c
    # One dimension: a JSON value that is a list is one value, not a row of them.
    arrays = [
        bindparam(None, [row[name] for row in rows], type_=ARRAY(columns[name].type, dimensions=1))
        for name in rows[0]
    ]
    return func.unnest(*arrays).table_valued(*rows[0]).render_derived("given")


def _of_the_tenant(session: AsyncSession, model: type[Base], rows: Sequence[Row]) -> list[Row]:
    """The rows, each with the same columns, stamped with the session's tenant."""
    if any(row.keys() != rows[0].keys() for row in rows):
        raise ValueError(f"the {model.__name__} rows differ in their columns")
    tenant_id = scope_of(session).tenant_id
    if tenant_id is None:
        raise ValueError("rows are written in a tenant's scope")
    if any(row.get("tenant_id", tenant_id) != tenant_id for row in rows):
        raise UnscopedStatement(f"a {model.__name__} row names another tenant than {tenant_id}")
    return [{**row, "tenant_id": tenant_id} for row in rows]


def _on_sqlite(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "sqlite"
