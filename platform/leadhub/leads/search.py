"""Finding leads: the filters a list of leads takes, as one SQL statement."""

import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from leadhub.leads.models import Lead, LeadTag, Source, SourceKind, Temperature

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
    text: str | None = None  # in the name, email or company


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.casefold()}%"


def _tagged_with_all(tags: tuple[str, ...]) -> Select[uuid.UUID]:
    """The leads that have every one of ``tags``: one scan of the tags, however many."""
    wanted = {tag.strip().casefold() for tag in tags}
    return (
        select(LeadTag.lead_id)
        .where(LeadTag.tag.in_(wanted))
        .group_by(LeadTag.lead_id)
        .having(func.count() == len(wanted))
    )


def leads_matching(tenant_id: uuid.UUID, conditions: LeadFilter) -> Select[Lead]:
    """The tenant's leads that meet ``conditions``, for a connection to order and page."""
    clauses: list[ColumnElement[bool]] = [Lead.tenant_id == tenant_id]
    for column, values in (
        (Lead.stage_id, conditions.stage_ids),
        (Lead.owner_id, conditions.owner_ids),
        (Lead.owner_team_id, conditions.team_ids),
        (Lead.source_id, conditions.source_ids),
        (Lead.temperature, conditions.temperatures),
    ):
        if values:
            clauses.append(column.in_(values))
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
    if conditions.text and conditions.text.strip():
        pattern = _like(conditions.text.strip()[:MAX_SEARCH_LENGTH])
        clauses.append(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (Lead.name, Lead.email, Lead.company)
                )
            )
        )
    return select(Lead).where(and_(*clauses))
