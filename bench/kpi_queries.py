"""What bench.kpis times: each KPI query as a tenant's owner asks it for the last
year, and what its answer must be, worked out by the administrator from the rows
the tenant was seeded with (its leads' stage history, when they closed and what
they won), not by the KPI engine.

A query is timed when it is in ``KPIS``: its name, its document, which takes the
period as ``$period``, and how the check of its answers is worked out.
"""

import base64
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

from bench.load import BrokenResponse, Check

CENT = Decimal("0.01")

FUNNEL = """
query Funnel($period: PeriodInput!) {
  funnel(period: $period) { stage { name } reached fromPrevious { rate } }
}
"""
SALES_VOLUME = """
query SalesVolume($period: PeriodInput!) {
  salesVolume(period: $period, bucket: MONTH) {
    total { amount count average }
    points { firstDay value { amount count } }
  }
}
"""
FEED = """
query Feed {
  activityFeed(first: 50) {
    edges { node { id kind occurredAt actor { __typename } details { __typename } } }
  }
}
"""
WIN_RATE = """
query WinRate($period: PeriodInput!) {
  winRate(period: $period) { total { numerator denominator rate } }
}
"""

# The funnel's path: its open stages and its wins, in order (lost kinds are off it).
PATH = """
SELECT id, name FROM funnel_stages WHERE tenant_id = $1 AND kind <> 'lost' ORDER BY position
"""
# How far along the path each lead created in the period went, by its history:
# the place of the furthest stage it ever entered, and how many leads went so far.
FURTHEST = """
SELECT furthest, count(*) AS leads FROM (
    SELECT max(path.place) AS furthest
    FROM leads
    JOIN stage_changes AS change
        ON change.tenant_id = leads.tenant_id AND change.lead_id = leads.id
    JOIN unnest($2::uuid[]) WITH ORDINALITY AS path(stage_id, place)
        ON path.stage_id = change.to_stage_id
    WHERE leads.tenant_id = $1 AND leads.created_at >= $3 AND leads.created_at < $4
    GROUP BY leads.id
) AS lead
GROUP BY furthest
"""
WINS = """
SELECT leads.closed_at, leads.won_amount
FROM leads JOIN funnel_stages AS stage
    ON stage.tenant_id = leads.tenant_id AND stage.id = leads.stage_id
WHERE leads.tenant_id = $1 AND stage.kind = 'won'
    AND leads.closed_at >= $2 AND leads.closed_at < $3
"""
# The tenant's newest activities, as the feed's first page shows them.
NEWEST = """
SELECT id FROM activities WHERE tenant_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 50
"""
# Won of won and lost; a disqualified lead was never a sale.
DECIDED = """
SELECT count(*) FILTER (WHERE stage.kind = 'won') AS won, count(*) AS decided
FROM leads JOIN funnel_stages AS stage
    ON stage.tenant_id = leads.tenant_id AND stage.id = leads.stage_id
WHERE leads.tenant_id = $1 AND leads.closed_at >= $2 AND leads.closed_at < $3
    AND (stage.kind = 'won' OR (stage.kind = 'lost' AND stage.milestone <> 'disqualified'))
"""


@dataclass(frozen=True)
class Year:
    """The last 12 whole months of a time zone: those before today's."""

    first_day: date
    last_day: date
    zone: ZoneInfo

    @classmethod
    def before(cls, today: date, zone: ZoneInfo) -> "Year":
        this_month = today.replace(day=1)
        return cls(
            this_month.replace(year=this_month.year - 1), this_month - timedelta(days=1), zone
        )

    @property
    def start(self) -> datetime:
        """Its first day's local midnight."""
        return _midnight(self.first_day, self.zone)

    @property
    def end(self) -> datetime:
        """The local midnight after its last day."""
        return _midnight(self.last_day + timedelta(days=1), self.zone)

    def months(self) -> list[date]:
        """Each month's first day."""
        firsts = [self.first_day]
        while (following := (firsts[-1] + timedelta(days=31)).replace(day=1)) <= self.last_day:
            firsts.append(following)
        return firsts

    def variables(self) -> dict[str, Any]:
        return {
            "period": {"firstDay": self.first_day.isoformat(), "lastDay": self.last_day.isoformat()}
        }


# How a query's answers are checked, worked out from the tenant's rows.
Expectation = Callable[[asyncpg.Connection, uuid.UUID, Year], Awaitable[Check]]


@dataclass(frozen=True)
class Kpi:
    name: str
    document: str
    expectation: Expectation
    bar_ms: float = 100.0  # the most its median may take


