"""Which day, week or month of a time zone a moment falls in, computed by the
database on either backend, so that KPIs count days in the tenant's time zone
without pulling rows into Python.

PostgreSQL converts with its own time zone database. SQLite has none: it calls
``local_period_start`` below, registered on every connection (``leadhub.db``),
which converts with Python's. Both give the local midnight the period starts at,
as a timestamp without a zone (on PostgreSQL without formatting it, which would
cost as much again: this runs once a row).
"""

from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

SQLITE_FUNCTION = "leadhub_local_period_start"


class CalendarUnit(StrEnum):
    DAY = "day"
    WEEK = "week"  # from Monday, as ISO 8601 and Norway count them
    MONTH = "month"


def period_start(day: date, unit: CalendarUnit) -> date:
    """The first day of the day, week or month ``day`` is in."""
    if unit is CalendarUnit.WEEK:
        return day - timedelta(days=day.weekday())
    if unit is CalendarUnit.MONTH:
        return day.replace(day=1)
    return day


def local_period_start(moment: str | None, zone: str, unit: str) -> str | None:
    """SQLite's implementation: ``moment`` as SQLAlchemy stores it there (UTC text)."""
    if moment is None:
        return None
    local = datetime.fromisoformat(moment).replace(tzinfo=UTC).astimezone(ZoneInfo(zone))
    return f"{period_start(local.date(), CalendarUnit(unit)).isoformat()} 00:00:00"


class local_period(FunctionElement[datetime]):  # lowercase, like the SQL functions of func
    """``local_period(moment, zone, unit)``: the local midnight, without a zone,
    that starts the day, week or month of ``zone`` that ``moment`` falls in."""

    type = DateTime()
    name = "local_period"
    inherit_cache = True

    def __init__(
        self, moment: _ColumnExpressionArgument[Any], zone: str, unit: CalendarUnit
    ) -> None:
        super().__init__(moment, zone, unit.value)


def _operands(element: local_period, compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses]


@compiles(local_period, "postgresql")
def _postgresql(element: local_period, compiler: SQLCompiler, **kw: Any) -> str:
    moment, zone, unit = _operands(element, compiler, **kw)
    local = f"timezone(CAST({zone} AS TEXT), {moment})"
    return f"date_trunc(CAST({unit} AS TEXT), {local})"


@compiles(local_period, "sqlite")
def _sqlite(element: local_period, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({', '.join(_operands(element, compiler, **kw))})"
