"""Statements a scoped session refuses, so tenancy binds every one of them.

The ORM scopes what it can see: every mapped entity in a query gets its model's
criteria (``leadhub.db``), in subqueries and joins too. What escapes that is
refused here, with ``UnscopedStatement``:

- On SQLite, which has no row-level security, SQL the ORM cannot scope: ``text()``
  and literal SQL that names a scoped table; in any one query (a SELECT, each
  part of a UNION, each subquery), a scoped table, alias or column reached as a
  Core object (``Lead.__table__``, ``table("leads")``, ``Lead.__table__.alias()``)
  where no mapped entity of that query covers it; a write whose target is a Core
  table; ``INSERT ... SELECT``; and rows a flush would refuse: each inserted row
  must pass its model's ``rows_outside`` (a rep's reach, a person's row), and a
  rep's bulk UPDATE by primary key, which the criteria do not reach, is refused.
- On both databases, writes that name another tenant: an INSERT, UPDATE or upsert
  whose ``tenant_id`` is not the session's. Bulk-inserted rows that leave
  ``tenant_id`` out get the session's, as flushed rows do.

Set-based SQL (imports, KPI aggregates) is therefore written with the mapped
classes: ``select(Lead.stage_id, func.count())``, ``update(Lead).where(...)``,
``session.execute(insert(Lead), rows)``, which run scoped on both databases. One
gap remains on SQLite: a bulk ``UPDATE`` only changes rows in scope, but its SET
clause may move them out of a rep's reach (new owners, another lead); services
check such targets first, and PostgreSQL's policies refuse it.
"""

import re
import uuid
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from sqlalchemy import (
    Alias,
    BindParameter,
    ColumnClause,
    Delete,
    Insert,
    Select,
    TableClause,
    TextClause,
    Update,
)
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import TextualSelect

from leadhub.scope import Scope

Row = Mapping[str, Any]


class UnscopedStatement(RuntimeError):
    """A statement the session cannot hold to its scope (a bug in the caller)."""


def check_statement(
    state: ORMExecuteState, scope: Scope, scoped: Collection[str], *, sqlite: bool
) -> None:
    """Refuse ``state``'s statement if it could reach rows outside ``scope``; stamp the
    scope's tenant on bulk-inserted rows that leave it out.

    ``scoped`` names the tables the ORM scopes (every mapped table), lower-cased.
    """
    statement = state.statement
    if sqlite:
        _check_scopable(statement, scoped)
    if not isinstance(statement, Insert | Update):
        return
    if "tenant_id" in statement.table.c:
        for value in _tenant_values(statement):
            if value != scope.tenant_id:
                raise UnscopedStatement(f"a write names tenant {value}, not {scope.tenant_id}")
        _check_parameter_rows(state, statement, scope.tenant_id)
    if sqlite and state.bind_mapper is not None:
        _check_rows(state, statement, scope)


def _check_scopable(statement: Any, scoped: Collection[str]) -> None:
    if isinstance(statement, Insert | Update | Delete):
        target = _scoped_name(statement.table, scoped)
        if target and not _through_orm(statement.table):
            raise UnscopedStatement(
                f"{target}: a write to a Core table is not scoped on SQLite;"
                " write to the mapped class (update(Lead)), not Lead.__table__"
            )
        if isinstance(statement, Insert) and statement.select is not None:
            raise UnscopedStatement(
                "INSERT ... SELECT cannot be checked row by row on SQLite: insert the rows"
            )
    for query in _queries(statement):
        _check_query(query, scoped)


def _queries(root: ClauseElement) -> Iterator[list[ClauseElement]]:
    """The elements of each query in a statement: the statement itself, and every
    SELECT within it, each without the SELECTs nested in it."""
    pending = [root]
    while pending:
        query = pending.pop()
        elements, stack = [query], list(query.get_children())
        while stack:
            element = stack.pop()
            if isinstance(element, Select):
                pending.append(element)
                continue
            elements.append(element)
            if not (isinstance(element, Alias) and isinstance(element.element, TableClause)):
                stack.extend(element.get_children())  # an alias of a table is its FROM
        yield elements


