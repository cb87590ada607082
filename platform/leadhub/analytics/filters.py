"""Which leads a KPI counts: by team, user, source, source kind and stage, each a
list of which any one matches, applied to the lead as it is now (its owner, its
owning team, its source, its stage). A sales rep's reach applies on top, as in
every query (the session's scope)."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Label, SQLColumnExpression, and_, select

from leadhub.analytics.errors import invalid
from leadhub.analytics.periods import Window
from leadhub.analytics.series import BY_BUCKET, Rows, in_window
from leadhub.leads.models import Lead, Source, SourceKind
from leadhub.reach import OfALead

MAX_VALUES = 50  # of each filter
# Each filter, and the input field that sets it.
_FIELDS = {
    "team_ids": "filters.teamIds",
    "user_ids": "filters.userIds",
    "source_ids": "filters.sourceIds",
    "source_kinds": "filters.sourceKinds",
    "stage_ids": "filters.stageIds",
}


@dataclass(frozen=True)
class LeadFilters:
    team_ids: tuple[uuid.UUID, ...] = ()
    user_ids: tuple[uuid.UUID, ...] = ()
    source_ids: tuple[uuid.UUID, ...] = ()
    source_kinds: tuple[SourceKind, ...] = ()
    stage_ids: tuple[uuid.UUID, ...] = ()

    def __post_init__(self) -> None:
        for name, field in _FIELDS.items():
            if len(getattr(self, name)) > MAX_VALUES:
                raise invalid(f"A filter takes {MAX_VALUES} values at most.", field)

    def criteria(self) -> list[ColumnElement[bool]]:
        """The conditions on ``Lead`` (joined, or the FROM) these filters make."""
        found: list[ColumnElement[bool]] = []
        _any_of(found, Lead.owner_team_id, self.team_ids)
        _any_of(found, Lead.owner_id, self.user_ids)
        _any_of(found, Lead.source_id, self.source_ids)
        _any_of(found, Lead.stage_id, self.stage_ids)
        if self.source_kinds:
            of_kinds = select(Source.id).where(Source.kind.in_(self.source_kinds))
            found.append(Lead.source_id.in_(of_kinds))
        return found


def _any_of(
    found: list[ColumnElement[bool]],
    column: SQLColumnExpression[Any],
    values: Sequence[uuid.UUID],
) -> None:
    if values:
        found.append(column.in_(values))


def leads_by_bucket(
    bucket: Label[datetime],
    moment: SQLColumnExpression[Any],
    window: Window,
    filters: LeadFilters,
    *columns: Any,
) -> Rows:
    """The filtered leads ``moment`` places in the period (created, closed), by
    bucket, with the aggregate ``columns`` of each."""
    return (
        select(bucket, *columns)
        .select_from(Lead)
        .where(in_window(moment, window), *filters.criteria())
        .group_by(BY_BUCKET)
    )


def lead_of(rows: type[OfALead]) -> ColumnElement[bool]:
    """The join of rows about a lead (stage changes, routing decisions) to it."""
    return and_(Lead.tenant_id == rows.tenant_id, Lead.id == rows.lead_id)
