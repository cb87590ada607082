"""KPIs of the leads closed in a period, as they stand now: the win rate, the
sales volume and average ticket, how long wins took (sales cycle time), what each
source won (source return), and which customers came back (customer retention)."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Label,
    Numeric,
    String,
    case,
    cast,
    func,
    select,
    type_coerce,
)

from leadhub import contact
from leadhub.age_in_days import age_in_days
from leadhub.analytics.filters import LeadFilters, leads_by_bucket
from leadhub.analytics.periods import Window
from leadhub.analytics.series import Rows, measured, summed, summed_by
from leadhub.analytics.spreads import ranked, read_spread, spreads
from leadhub.analytics.stages import load_stages
from leadhub.analytics.values import Amount, Ratio, Series, Spread
from leadhub.leads.models import Lead, Source, StageKind
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

WON_AMOUNT = type_coerce(func.sum(Lead.won_amount), Numeric(16, 2))
CLOSED = Lead.closed_at  # what places a lead in a period here


async def _won(work: UnitOfWork[InTenant]) -> ColumnElement[bool]:
    return (await load_stages(work)).holds(StageKind.WON)


def _read_amount(row: Any) -> Amount:
    return Amount(row.amount or Decimal(0), row.wins)


async def win_rate(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Ratio]:
    """Won of won and lost, among the leads closed in the period (disqualified
    leads were never sales, and are left out)."""
    stages = await load_stages(work)
    won = stages.holds(StageKind.WON)
    decided = Lead.stage_id.in_([*stages.ids(StageKind.WON), *stages.lost_ids])
    return await summed(
        work,
        window,
        CLOSED,
        lambda bucket: leads_by_bucket(
            bucket,
            CLOSED,
            window,
            filters,
            func.count().filter(won).label("won"),
            func.count().label("closed"),
        ).where(decided),
        lambda row: Ratio(row.won, row.closed),
        Ratio(),
    )


async def sales_volume(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Amount]:
    """The amounts won in the period and the count of wins; their quotient is the
    average ticket."""
    won = await _won(work)
    return await summed(
        work,
        window,
        CLOSED,
        lambda bucket: leads_by_bucket(
            bucket, CLOSED, window, filters, WON_AMOUNT.label("amount"), func.count().label("wins")
        ).where(won),
        _read_amount,
        Amount(),
    )


async def sales_cycle(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Spread]:
    """Days from a lead's creation to its win, for the wins of the period."""
    won = await _won(work)
    days = age_in_days(Lead.created_at, Lead.closed_at).label("value")

    def build(bucket: Label[datetime]) -> Rows:
        rows = leads_by_bucket(bucket, CLOSED, window, filters, days).where(won).group_by(None)
        return spreads(ranked(rows))

    return await measured(work, window, Lead.closed_at, build, read_spread, Spread())


@dataclass(frozen=True)
class SourceReturn:
    """What a source's leads won in the period, and what it cost, if it says."""

    source_id: uuid.UUID | None
    won: Series[Amount]
    cost: Decimal | None

    @property
    def won_per_cost(self) -> float | None:
        if not self.cost:
            return None
        return float(self.won.total.amount / self.cost)


async def source_return(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> list[SourceReturn]:
    """``sales_volume`` for each source with a win in the period, beside its cost;
    most won first."""
    won = await _won(work)
    by_source = await summed_by(
        work,
        window,
        CLOSED,
        lambda bucket: (
            leads_by_bucket(
                bucket,
                CLOSED,
                window,
                filters,
                Lead.source_id.label("key"),
                WON_AMOUNT.label("amount"),
                func.count().label("wins"),
            )
            .where(won)
            .group_by(Lead.source_id)
        ),
        _read_amount,
        Amount(),
    )
    known = [source_id for source_id in by_source if source_id is not None]
    costed = await work.session.execute(select(Source.id, Source.cost).where(Source.id.in_(known)))
    costs = {source_id: cost for source_id, cost in costed}
    returns = [
        SourceReturn(source_id, series, costs.get(source_id) if source_id else None)
        for source_id, series in by_source.items()
    ]
    return sorted(returns, key=lambda found: found.won.total.amount, reverse=True)


def customer_key() -> ColumnElement[str]:
    """Whom a lead buys for: its company, by domain, unless that is a webmail's,
    which names no company; then the lead alone."""
    return case(
        (
            Lead.domain.is_(None) | Lead.domain.in_(sorted(contact.WEBMAIL_DOMAINS)),
            cast(Lead.id, String),
        ),
        else_=Lead.domain,
    )


async def customer_retention(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Ratio]:
    """Of the customers with a win before the period, those with another win in it:
    a new sale, or a renewal recorded as one (a lead of the same company, won)."""
    won = await _won(work)
    key = customer_key()
    won_before = (won, Lead.closed_at < window.start, *filters.criteria())
    earlier = select(key).select_from(Lead).where(*won_before)
    customers = await work.session.scalar(
        select(func.count(func.distinct(key))).select_from(Lead).where(*won_before)
    )
    assert customers is not None  # a count

    def build(bucket: Label[datetime]) -> Rows:
        returning = func.count(func.distinct(key)).label("back")
        return leads_by_bucket(bucket, CLOSED, window, filters, returning).where(
            won, key.in_(earlier)
        )

    return await measured(
        work,
        window,
        CLOSED,
        build,
        lambda row: Ratio(row.back, customers),
        Ratio(0, customers),
    )
