"""How old a moment is at another, in days, computed by the database on either backend.

PostgreSQL subtracts timestamps; SQLite stores them as text and subtracts their
Julian days. Both give a float, so that sums over many rows (how activities decay,
``activity.service.decayed_counts``) stay in the database.
"""

from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class age_in_days(FunctionElement[float]):  # lowercase, like the SQL functions of func
    """``age_in_days(moment, now)``: days from ``moment`` to ``now``; 0 if it is to come."""

    type = Float()
    name = "age_in_days"
    inherit_cache = True

    def __init__(
        self, moment: _ColumnExpressionArgument[Any], now: _ColumnExpressionArgument[Any]
    ) -> None:
        super().__init__(moment, now)


def _operands(element: age_in_days, compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses]


@compiles(age_in_days, "postgresql")
def _postgresql(element: age_in_days, compiler: SQLCompiler, **kw: Any) -> str:
    moment, now = _operands(element, compiler, **kw)
    return f"GREATEST(EXTRACT(EPOCH FROM {now} - {moment})::float8 / 86400, 0)"


@compiles(age_in_days, "sqlite")
def _sqlite(element: age_in_days, compiler: SQLCompiler, **kw: Any) -> str:
    moment, now = _operands(element, compiler, **kw)
    return f"max(julianday({now}) - julianday({moment}), 0.0)"
