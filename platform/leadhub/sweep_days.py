"""The days the daily sweep has run: a sweep queued at start runs only if that
day's has not, so a restart never sweeps every tenant again."""

from datetime import date, datetime

from sqlalchemy import ColumnElement, false, true
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, utcnow
from leadhub.principal import AllTenantsSweep
from leadhub.scope import Scope
from leadhub.work import UnitOfWork


class SweepDay(Base):
    __tablename__ = "sweep_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)

    # The sweep that lists every tenant keeps them, and nothing else sees them.
    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return true() if scope.all_tenants else false()

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.scope_criteria(scope)

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        return scope.all_tenants


async def claim(work: UnitOfWork[AllTenantsSweep], day: date) -> bool:
    """Record that ``day``'s sweep runs; False if it has run already. Of two at once,
    the second fails on the key when it commits, and its retry finds the day taken."""
    if await work.session.get(SweepDay, day) is not None:
        return False
    work.session.add(SweepDay(day=day))
    return True
