"""One tenant's first quarter of 2026, in Oslo: who came, moved, won and lost when.

Each lead is data here; ``build`` writes it through the services at its dates,
and the tests work out every KPI from these same rows, in plain Python.
"""

import statistics
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from leadhub.leads.models import Milestone, SourceKind
from leadhub.routing.models import SlaState
from tests.analytics.history import PATH, History

OSLO = ZoneInfo("Europe/Oslo")


def oslo(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """A moment given by the clock in Oslo, as UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=OSLO).astimezone(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone(OSLO).date()


@dataclass(frozen=True)
class Answer:
    """A routing assignment and when, if ever, sales answered it."""

    at: datetime
    responded_at: datetime | None
    respond_by: datetime | None
    sla: SlaState | None


@dataclass(frozen=True)
class Past:
    name: str
    created: datetime
    moves: tuple[tuple[Milestone, datetime], ...] = ()
    won: tuple[Decimal, datetime] | None = None
    lost: datetime | None = None
    disqualified: datetime | None = None
    reopened: datetime | None = None  # after its win: no longer a customer
    source: str | None = None
    email: str | None = None
    expected_value: Decimal | None = None
    team: bool = False
    owned: bool = False  # by the tenant's owner
    answer: Answer | None = None

    @property
    def closed_at(self) -> datetime | None:
        if self.reopened:
            return None
        return self.won[1] if self.won else self.lost or self.disqualified

    @property
    def won_now(self) -> tuple[Decimal, datetime] | None:
        return None if self.reopened else self.won

    @property
    def furthest(self) -> int:
        """How far along DOMAIN.md's path the lead has ever been (0: suspect)."""
        reached = [PATH.index(milestone) for milestone, _ in self.moves]
        if self.won:
            reached.append(PATH.index(Milestone.CUSTOMER))
        return max([0, *reached])

    @property
    def open_stage(self) -> Milestone | None:
        if self.closed_at:
            return None
        if self.reopened:
            return Milestone.SUSPECT  # reopened into the first open stage
        return self.moves[-1][0] if self.moves else Milestone.SUSPECT


SOURCES = {
    "fair": ("Oslo Messe", SourceKind.TRADE_FAIR, Decimal("13000.00")),
    "web": ("Nettskjema", SourceKind.WEB_FORM, None),
}

LEADS = (
    Past(
        "Åse Ødegård",
        oslo(2025, 12, 31, 23, 30),
        won=(Decimal("10000"), oslo(2026, 1, 15)),
        email="ase@fjord.no",
    ),
    Past(
        "Bjørn Bø",
        oslo(2026, 1, 1, 0, 15),
        moves=((Milestone.MQL, oslo(2026, 1, 5)), (Milestone.SQL, oslo(2026, 1, 10))),
        won=(Decimal("25000"), oslo(2026, 2, 2)),
        email="bjorn@fjord.no",
        source="fair",
        answer=Answer(
            oslo(2026, 1, 2, 10), oslo(2026, 1, 2, 10, 30), oslo(2026, 1, 2, 11), SlaState.MET
        ),
    ),
    Past(
        "Cecilie Dæhli",
        oslo(2026, 1, 20),
        moves=((Milestone.MQL, oslo(2026, 1, 21)),),
        lost=oslo(2026, 2, 10),
        source="web",
        owned=True,
        answer=Answer(
            oslo(2026, 1, 20, 12), oslo(2026, 1, 20, 14), oslo(2026, 1, 20, 13), SlaState.MISSED
        ),
    ),
    Past(
        "Dag Året",
        oslo(2026, 2, 3),
        moves=((Milestone.SQL, oslo(2026, 2, 4)), (Milestone.OPPORTUNITY, oslo(2026, 2, 20))),
        # 00:30 on the day the clocks go forward: still winter time, 29 March.
        won=(Decimal("40000"), oslo(2026, 3, 29, 0, 30)),
        email="dag@gmail.com",
        source="fair",
        answer=Answer(
            oslo(2026, 2, 3, 13), None, datetime(2099, 1, 1, tzinfo=UTC), SlaState.PENDING
        ),
    ),
    Past("Eva Øien", oslo(2026, 2, 14), disqualified=oslo(2026, 2, 15), source="web"),
    Past(
        "Frode Sæther",
        # 23:59 summer time on 29 March, a day of 23 hours.
        oslo(2026, 3, 29, 23, 59),
        moves=((Milestone.MQL, oslo(2026, 3, 30)),),
        expected_value=Decimal("8000"),
    ),
    Past("Gro Lie", oslo(2026, 3, 31, 23, 59), expected_value=Decimal("4000")),
    Past("Hans Ås", oslo(2026, 4, 1, 0, 0), expected_value=Decimal("2000")),
    Past(
        "Ingrid Berg",
        oslo(2025, 11, 10),
        won=(Decimal("5000"), oslo(2025, 12, 1)),
        email="ingrid@fjord.no",
    ),
    Past(
        "Jon Kyst",
        oslo(2025, 10, 1),
        won=(Decimal("7000"), oslo(2025, 10, 20)),
        email="jon@kyst.no",
    ),
    Past(
        "Kari Nø",
        oslo(2026, 1, 8),
        moves=((Milestone.MQL, oslo(2026, 1, 9)), (Milestone.SQL, oslo(2026, 1, 12))),
        lost=oslo(2026, 3, 2),
        team=True,
        answer=Answer(oslo(2026, 1, 8, 13), None, oslo(2026, 1, 8, 14), SlaState.PENDING),
    ),
    Past(
        "Lars Kyst",
        oslo(2026, 1, 25),
        won=(Decimal("12345.67"), oslo(2026, 3, 31, 23, 30)),
        email="lars@kyst.no",
        team=True,
        answer=Answer(oslo(2026, 1, 26, 9), oslo(2026, 1, 26, 9, 10), None, None),
    ),
    Past(
        "Mona Berg", oslo(2025, 8, 1), won=(Decimal("3000"), oslo(2025, 9, 1)), email="mona@berg.no"
    ),
    Past(
        "Nils Ring",
        oslo(2026, 1, 3),
        won=(Decimal("999"), oslo(2026, 1, 20)),
        reopened=oslo(2026, 1, 25),
    ),
)


@dataclass(frozen=True)
class Built:
    leads: dict[str, uuid.UUID]
    sources: dict[str, uuid.UUID]
    team_id: uuid.UUID
    owner_id: uuid.UUID
    stages: dict[Milestone, uuid.UUID] = field(default_factory=dict)


async def build(history: History, team_id: uuid.UUID, owner_id: uuid.UUID) -> Built:
    await history.load_stages()
    sources = {
        key: await history.source(name, kind, cost) for key, (name, kind, cost) in SOURCES.items()
    }
    leads: dict[str, uuid.UUID] = {}
    for past in LEADS:
        lead_id = await history.lead(
            past.created,
            past.name,
            email=past.email,
            source_id=sources[past.source] if past.source else None,
            owner_id=owner_id if past.owned else None,
            team_id=team_id if past.team else None,
            expected_value=past.expected_value,
        )
        leads[past.name] = lead_id
        for milestone, at in past.moves:
            await history.move(lead_id, milestone, at)
        if past.won:
            await history.win(lead_id, *past.won)
        if past.lost:
            await history.lose(lead_id, past.lost)
        if past.disqualified:
            await history.disqualify(lead_id, past.disqualified)
        if past.reopened:
            await history.reopen(lead_id, past.reopened)
        if answer := past.answer:
            await history.assignment(
                lead_id,
                owner_id,
                answer.at,
                respond_by=answer.respond_by,
                responded_at=answer.responded_at,
                sla=answer.sla,
            )
    return Built(leads, sources, team_id, owner_id, history.stages)


def within(first: date, last: date, moment: datetime | None) -> bool:
    return moment is not None and first <= local_day(moment) <= last


def leads_where(keep: Callable[[Past], bool]) -> list[Past]:
    return [past for past in LEADS if keep(past)]


def days_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 86400


def median_and_mean(values: Iterable[float]) -> tuple[float | None, float | None]:
    found = list(values)
    if not found:
        return None, None
    return statistics.median(found), statistics.fmean(found)