async def _funnel(admin: asyncpg.Connection, tenant_id: uuid.UUID, year: Year) -> Check:
    path = await admin.fetch(PATH, tenant_id)
    rows = await admin.fetch(FURTHEST, tenant_id, [row["id"] for row in path], year.start, year.end)
    went = {row["furthest"]: row["leads"] for row in rows}
    # A lead reached a stage if it entered that one or one after it on the path.
    names = [row["name"] for row in path]
    reached = [
        sum(went.get(place, 0) for place in range(at, len(path) + 1))
        for at in range(1, len(path) + 1)
    ]

    def check(body: dict[str, Any]) -> None:
        steps = body["data"]["funnel"]
        answered = [step["stage"]["name"] for step in steps]
        counts = [step["reached"] for step in steps]
        _expect(answered == names, f"the stages {answered}, not the path {names}", body)
        _expect(counts[0] > 0, "no leads in the funnel", body)
        _expect(
            all(earlier >= later for earlier, later in pairwise(counts)),
            "more leads reached a stage than the one before it",
            body,
        )
        _expect(counts == reached, f"reached {counts}; the history says {reached}", body)
        _expect(
            steps[0]["fromPrevious"] is None
            and all(step["fromPrevious"] is not None for step in steps[1:]),
            "a share of the previous stage's on the first, or none on a later one",
            body,
        )

    return check


async def _sales_volume(admin: asyncpg.Connection, tenant_id: uuid.UUID, year: Year) -> Check:
    by_month = {month: (Decimal(0), 0) for month in year.months()}
    for win in await admin.fetch(WINS, tenant_id, year.start, year.end):
        month = win["closed_at"].astimezone(year.zone).date().replace(day=1)
        amount, count = by_month[month]
        by_month[month] = (amount + win["won_amount"], count + 1)
    amount = sum((amount for amount, _ in by_month.values()), Decimal(0))
    wins = sum(count for _, count in by_month.values())
    points = [(month, amount, count) for month, (amount, count) in by_month.items()]

    def check(body: dict[str, Any]) -> None:
        volume = body["data"]["salesVolume"]
        total = volume["total"]
        answered = [
            (
                date.fromisoformat(point["firstDay"]),
                Decimal(point["value"]["amount"]),
                point["value"]["count"],
            )
            for point in volume["points"]
        ]
        _expect(total["count"] > 0, "no wins in a year", body)
        _expect(
            sum(count for _, _, count in answered) == total["count"],
            "the months' wins do not add up to the year's",
            body,
        )
        _expect(
            (Decimal(total["amount"]), total["count"]) == (amount, wins),
            f"won {total['amount']} in {total['count']} wins; the leads say {amount} in {wins}",
            body,
        )
        _expect(
            Decimal(total["average"]) == (amount / wins).quantize(CENT), "a wrong average", body
        )
        _expect(answered == points, "the months differ from the leads'", body)

    return check


async def _win_rate(admin: asyncpg.Connection, tenant_id: uuid.UUID, year: Year) -> Check:
    decided = await admin.fetchrow(DECIDED, tenant_id, year.start, year.end)
    assert decided is not None  # an aggregate has a row
    won, closed = decided["won"], decided["decided"]

    def check(body: dict[str, Any]) -> None:
        total = body["data"]["winRate"]["total"]
        numerator, denominator = total["numerator"], total["denominator"]
        _expect(0 <= numerator <= denominator, "more won than decided", body)
        _expect(denominator > 0, "nothing won or lost in a year", body)
        _expect(
            (numerator, denominator) == (won, closed),
            f"won {numerator} of {denominator}; the leads say {won} of {closed}",
            body,
        )
        _expect(abs(total["rate"] - won / closed) < 1e-9, "a wrong rate", body)

    return check


async def _feed(admin: asyncpg.Connection, tenant_id: uuid.UUID, _: Year) -> Check:
    newest = [str(row["id"]) for row in await admin.fetch(NEWEST, tenant_id)]

    def check(body: dict[str, Any]) -> None:
        edges = body["data"]["activityFeed"]["edges"]
        shown = [base64.b64decode(edge["node"]["id"]).decode().partition(":")[2] for edge in edges]
        _expect(len(newest) == 50, "fewer than 50 activities in the tenant", body)
        _expect(shown == newest, "the first page is not the tenant's newest activities", body)

    return check


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def _expect(condition: bool, problem: str, body: dict[str, Any]) -> None:
    if not condition:
        raise BrokenResponse(f"{problem}: {str(body)[:500]}")


KPIS = (
    Kpi("funnel", FUNNEL, _funnel),
    Kpi("salesVolume by month", SALES_VOLUME, _sales_volume),
    Kpi("winRate", WIN_RATE, _win_rate),
    Kpi("activityFeed, first page", FEED, _feed, bar_ms=20.0),
)
