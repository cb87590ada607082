"""Finding leads: the filters a list of leads takes, as one SQL statement."""

import operator
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Numeric, Select, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute

from leadhub.contact import phone_digits, whole_phone
from leadhub.errors import Problems
from leadhub.leads.errors import not_found
from leadhub.leads.models import FunnelStage, Lead, LeadTag, Source, SourceKind, Temperature
from leadhub.leads.searchable import like_escaped, matches_counted, newest_matches
from leadhub.principal import InTenant
from leadhub.teams import service as teams
from leadhub.tenants import service as tenants
from leadhub.text import folded
from leadhub.work import UnitOfWork

MAX_SEARCH_LENGTH = 200


@dataclass(frozen=True)
class LeadFilter:
    """Every condition is optional; a lead must meet all that are given."""

    stage_ids: tuple[uuid.UUID, ...] = ()
    owner_ids: tuple[uuid.UUID, ...] = ()
    team_ids: tuple[uuid.UUID, ...] = ()  # the owning team
    source_ids: tuple[uuid.UUID, ...] = ()
    source_kinds: tuple[SourceKind, ...] = ()
    temperatures: tuple[Temperature, ...] = ()
    min_score: int | None = None
    max_score: int | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    parked: bool | None = None  # set aside for nurture, or not
    tags: tuple[str, ...] = ()  # all of them
    text: str | None = None  # in the name, company, email or phone

    def stored(self) -> dict[str, Any]:
        """The conditions given, as JSON values, to keep (an export's)."""
        kept: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if isinstance(value, tuple) and value:
                kept[name] = [str(item) for item in value]
            elif isinstance(value, datetime):
                kept[name] = value.isoformat()
            elif value is not None and value != ():
                kept[name] = value
        return kept

    @classmethod
    def from_stored(cls, kept: Mapping[str, Any]) -> "LeadFilter":
        """The conditions ``stored`` kept."""
        given: dict[str, Any] = dict(kept)
        for name, convert in _STORED_ITEMS.items():
            if name in given:
                given[name] = tuple(convert(item) for item in given[name])
        for name in ("created_after", "created_before", "updated_after", "updated_before"):
            if name in given:
                given[name] = datetime.fromisoformat(given[name])
        return cls(**given)


async def checked(work: UnitOfWork[InTenant], conditions: LeadFilter, where: str) -> LeadFilter:
    """``conditions``, if every id they name is the tenant's: else NOT_FOUND for each
    that is not (``{where}.stageIds.0``). A list shows nothing for an unknown id;
    an export that kept such a filter would be empty for a typing error."""
    problems = Problems()
    stages = set(await work.session.scalars(select(FunnelStage.id)))
    sources = set(await work.session.scalars(select(Source.id)))
    for field, ids, known in (
        ("stageIds", conditions.stage_ids, stages.__contains__),
        ("sourceIds", conditions.source_ids, sources.__contains__),
    ):
        for place, named in enumerate(ids):
            if not known(named):
                problems.add(not_found(_WHAT[field], f"{where}.{field}.{place}"))
    for place, user_id in enumerate(conditions.owner_ids):
        if await tenants.membership_of_user(work, user_id) is None:
            problems.add(not_found("member", f"{where}.ownerIds.{place}"))
    for place, team_id in enumerate(conditions.team_ids):
        if await teams.find_team(work, team_id) is None:
            problems.add(not_found("team", f"{where}.teamIds.{place}"))
    problems.raise_if_any()
    return conditions


_WHAT = {"stageIds": "funnel stage", "sourceIds": "source"}


# How the items of a filter's lists are read back from text.
_STORED_ITEMS: dict[str, Callable[[str], Any]] = {
    "stage_ids": uuid.UUID,
    "owner_ids": uuid.UUID,
    "team_ids": uuid.UUID,
    "source_ids": uuid.UUID,
    "source_kinds": SourceKind,
    "temperatures": Temperature,
    "tags": str,
}


def _one_of(column: InstrumentedAttribute[Any], values: tuple[Any, ...]) -> ColumnElement[bool]:
    # One value is an equality: an index on (tenant, column, sort key) then reads a
    # page in order, where for IN PostgreSQL reads every match and sorts.
    return column == values[0] if len(values) == 1 else column.in_(values)


def _tagged_with_all(tags: tuple[str, ...]) -> Select[uuid.UUID]:
    """The leads that have every one of ``tags``: one scan of the tags, however many."""
    wanted = {tag.strip().casefold() for tag in tags}
    return (
        select(LeadTag.lead_id)
        .where(LeadTag.tag.in_(wanted))
        .group_by(LeadTag.lead_id)
        .having(func.count() == len(wanted))
    )


def _text_patterns(query: str, phone_region: str | None) -> tuple[str, ...]:
    """LIKE patterns for the search texts that hold the folded ``query`` in a name,
    company or email, or the part of a number it types in a phone (read in
    ``phone_region``). LIKE, not ILIKE: the search text is folded already."""
    digits = phone_digits(query, phone_region)
    texts = (query,) if digits is None or digits == query else (query, digits)
    return tuple(f"%{like_escaped(text)}%" for text in texts)