def _check_query(elements: list[ClauseElement], scoped: Collection[str]) -> None:
    # A mapped class's table and columns carry the entity they came from, and the
    # ORM's criteria attach to every FROM of that entity in the query. A query on a
    # mapped class still holds plain references to its table (a column's table,
    # session.get's key columns), which share that FROM: a plain reference is
    # unscoped only where no entity of the same query covers its table or alias.
    plain: set[str] = set()
    through_orm: set[str] = set()
    for element in elements:
        if isinstance(element, TextClause | TextualSelect) or _literal_naming(element, scoped):
            raise UnscopedStatement(
                "SQLite has no row-level security, so text() cannot be scoped to a tenant:"
                " write the statement with the mapped classes"
            )
        source = element.table if isinstance(element, ColumnClause) else element
        name = _scoped_name(source, scoped)
        if name:
            (through_orm if _through_orm(element) else plain).add(name)
    unscoped = plain - through_orm
    if unscoped:
        raise UnscopedStatement(
            f"{', '.join(sorted(unscoped))}: reached as a Core table, alias or column, which the"
            " ORM cannot scope on SQLite; use the mapped class (Lead, Lead.id, aliased(Lead))"
        )


def _scoped_name(source: Any, scoped: Collection[str]) -> str | None:
    """The name a scoped table, or an alias of one, goes by in a query."""
    if isinstance(source, Alias) and isinstance(source.element, TableClause):
        return source.name if source.element.name.lower() in scoped else None
    if isinstance(source, TableClause) and source.name.lower() in scoped:
        return source.name.lower()
    return None


def _through_orm(element: ClauseElement) -> bool:
    return "parententity" in element._annotations


def _literal_naming(element: ClauseElement, scoped: Collection[str]) -> bool:
    """Literal SQL (``literal_column("(SELECT ... FROM leads)")``) naming a scoped table."""
    if not (isinstance(element, ColumnClause) and element.is_literal):
        return False
    words = set(re.findall(r"\w+", element.name.lower()))
    return any(name in words for name in scoped)


def _check_rows(state: ORMExecuteState, statement: Insert | Update, scope: Scope) -> None:
    """Rows a flush would refuse, refused in bulk too (SQLite: no policy backs them)."""
    assert state.bind_mapper is not None
    model = state.bind_mapper.class_
    if isinstance(statement, Update):
        if scope.reach is not None and _parameter_rows(state):
            raise UnscopedStatement(
                "a bulk UPDATE by primary key is not held to a rep's reach on SQLite:"
                " update(Model).where(...) is"
            )
        return
    rows = _parameter_rows(state) or _values_rows(statement)
    if model.rows_outside(state.session, scope, [model(**row) for row in rows], new=True):
        raise UnscopedStatement(f"a {model.__name__} row is outside the session's {scope}")


def _parameter_rows(state: ORMExecuteState) -> list[Row]:
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
        state.parameters = stamped[0] if isinstance(state.parameters, Mapping) else stamped


def _values_rows(statement: Insert) -> list[Row]:
    """The rows an INSERT carries in its own VALUES, as plain values."""
    rows: list[Row] = []
    for entries in _values_clauses(statement):
        row: dict[str, Any] = {}
        for key, value in entries.items():
            if not isinstance(value, BindParameter):
                raise UnscopedStatement(
                    "an INSERT's values must be plain values on SQLite, where each row is"
                    " checked as a flushed one is"
                )
            row[getattr(key, "key", key)] = value.value
        rows.append(row)
    return rows


def _tenant_values(statement: Insert | Update) -> Iterator[Any]:
    """The tenant ids a statement's own VALUES, SET or upsert SET clause names."""
    for entries in _values_clauses(statement):
        for key, value in entries.items():
            if getattr(key, "key", key) == "tenant_id":
                yield getattr(value, "value", value)


def _values_clauses(statement: Insert | Update) -> Iterator[Mapping[Any, Any]]:
    # SQLAlchemy keeps a statement's own values in _values (or _ordered_values), the
    # rows of a multi-row VALUES in _multi_values, and an upsert's SET in its ON
    # CONFLICT clause.
    if statement._values:
        yield statement._values
    ordered = getattr(statement, "_ordered_values", None)
    if ordered:
        yield dict(ordered)
    for rows in getattr(statement, "_multi_values", None) or ():
        for row in rows:
            if not isinstance(row, Mapping):
                raise UnscopedStatement("give a multi-row INSERT its rows as mappings")
            yield row
    upsert = getattr(statement, "_post_values_clause", None)
    if upsert is not None and getattr(upsert, "update_values_to_set", None):
        yield dict(upsert.update_values_to_set)


def columns_updated(state: ORMExecuteState) -> set[str]:
    """The columns a bulk UPDATE writes, by name: in its SET clause, or in the rows
    an UPDATE by primary key was given (the key's columns among them)."""
    if not isinstance(state.statement, Update):
        return set()
    entries = [*_values_clauses(state.statement), *_parameter_rows(state)]
    return {getattr(key, "key", key) for entry in entries for key in entry}
