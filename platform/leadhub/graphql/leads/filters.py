"""The leads list's arguments: filters, sort order, and a connection with a total."""

import asyncio
import uuid
from dataclasses import MISSING, Field, dataclass, fields
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.utils.str_converters import to_camel_case

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.leads.types import Lead
from leadhub.graphql.node import argument_row_id
from leadhub.leads import models
from leadhub.leads.search import LeadFilter, LeadsMatching
from leadhub.leads.service import MAX_TAGS
from leadhub.text import has_forbidden_characters

strawberry.enum(models.LeadOrder)


@strawberry.input
class LeadFilterInput:
    stage_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    owner_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    team_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Leads a team owns."
    )
    source_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    source_kinds: list[models.SourceKind] = strawberry.field(default_factory=list)
    temperatures: list[models.Temperature] = strawberry.field(default_factory=list)
    min_score: int | None = None
    max_score: int | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    parked: bool | None = strawberry.field(default=None, description="Parked for nurture, or not.")
    tags: list[str] = strawberry.field(
        default_factory=list,
        description=f"Leads with all of them: at most {MAX_TAGS}, as many as a lead has.",
    )
    text: str | None = strawberry.field(
        default=None,
        description=(
            "In name, company or email, ignoring case and accents (Ødegård, odegard), or a"
            " phone number or part of one, typed in any format."
        ),
    )

    def conditions(self) -> LeadFilter:
        if len(self.tags) > MAX_TAGS:
            raise UserInputError(f"A filter names at most {MAX_TAGS} tags.")
        if any(has_forbidden_characters(text) for text in (*self.tags, self.text or "")):
            raise UserInputError("The search text holds control characters.")
        return LeadFilter(
            stage_ids=filter_ids(self.stage_ids, "FunnelStage"),
            owner_ids=filter_ids(self.owner_ids, "User"),
            team_ids=filter_ids(self.team_ids, "Team"),
            source_ids=filter_ids(self.source_ids, "Source"),
            source_kinds=tuple(self.source_kinds),
            temperatures=tuple(self.temperatures),
            min_score=self.min_score,
            max_score=self.max_score,
            created_after=self.created_after,
            created_before=self.created_before,
            updated_after=self.updated_after,
            updated_before=self.updated_before,
            parked=self.parked,
            tags=tuple(self.tags),
            text=self.text,
        )

    def as_sent(self) -> dict[str, Any]:
        """The filter as a client sends it (camelCase, enums by name, times in ISO
        8601), leaving out what is left at its default: ``leads(filter:)`` takes it
        back as it is."""
        return {
            to_camel_case(field.name): _as_sent(value)
            for field in fields(self)
            if (value := getattr(self, field.name)) != _default(field)
        }


def _default(field: Field[Any]) -> Any:
    if field.default_factory is not MISSING:
        return field.default_factory()
    return field.default


def _as_sent(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_sent(item) for item in value]
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def filter_ids(
    values: list[strawberry.ID], type_name: str, field: str | None = None
) -> tuple[uuid.UUID, ...]:
    """The row ids of a filter's global ids, or a malformed argument (``field``)."""
    return tuple(argument_row_id(value, type_name, field) for value in values)


# Each order's keyset: its column, then the id, which makes the key unique.
SORT_KEYS: dict[models.LeadOrder, list[Any]] = {
    models.LeadOrder.CREATED: [models.Lead.id],
    models.LeadOrder.UPDATED: [models.Lead.updated_at, models.Lead.id],
    models.LeadOrder.SCORE: [models.Lead.score, models.Lead.id],
    models.LeadOrder.NAME: [models.Lead.name, models.Lead.id],
}


# Counted exactly up to here: past it a count reads no further, and says so. A
# tenant of a million leads would otherwise count them on every page.
COUNT_CAP = 10_000
# A text search's count reads each match's search text, where a stage's reads
# one index: it stops sooner.
SEARCH_COUNT_CAP = 1_000


@dataclass(frozen=True)
class Counted:
    matches: int  # one past the cap at most


@dataclass(frozen=True)
class Valued:
    matches: int  # one past the cap at most
    total: Decimal  # of the expected values of ``cap`` matches at most


