"""Medians and means computed by the database, the same way on either backend.

SQLite has no percentile function: each row is numbered within its bucket, by
value, and the median is the middle row's value, or the mean of the middle two.
Rows without a value (a lead not yet answered) are numbered apart and left out.
"""

from typing import Any

from sqlalchemy import ColumnElement, Float, Row, Select, case, cast, func
from sqlalchemy.sql.selectable import Subquery

from leadhub.analytics.series import BY_BUCKET, Rows
from leadhub.analytics.values import Spread


def ranked(rows: Rows) -> Subquery:
    """``rows`` (a ``bucket`` and a ``value`` each, and any other columns), each
    with its ``place`` by value in its bucket and the ``size`` of its bucket."""
    inner = rows.subquery("valued")
    partition = (inner.c.bucket, inner.c.value.is_(None))
    return Select(
        inner,
        func.row_number().over(partition_by=partition, order_by=inner.c.value).label("place"),
        func.count().over(partition_by=partition).label("size"),
    ).subquery("ranked")


def spread_columns(ranked: Subquery) -> list[ColumnElement[Any]]:
    """The median, the mean and the count of ``ranked``'s values, by bucket."""
    value, place, size = ranked.c.value, ranked.c.place, ranked.c.size
    middle = place.in_([(size + 1) // 2, (size + 2) // 2])
    return [
        func.avg(cast(case((middle, value)), Float)).label("median"),
        func.avg(cast(value, Float)).label("mean"),
        func.count(value).label("valued"),
    ]


def spreads(ranked: Subquery, *other: ColumnElement[Any]) -> Rows:
    """One row per bucket: its spread, and ``other`` aggregates of ``ranked``."""
    return Select(ranked.c.bucket, *spread_columns(ranked), *other).group_by(BY_BUCKET)


def read_spread(row: Row[Any]) -> Spread:
    return Spread(median=row.median, mean=row.mean, count=row.valued)
