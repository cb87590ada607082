"""The one way every KPI is measured: a query that groups its rows by bucket, in
the database, and a series with every bucket of the period, empty ones as zero.

A KPI builds its query around the bucket expression it is given (the local
day, week or month its rows fall in: ``leadhub.local_days``), labelled
``bucket`` and grouped by ``BY_BUCKET``; its other columns are read into a value.
"""

import operator
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time
from functools import reduce
from typing import Any, Protocol, Self, TypeVar

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Label,
    Row,
    Select,
    SQLColumnExpression,
    and_,
    literal,
    literal_column,
)

from leadhub.analytics.periods import Bucket, Window
from leadhub.analytics.values import Point, Series
from leadhub.local_days import local_period
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


class Additive(Protocol):
    def __add__(self, other: Self) -> Self: ...


# A query of any columns, as a KPI builds them.
Rows = Select[*tuple[Any, ...]]
V = TypeVar("V")
A = TypeVar("A", bound=Additive)
Build = Callable[[Label[datetime]], Rows]
Read = Callable[[Row[Any]], V]

# What a KPI's query groups by: its bucket column, by name. The expression
# repeated in GROUP BY would bind its zone again, which PostgreSQL takes for
# another expression.
BY_BUCKET: ColumnElement[Any] = literal_column("bucket")


def in_window(moment: SQLColumnExpression[Any], window: Window) -> ColumnElement[bool]:
    """Whether ``moment`` falls in the period: from the local midnight it starts
    at to the one after its last day."""
    return and_(moment >= window.start, moment < window.end)


async def summed(
    work: UnitOfWork[InTenant],
    window: Window,
    moment: SQLColumnExpression[Any],
    build: Build,
    read: Read[A],
    empty: A,
) -> Series[A]:
    """The series of ``build``'s query, its rows placed by ``moment``; its total,
    the sum of its points."""
    points = await _points(work, window, build(_bucket(window, moment)), read, empty)
    return _summed(points)


async def summed_by(
    work: UnitOfWork[InTenant],
    window: Window,
    moment: SQLColumnExpression[Any],
    build: Build,
    read: Read[A],
    empty: A,
) -> dict[Any, Series[A]]:
    """``summed`` for each ``key`` of ``build``'s query, which groups by it too:
    a series for every key that has a row in the period."""
    rows = (await work.session.execute(build(_bucket(window, moment)))).all()
    by_key: dict[Any, list[Row[Any]]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    return {key: _summed(_fill(window, key_rows, read, empty)) for key, key_rows in by_key.items()}


async def measured(
    work: UnitOfWork[InTenant],
    window: Window,
    moment: SQLColumnExpression[Any],
    build: Build,
    read: Read[V],
    empty: V,
) -> Series[V]:
    """``summed`` for a value that does not add up (a median): its total, the
    query run again over the whole period."""
    points = await _points(work, window, build(_bucket(window, moment)), read, empty)
    if window.bucket is Bucket.NONE:
        return Series(points[0].value, points)
    whole = replace(window, bucket=Bucket.NONE)
    [total] = await _points(work, whole, build(_bucket(whole, moment)), read, empty)
    return Series(total.value, points)


def _summed(points: list[Point[A]]) -> Series[A]:
    return Series(reduce(operator.add, (point.value for point in points)), points)


def _bucket(window: Window, moment: SQLColumnExpression[Any]) -> Label[datetime]:
    """The local midnight each row's bucket starts at; the period's own for NONE."""
    unit = window.bucket.unit
    if unit is None:
        whole = datetime.combine(window.first_day, time())
        return literal(whole, DateTime()).label("bucket")
    return local_period(moment, window.zone_name, unit).label("bucket")


async def _points(
    work: UnitOfWork[InTenant], window: Window, query: Rows, read: Read[V], empty: V
) -> list[Point[V]]:
    return _fill(window, (await work.session.execute(query)).all(), read, empty)


def _fill(window: Window, rows: Sequence[Row[Any]], read: Read[V], empty: V) -> list[Point[V]]:
    """A point for every bucket: the row's value, or ``empty`` for a bucket without one."""
    found = {window.bucket_key(row.bucket.date()): read(row) for row in rows}
    return [
        Point(span.first_day, span.last_day, found.get(span.first_day, empty))
        for span in window.buckets()
    ]
