"""Saved views of the leads list: a person's filter and sort, kept by name to open
again from any browser; their own, or shared with the whole company."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select

from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import search, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, not_found
from leadhub.leads.models import LeadOrder, LeadView
from leadhub.leads.search import LeadFilter
from leadhub.principal import Member, Role
from leadhub.work import UnitOfWork

MAX_VIEWS = 50  # of one person's own
# Shared with the company, by all its people: with the person's own, what bounds
# the list everyone reads.
MAX_SHARED_VIEWS = 200
# Who may delete a shared view someone else made (one left by a person gone, say).
REMOVERS_OF_SHARED_VIEWS = frozenset({Role.OWNER, Role.ADMIN})


@dataclass(frozen=True)
class ViewFields:
    name: str
    # The filter in the words its client sent it in, kept for the client to send back
    # as it is; and what it selects, whose ids are checked.
    sent_filter: Mapping[str, Any]
    conditions: LeadFilter
    order_by: LeadOrder = LeadOrder.CREATED
    descending: bool = True
    shared: bool = False


def seen_by(user_id: uuid.UUID) -> Select[LeadView]:
    """The views a person sees: their own, and those shared with the company."""
    return select(LeadView).where(or_(LeadView.created_by_id == user_id, LeadView.shared))


async def list_views(work: UnitOfWork[Member]) -> Sequence[LeadView]:
    """The views the person sees, by name."""
    statement = seen_by(work.principal.user_id).order_by(LeadView.name, LeadView.id)
    return (await work.session.scalars(statement)).all()


async def save_view(work: UnitOfWork[Member], fields: ViewFields) -> LeadView:
    """The person's view of that name: made, or replaced if they have one, so that
    saving the current view as X twice updates X."""
    user_id = work.principal.user_id
    problems = Problems()
    with problems:
        name = validation.name(fields.name, "name")
    with problems:
        await search.checked(work, fields.conditions, "filter")
    problems.raise_if_any()
    view = await work.session.scalar(
        select(LeadView).where(LeadView.created_by_id == user_id, LeadView.name == name)
    )
    if view is None:
        await _check_room(work)
    if fields.shared and not (view and view.shared):
        await _check_room_to_share(work)
    if view is None:
        view = LeadView(name=name, created_by_id=user_id)
        work.session.add(view)
    view.filter = dict(fields.sent_filter)
    view.order_by = fields.order_by
    view.descending = fields.descending
    view.shared = fields.shared
    view.private_to_id = None if fields.shared else user_id
    # Only a save of the same new name, at the same moment, gets here.
    await flush_or_refuse(
        work.session,
        LeadError(LeadErrorCode.NAME_TAKEN, "A view of that name was saved just now.", "name"),
    )
    return view


async def delete_view(work: UnitOfWork[Member], view_id: uuid.UUID) -> LeadView:
    """Delete a view its creator made; owners and admins delete a shared one too."""
    principal = work.principal
    view = await work.session.scalar(seen_by(principal.user_id).where(LeadView.id == view_id))
    if view is None:
        raise not_found("lead view", "leadViewId")
    if view.created_by_id != principal.user_id and principal.role not in REMOVERS_OF_SHARED_VIEWS:
        raise LeadError(
            LeadErrorCode.NOT_ALLOWED,
            "Only its creator, an owner or an admin deletes a shared view.",
            "leadViewId",
        )
    await work.session.delete(view)
    return view


async def _check_room_to_share(work: UnitOfWork[Member]) -> None:
    shared = await work.session.scalar(
        select(func.count()).select_from(LeadView).where(LeadView.shared)
    )
    if (shared or 0) >= MAX_SHARED_VIEWS:
        raise LeadError(
            LeadErrorCode.TOO_MANY,
            f"The company shares at most {MAX_SHARED_VIEWS} views: ask for one to be deleted.",
            "shared",
        )


async def _check_room(work: UnitOfWork[Member]) -> None:
    kept = await work.session.scalar(
        select(func.count())
        .select_from(LeadView)
        .where(LeadView.created_by_id == work.principal.user_id)
    )
    if (kept or 0) >= MAX_VIEWS:
        raise LeadError(
            LeadErrorCode.TOO_MANY,
            f"You keep at most {MAX_VIEWS} views: delete one, or save over one by its name.",
            "name",
        )