@strawberry.type
class LeadConnection(relay.Connection[Lead]):
    matching: strawberry.Private[LeadsMatching]
    # Every lead that matches, not one page of them: what a total adds up.
    all_matching: strawberry.Private[LeadsMatching]
    # The count the list started beside its page (``count_beside``), if it did.
    counted_beside: strawberry.Private[asyncio.Task[Counted | None] | None] = None
    counting: strawberry.Private[asyncio.Task[int] | None] = None
    valuing: strawberry.Private[asyncio.Task[Valued] | None] = None
    # expectedValueTotal was asked for: its pass counts the matches for totalCount.
    summed: strawberry.Private[bool] = False

    @strawberry.field(
        description=f"How many leads match, on every page, counted up to {COUNT_CAP:,} "
        f"({SEARCH_COUNT_CAP:,} when the filter has a text): when totalCountIsCapped, at "
        "least that many."
    )
    async def total_count(self, info: Info) -> int:
        return min(await self._counted(info), count_cap(self.matching))

    @strawberry.field(
        description="More leads match than totalCount counts up to: it stopped there."
    )
    async def total_count_is_capped(self, info: Info) -> bool:
        return await self._counted(info) > count_cap(self.matching)

    def _counted(self, info: Info) -> "asyncio.Task[int]":
        """The matches, counted once for both fields (they resolve side by side)."""
        if self.counting is None:
            self.counting = asyncio.ensure_future(self._count(info))
        return self.counting

    async def _count(self, info: Info) -> int:
        if self.summed:
            return (await self._valued(info)).matches
        if self.counted_beside is not None:
            counted = await self.counted_beside
            if counted is not None:
                return counted.matches
        # None beside: on the request's session, after its other statements.
        statement = self.matching.counted(count_cap(self.matching))
        return await info.context.session.scalar(statement) or 0

    @strawberry.field(
        description="What the matching leads are expected to bring: the sum of their"
        " expectedValue (a lead without one adds nothing), on every page, over"
        f" {COUNT_CAP:,} of them at most ({SEARCH_COUNT_CAP:,} when the filter has a"
        " text), as totalCount counts: when expectedValueTotalIsCapped, at least this."
        " Summed only when asked."
    )
    async def expected_value_total(self, info: Info) -> Decimal:
        return (await self._valued(info)).total

    @strawberry.field(
        description="More leads match than expectedValueTotal sums: it stopped there."
    )
    async def expected_value_total_is_capped(self, info: Info) -> bool:
        return (await self._valued(info)).matches > count_cap(self.all_matching)

    def _valued(self, info: Info) -> "asyncio.Task[Valued]":
        """The matches' values, summed once for both fields (they resolve side by side)."""
        if self.valuing is None:
            self.valuing = asyncio.ensure_future(self._value(info))
        return self.valuing

    async def _value(self, info: Info) -> Valued:
        statement = self.all_matching.valued(count_cap(self.all_matching))
        matches, total = (await info.context.session.execute(statement)).one()
        return Valued(matches, (total or Decimal(0)).quantize(CENT))


CENT = Decimal("0.01")
COUNT_FIELDS = frozenset(("totalCount", "totalCountIsCapped"))
VALUE_FIELDS = frozenset(("expectedValueTotal", "expectedValueTotalIsCapped"))


def count_cap(matching: LeadsMatching) -> int:
    return SEARCH_COUNT_CAP if matching.searched else COUNT_CAP


def count_beside(info: Info, matching: LeadsMatching) -> "asyncio.Task[Counted | None]":
    """The leads that match, being counted one past the cap at most on a connection
    beside the request's, so that the database reads the count and the page side by
    side (a search's take some 3 ms each at a million leads); None if the pool has
    no connection to give at once. It never touches the request's own session, so
    that a count no field awaits (one skipped, or after an error) harms nothing."""

    async def count() -> Counted | None:
        context = info.context
        async with context.database.session_beside(context.session) as session:
            if session is None:
                return None
            matches = await session.scalar(matching.counted(count_cap(matching)))
            return Counted(matches or 0)

    task = asyncio.ensure_future(count())
    task.add_done_callback(_retrieved)
    return task


def _retrieved(task: "asyncio.Task[Counted | None]") -> None:
    # A count no field awaited failed with its request: what failed is reported there.
    if not task.cancelled():
        task.exception()
