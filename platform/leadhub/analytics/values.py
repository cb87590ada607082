"""What a KPI's points hold: counts, ratios, amounts and spreads of durations.

Counts, ratios and amounts add up, so a series' total is the sum of its points;
a median does not, so a spread's total is measured on its own.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, Self, TypeVar

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Count:
    count: int = 0

    def __add__(self, other: Self) -> Self:
        return type(self)(self.count + other.count)


@dataclass(frozen=True)
class Ratio:
    """``numerator`` of ``denominator``: the rate is None when there is nothing to divide."""

    numerator: int = 0
    denominator: int = 0

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __add__(self, other: Self) -> Self:
        return type(self)(self.numerator + other.numerator, self.denominator + other.denominator)


@dataclass(frozen=True)
class Amount:
    """A sum of money over ``count`` leads, in the tenant's currency."""

    amount: Decimal = Decimal(0)
    count: int = 0

    @property
    def average(self) -> Decimal | None:
        return (self.amount / self.count).quantize(CENT) if self.count else None

    def __add__(self, other: Self) -> Self:
        return type(self)(self.amount + other.amount, self.count + other.count)


@dataclass(frozen=True)
class Spread:
    """The median and mean of ``count`` durations (days or minutes, as the KPI says)."""

    median: float | None = None
    mean: float | None = None
    count: int = 0


V = TypeVar("V")


@dataclass(frozen=True)
class Point(Generic[V]):
    """One bucket of a series: its local days, first and last, clipped to the period."""

    first_day: date
    last_day: date
    value: V


@dataclass(frozen=True)
class Series(Generic[V]):
    total: V
    points: list[Point[V]]
