"""Relay connections paged by keyset in SQL: cost does not grow with the page number.

The cursor is the row's sort key, opaque to clients (base64 of JSON); the next
page is ``WHERE (sort key) > (cursor)``, which an index on the key serves.
"""

import base64
import binascii
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from datetime import datetime
from operator import getitem
from typing import Any, TypeVar

import orjson
from sqlalchemy import ColumnElement, Select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from strawberry import relay
from strawberry.types.nodes import SelectedField, Selection

from leadhub.db import SerializedSession
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200

Row = TypeVar("Row")
NodeT = TypeVar("NodeT", bound=relay.Node)


def encode_cursor(values: Sequence[Any]) -> str:
    # orjson writes times as decode_cursor reads them (ISO 8601), and ids as their
    # text: asyncpg's UUID, a subclass orjson leaves to ``default``, by str(). A page
    # encodes one cursor for each of its rows.
    return base64.urlsafe_b64encode(orjson.dumps(list(values), default=str)).decode()


def decode_cursor(cursor: str, key: Sequence[InstrumentedAttribute[Any]]) -> list[Any]:
    try:
        values = orjson.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(values, list) or len(values) != len(key):
            raise ValueError(cursor)
        return [_key_value(column, value) for column, value in zip(key, values, strict=True)]
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise UserInputError("The 'after' cursor is not one this list gave out.") from None


def _key_value(column: InstrumentedAttribute[Any], value: Any) -> Any:
    """A cursor value checked against its column's type, before SQL sees it."""
    python_type = column.type.python_type
    if python_type is uuid.UUID and isinstance(value, str):
        return uuid.UUID(value)
    if python_type is int and type(value) is int and -(2**63) <= value < 2**63:
        return value
    if python_type is str and isinstance(value, str):
        return value
    if python_type is datetime and isinstance(value, str):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            return moment
    raise ValueError(value)


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE_SIZE
    if not 0 <= first <= MAX_PAGE_SIZE:
        raise UserInputError(f"'first' must be between 0 and {MAX_PAGE_SIZE}.")
    return first


async def paginate(
    session: AsyncSession,
    statement: Select[Row],
    *,
    key: Sequence[InstrumentedAttribute[Any]],
    first: int | None,
    after: str | None,
    to_node: Callable[[Row], NodeT],
    newest_first: bool = False,
) -> relay.Connection[NodeT]:
    """One page of ``statement``'s objects in ``key`` order, after the ``after`` cursor."""
    return await _page(session.scalars, statement, key, first, after, to_node, newest_first)


async def paginate_rows(
    session: SerializedSession,
    statement: Select[Any],
    *,
    key: Sequence[InstrumentedAttribute[Any]],
    first: int | None,
    after: str | None,
    to_node: Callable[[dict[str, Any]], NodeT],
    newest_first: bool = False,
    order: ColumnElement[Any] | None = None,
) -> relay.Connection[NodeT]:
    """``paginate`` for a statement of columns (``key``'s among them), each row given
    to ``to_node`` as its values by column name: plain rows, read without the ORM
    (``SerializedSession.execute_plain``), cost a fraction of what loading ORM
    objects does, for a page of many. ``order``, if given, is ``key``'s order
    (newest first, or not, as asked) as the statement reads it fastest."""

    async def fetch(ordered: Select[Any]) -> list[dict[str, Any]]:
        result = await session.execute_plain(ordered)
        names = list(result.keys())  # once: a row's own names are rebuilt on each call
        return [dict(zip(names, row, strict=True)) for row in result]

    return await _page(
        fetch, statement, key, first, after, to_node, newest_first, order, value=getitem
    )


async def _page(
    fetch: Callable[[Select[Any]], Awaitable[Iterable[Any]]],
    statement: Select[Any],
    key: Sequence[InstrumentedAttribute[Any]],
    first: int | None,
    after: str | None,
    to_node: Callable[[Any], NodeT],
    newest_first: bool,
    order: ColumnElement[Any] | None = None,
    value: Callable[[Any, str], Any] = getattr,
) -> relay.Connection[NodeT]:
    """One page; ``value`` reads a column's value from what ``fetch`` gives."""
    size = page_size(first)
    if after is not None:
        sort_key, cursor = tuple_(*key), tuple_(*decode_cursor(after, key))
        statement = statement.where(sort_key < cursor if newest_first else sort_key > cursor)
    by_key = [column.desc() for column in key] if newest_first else key
    ordered = statement.order_by(*by_key) if order is None else statement.order_by(order)
    rows = list(await fetch(ordered.limit(size + 1)))
    page = rows[:size]
    edges = [
        relay.Edge(
            cursor=encode_cursor([value(row, column.key) for column in key]),
            node=to_node(row),
        )
        for row in page
    ]
    return relay.Connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=len(rows) > size,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )


def connection_fields(info: Info) -> set[str]:
    """The names of the fields a query selects on the connection it resolves,
    fragments included."""
    return {
        field.name
        for connection in _fields(info.selected_fields)
        for field in _fields(connection.selections)
    }


def node_fields(info: Info) -> set[str]:
    """The names of the fields a query selects on the nodes of the connection it
    resolves (``edges { node { ... } }``), fragments included."""
    return {
        field.name
        for connection in _fields(info.selected_fields)
        for edges in _fields(connection.selections)
        if edges.name == "edges"
        for node in _fields(edges.selections)
        if node.name == "node"
        for field in _fields(node.selections)
    }


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    for selection in selections:
        if not _asked(selection):
            continue
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from _fields(selection.selections)


def _asked(selection: Selection) -> bool:
    """Whether ``@skip`` and ``@include`` (their variables read) leave it in."""
    directives = selection.directives
    skipped = directives.get("skip", {}).get("if") is True
    return not skipped and directives.get("include", {}).get("if") is not False
