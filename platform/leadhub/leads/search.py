"""Finding leads: the filters a list of leads takes, as one SQL statement."""

import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute

from leadhub.contact import phone_digits
from leadhub.leads.models import Lead, LeadTag, Source, SourceKind, Temperature
from leadhub.leads.searchable import SearchTextLike, like_escaped
from leadhub.text import folded

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


def _containing(*texts: str) -> ColumnElement[bool]:
    """Leads whose search text holds one of ``texts``. LIKE, not ILIKE: the search
    text is folded already, as are ``texts``."""
    patterns = (f"%{like_escaped(text)}%" for text in texts)
    return SearchTextLike(Lead.id.expression, Lead.search_text.expression, *patterns)


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


def _text_matching(text: str, phone_region: str | None) -> ColumnElement[bool] | None:
    """Leads whose name, company or email holds ``text``, ignoring case and accents,
    or whose phone holds the number it types (read in ``phone_region``); None for
    a text of white space."""
    query = folded(text[:MAX_SEARCH_LENGTH])
    if not query:
        return None
    digits = phone_digits(query, phone_region)
    if digits is None or digits == query:
        return _containing(query)
    return _containing(query, digits)


def leads_matching(
    tenant_id: uuid.UUID, conditions: LeadFilter, *, phone_region: str | None = None
) -> Select[Lead]:
    """The tenant's leads that meet ``conditions``, for a connection to order and page;
    a phone number searched for without its country code is read in ``phone_region``."""
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
    matching_text = _text_matching(conditions.text, phone_region) if conditions.text else None
    if matching_text is not None:
        clauses.append(matching_text)
    return select(Lead).where(and_(*clauses))