@dataclass(frozen=True)
class NewestPage:
    """The page a list in creation order, newest first, is to read: leads older than
    ``older_than`` (from the first if None), ``size`` of them at most."""

    older_than: uuid.UUID | None
    size: int


@dataclass(frozen=True)
class LeadsMatching:
    statement: Select[Lead]
    searched: bool  # by text
    # The newest first, read faster than by the key's own descending order (the
    # search function's order, on PostgreSQL); None where that is as fast.
    newest_first: ColumnElement[Any] | None = None
    # On PostgreSQL, the patterns of a text that is the only condition: the search
    # function counts its matches itself, and stops at the cap, where counting the
    # statement's rows would look each match up among the leads.
    text_alone: tuple[str, ...] = ()

    def counted(self, cap: int) -> Select[int]:
        """How many leads match, counted no further than one past ``cap``."""
        if self.text_alone:
            return matches_counted(self.text_alone, cap + 1)
        return select(func.count()).select_from(self.statement.limit(cap + 1).subquery())

    def valued(self, cap: int) -> Select[int, Decimal | None]:
        """How many leads match, counted no further than one past ``cap``, and the sum
        of the expected values of ``cap`` of them (None if none has one): one pass
        over ``cap`` + 1 leads at most, however many match. Of a text search alone,
        the statement must not be limited to a page (``newest_page``)."""
        numbered = (
            self.statement.with_only_columns(
                Lead.expected_value, func.row_number().over().label("place")
            )
            .limit(cap + 1)
            .subquery()
        )
        within_cap = case((numbered.c.place <= cap, numbered.c.expected_value))
        return select(func.count(), type_coerce(func.sum(within_cap), Numeric(20, 2)))


def leads_matching(
    tenant_id: uuid.UUID,
    conditions: LeadFilter,
    *,
    phone_region: str | None = None,
    postgresql: bool,
    newest_page: NewestPage | None = None,
) -> LeadsMatching:
    """The tenant's leads that meet ``conditions``, for a connection to order and page;
    a phone number searched for without its country code is read in ``phone_region``.
    A text searches names, companies, emails and parts of phone numbers: on
    PostgreSQL through its own index (``searchable.newest_matches``), on SQLite by
    comparing the column; a whole phone number is looked up by equality. Given the
    ``newest_page`` that will be read, a search by text alone reads no further."""
    clauses: list[ColumnElement[bool]] = [Lead.tenant_id == tenant_id]
    for column, values in (
        (Lead.stage_id, conditions.stage_ids),
        (Lead.owner_id, conditions.owner_ids),
        (Lead.owner_team_id, conditions.team_ids),
        (Lead.source_id, conditions.source_ids),
        (Lead.temperature, conditions.temperatures),
    ):
        if values:
            clauses.append(_one_of(column, values))
    if conditions.source_kinds:
        clauses.append(
            Lead.source_id.in_(select(Source.id).where(Source.kind.in_(conditions.source_kinds)))
        )
    ranges: tuple[tuple[Any, Callable[[Any, Any], ColumnElement[bool]], Any], ...] = (
        (Lead.score, operator.ge, conditions.min_score),
        (Lead.score, operator.le, conditions.max_score),
        (Lead.created_at, operator.ge, conditions.created_after),
        (Lead.created_at, operator.lt, conditions.created_before),
        (Lead.updated_at, operator.ge, conditions.updated_after),
        (Lead.updated_at, operator.lt, conditions.updated_before),
    )
    for measure, compare, bound in ranges:
        if bound is not None:
            clauses.append(compare(measure, bound))
    if conditions.parked is not None:
        parked = Lead.nurture_until.is_not(None)
        clauses.append(parked if conditions.parked else ~parked)
    if conditions.tags:
        clauses.append(Lead.id.in_(_tagged_with_all(conditions.tags)))
    statement = select(Lead).where(and_(*clauses))
    query = folded(conditions.text[:MAX_SEARCH_LENGTH]) if conditions.text else ""
    if not query:  # no text, or white space
        return LeadsMatching(statement, searched=False)
    number = whole_phone(query, phone_region)
    if number is not None:
        # A whole number is a lead's phone, which its index finds; its digits'
        # trigrams are shared by most numbers, and read many.
        return LeadsMatching(statement.where(Lead.phone == number), searched=True)
    patterns = _text_patterns(query, phone_region)
    if not postgresql:  # no policies in the way of comparing the column
        likes = (Lead.search_text.like(pattern, escape="\\") for pattern in patterns)
        return LeadsMatching(statement.where(or_(*likes)), searched=True)
    alone = len(clauses) == 1  # no condition but the tenant
    if alone and newest_page is not None:
        page = newest_page
        matches = newest_matches(patterns, older_than=page.older_than, max_rows=page.size)
    else:  # the leads meet the other conditions, after every match is read
        matches = newest_matches(patterns)
    return LeadsMatching(
        statement.join(matches, matches.c.lead_id == Lead.id),
        searched=True,
        newest_first=matches.c.rank,
        text_alone=patterns if alone else (),
    )
