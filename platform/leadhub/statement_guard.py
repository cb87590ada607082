"""Statements a scoped session refuses, so tenancy binds every one of them.

The ORM scopes what it can see: every mapped entity in a statement gets its
model's criteria (``leadhub.db``), in subqueries and joins too. What escapes
that is refused here:

- On SQLite, which has no row-level security, SQL the ORM cannot scope: ``text()``,
  tables or columns of a scoped table reached as Core objects (``Lead.__table__``,
  ``table("leads")``) rather than through the mapped class, and ``INSERT ...
  SELECT`` into one. PostgreSQL's policies bind those instead.
- On both databases, writes that name another tenant: an ``INSERT`` or ``UPDATE``
  whose ``tenant_id`` is not the session's. Bulk-inserted rows that leave
  ``tenant_id`` out get the session's, as flushed rows do; on SQLite each must
  also pass the model's ``writable_in``, as a flushed row does (a rep's reach).

Set-based SQL (imports, KPI aggregates) is therefore written with the mapped
classes: ``select(Lead.stage_id, func.count())``, ``update(Lead).where(...)``,
``session.execute(insert(Lead), rows)``, which run scoped on both databases. One
gap remains on SQLite: a bulk ``UPDATE`` only changes rows in scope, but its SET
clause may move them out of a rep's reach (new owners, another lead); services
check such targets first, and PostgreSQL's policies refuse it.
"""

import uuid
from collections.abc import Container, Iterator, Mapping
from typing import Any

from sqlalchemy import Column, Insert, TableClause, TextClause, Update
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql import visitors
from sqlalchemy.sql.selectable import TextualSelect

from leadhub.scope import Scope


class UnscopedStatement(RuntimeError):
    """A statement the session cannot hold to its scope (a bug in the caller)."""


def check_statement(
    state: ORMExecuteState, scope: Scope, scoped: Container[str], *, sqlite: bool
) -> None:
    """Refuse ``state``'s statement if it could reach rows outside ``scope``; stamp the
    scope's tenant on bulk-inserted rows that leave it out.

    ``scoped`` names the tables the ORM scopes (every mapped table).
    """
    statement = state.statement
    if sqlite:
        _check_scopable(statement, scoped)
    if not isinstance(statement, Insert | Update):
        return
    if isinstance(statement.table, TableClause) and "tenant_id" in statement.table.columns:
        for value in _tenant_values(statement):
            if value != scope.tenant_id:
                raise UnscopedStatement(f"a write names tenant {value}, not {scope.tenant_id}")
        _check_parameter_rows(state, statement, scope.tenant_id)
    if sqlite and isinstance(statement, Insert) and state.bind_mapper is not None:
        # A flushed row is checked by writable_in; a bulk-inserted one must pass the
        # same check here, where no policy backs it (a rep's reach, a person's row).
        model = state.bind_mapper.class_
        for row in _parameter_rows(state):
            if not model(**row).writable_in(scope, new=True):
                raise UnscopedStatement(f"a {model.__name__} row is outside the session's {scope}")


def _check_scopable(statement: Any, scoped: Container[str]) -> None:
    # A mapped class's table and columns carry the entity they came from, and the
    # ORM's criteria attach to every FROM of that entity. Queries on mapped classes
    # still hold plain references (a column's table, session.get's key columns), so
    # a plain table or column is unscoped only where no entity covers its table.
    plain: set[str] = set()
    through_orm: set[str] = set()
    for element in visitors.iterate(statement):
        if isinstance(element, TextClause | TextualSelect):
            raise UnscopedStatement(
                "SQLite has no row-level security, so text() cannot be scoped to a tenant:"
                " write the statement with the mapped classes"
            )
        annotated = "parententity" in getattr(element, "_annotations", {})
        if isinstance(element, TableClause) and element.name in scoped:
            (through_orm if annotated else plain).add(element.name)
        elif isinstance(element, Column):
            table = element.table
            if isinstance(table, TableClause) and table.name in scoped:
                (through_orm if annotated else plain).add(table.name)
    unscoped = plain - through_orm
    if isinstance(statement, Insert) and statement.select is not None:
        unscoped.add(statement.table.name)  # the rows come from a query, unchecked
    if unscoped:
        raise UnscopedStatement(
            f"{', '.join(sorted(unscoped))}: reached as a Core table or column, which the ORM"
            " cannot scope on SQLite; use the mapped class (Lead, Lead.id), not Lead.__table__"
        )


def _parameter_rows(state: ORMExecuteState) -> list[Mapping[str, Any]]:
    """The rows a bulk statement was given; none for one that carries its own values."""
    rows = state.parameters
    listed = [rows] if isinstance(rows, Mapping) else list(rows or ())
    return [row for row in listed if row]


def _check_parameter_rows(
    state: ORMExecuteState, statement: Insert | Update, tenant_id: uuid.UUID | None
) -> None:
    rows = _parameter_rows(state)
    for row in rows:
        if row.get("tenant_id", tenant_id) != tenant_id:
            raise UnscopedStatement(f"a row names tenant {row['tenant_id']}, not {tenant_id}")
    if isinstance(statement, Insert) and rows:
        stamped = [{**row, "tenant_id": tenant_id} for row in rows]
        state.parameters = stamped if isinstance(state.parameters, list) else stamped[0]


def _tenant_values(statement: Insert | Update) -> Iterator[Any]:
    """The tenant ids a statement's own VALUES or SET clause names (SQLAlchemy keeps
    them in ``_values``, and the rows of a multi-row VALUES in ``_multi_values``)."""
    rows = [statement._values or {}, *(getattr(statement, "_multi_values", None) or ())]
    for row in rows:
        for entries in row if isinstance(row, list) else [row]:
            for key, value in entries.items():
                if getattr(key, "key", key) == "tenant_id":
                    yield getattr(value, "value", value)
