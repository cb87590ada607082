"""Many leads in at once, as a list import brings them: each matched with the
tenant's leads, and with those before it in the same call, and merged by a
policy; the new ones written set-based, one statement a table.

A lead matches by the policy's keys, in their order: a lead of the tenant's (the
oldest, where several match), or one created earlier in the call (a duplicate,
merged by the same policy). New leads are scored before they are written; the
leads that change are loaded, locked and changed as any service changes them,
and rescored. Nothing is recorded in the feed per lead but its note, and the
stage it reached in the system it comes from, on the day it did.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from leadhub import bulk_sql, contact
from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind, Entry
from leadhub.db import new_id, utcnow
from leadhub.leads import funnel, lifecycle, scoring
from leadhub.leads.models import ExternalId, FunnelStage, Lead, LeadTag, StageChange, StageKind
from leadhub.leads.searchable import search_text
from leadhub.leads.service import MAX_TAGS
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


class MatchKey(StrEnum):
    """What makes an incoming lead one the tenant has."""

    EMAIL = "email"
    PHONE = "phone"
    EXTERNAL_ID = "external_id"


class OnMatch(StrEnum):
    """What an incoming lead that matches one does to it."""

    SKIP = "skip"  # nothing
    FILL = "fill"  # fills the fields the lead has no value in
    OVERWRITE = "overwrite"  # replaces the lead's values with its own
    CREATE = "create"  # another lead is created anyway


@dataclass(frozen=True)
class Policy:
    keys: tuple[MatchKey, ...]
    on_match: OnMatch
    system: str  # the system whose ids ``Incoming.external_id`` are
    source_id: uuid.UUID | None = None  # of the leads created without a source of their own


@dataclass(frozen=True)
class Past:
    """Where a lead stood in the system it comes from, and since when."""

    created_at: datetime | None = None
    stage_id: uuid.UUID | None = None  # None: the funnel's first open stage
    closed_at: datetime | None = None  # when it was won or lost
    won_amount: Decimal | None = None
    lost_reason: str | None = None


@dataclass(frozen=True)
class Incoming:
    """A lead as it comes in: its columns, checked as ``service.plain_values``
    checks them, with its source, owner and custom fields; its tags, its id in the
    policy's system, a note, and its past."""

    values: dict[str, Any]
    tags: list[str]
    external_id: str | None = None
    note: str | None = None
    past: Past | None = None
    # False where the name stands in for a missing one (the company's, the email):
    # it names a new lead, and never replaces a lead's own.
    name_given: bool = True

    @property
    def given(self) -> frozenset[str]:
        """The columns it has a value for: what it can fill or overwrite."""
        return frozenset(
            name
            for name in UPDATABLE
            if self.values.get(name) is not None and (name != "name" or self.name_given)
        )


# A lead's columns an incoming lead may set on one it matches (its domain follows).
UPDATABLE = (
    "name",
    "email",
    "phone",
    "title",
    "company",
    "website",
    "country",
    "region",
    "industry",
    "company_size",
    "source_id",
    "expected_value",
    "owner_id",
)


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"  # changed a lead: the tenant's, or one created earlier in the call
    SKIPPED = "skipped"  # matched a lead and changed nothing
    REFUSED = "refused"


@dataclass(frozen=True)
class Result:
    """What became of an incoming lead: the lead it made or matched, or why not."""

    outcome: Outcome
    lead_id: uuid.UUID | None = None
    reason: str | None = None


async def take_in(
    work: UnitOfWork[InTenant], incoming: Sequence[Incoming], policy: Policy
) -> list[Result]:
    """Take the leads in, in order, by ``policy``: a result for each."""
    now = utcnow()
    stages = {stage.id: stage for stage in await funnel.stages(work)}
    merge = _Merge(policy, stages, now)
    await merge.find_known(work, incoming)
    results = [merge.take(lead) for lead in incoming]
    await _write_changes(work, merge, now)
    await _write_new(work, merge, now)
    return results


@dataclass
class _NewLead:
    """A lead the call creates, with what later incoming leads merged into it."""

    id: uuid.UUID
    past: Past | None
    stage: FunnelStage
    values: dict[str, Any]
    tags: list[str]
    external_id: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Known:
    """A lead the tenant has that incoming leads match; loaded (and locked) only
    where the policy changes leads."""

    id: uuid.UUID
    lead: Lead | None = None
    tags: list[str] = field(default_factory=list)
    external_id: str | None = None  # one it takes
    # It has an id in the list's system already, which it keeps: a lead is one
    # record in each system, and a list's other id for it does not make it two.
    identified: bool = False
    notes: list[str] = field(default_factory=list)


Key = tuple[MatchKey, str]


async def refresh_statistics(work: UnitOfWork[InTenant]) -> None:
    """Have the tables intake writes analyzed, after it grew them (PostgreSQL)."""
    if work.session.get_bind().dialect.name == "postgresql":
        await work.session.execute(select(func.refresh_lead_statistics()))


class _Merge:
    """Decides what each incoming lead does, in order."""

    def __init__(self, policy: Policy, stages: dict[uuid.UUID, FunnelStage], now: datetime) -> None:
        self.policy = policy
        self.stages = stages
        self.entry = next(stage for stage in stages.values() if stage.kind is StageKind.OPEN)
        self.now = now
        self.new: list[_NewLead] = []
        self.known: dict[uuid.UUID, _Known] = {}
        self.holders: dict[str, uuid.UUID] = {}  # the lead that has each external id
        self._matches: dict[Key, _NewLead | _Known] = {}
        self._known_ids: dict[Key, uuid.UUID] = {}

    async def find_known(self, work: UnitOfWork[InTenant], incoming: Sequence[Incoming]) -> None:
        """The tenant's leads the incoming ones may match, the oldest first where
        several do, and the leads that hold their external ids."""
        session, keys = work.session, self.policy.keys
        for key, column in ((MatchKey.EMAIL, Lead.email), (MatchKey.PHONE, Lead.phone)):
            wanted = {lead.values[key.value] for lead in incoming if lead.values.get(key.value)}
            if key not in keys or not wanted:
                continue
            # No ORDER BY: the primary key's order tempted the planner to read the
            # tenant's every lead and filter them by the list.
            found = await session.execute(
                select(column, Lead.id).where(bulk_sql.one_of(session, column, wanted))
            )
            for value, lead_id in found:
                known = self._known_ids.get((key, str(value)))
                self._known_ids[key, str(value)] = min(lead_id, known or lead_id)
        external_ids = {lead.external_id for lead in incoming if lead.external_id}
        if external_ids:
            holders = await session.execute(
                select(ExternalId.external_id, ExternalId.lead_id).where(
                    ExternalId.system == self.policy.system,
                    bulk_sql.one_of(session, ExternalId.external_id, external_ids),
                )
            )
            for value, lead_id in holders:
                self.holders[value] = lead_id
                if MatchKey.EXTERNAL_ID in keys:
                    self._known_ids[MatchKey.EXTERNAL_ID, value] = lead_id
        if self.policy.on_match in (OnMatch.FILL, OnMatch.OVERWRITE) and self._known_ids:
            ids = set(self._known_ids.values())
            # Locked in one order, as every intake locks them: two imports of one
            # tenant at once wait for each other, never deadlock.
            leads = await session.scalars(
                select(Lead)
                .where(bulk_sql.one_of(session, Lead.id, ids))
                .order_by(Lead.id)
                .with_for_update()
            )
            self.known = {lead.id: _Known(lead.id, lead) for lead in leads}
            identified = await session.scalars(
                select(ExternalId.lead_id).where(
                    ExternalId.system == self.policy.system,
                    bulk_sql.one_of(session, ExternalId.lead_id, ids),
                )
            )
            for lead_id in identified:
                if lead_id in self.known:  # else deleted since it matched
                    self.known[lead_id].identified = True

    def take(self, incoming: Incoming) -> Result:
        on_match = self.policy.on_match
        keys = _keys(incoming, self.policy.keys)
        target = None if on_match is OnMatch.CREATE else self._target(keys)
        if target is None:
            return self._create(incoming, keys)
        for key in keys:
            self._matches.setdefault(key, target)
        if on_match is not OnMatch.SKIP and self._merged(
            target, incoming, overwrite=on_match is OnMatch.OVERWRITE
        ):
            return Result(Outcome.UPDATED, target.id)
        return Result(Outcome.SKIPPED, target.id)

    def _target(self, keys: Iterable[Key]) -> "_NewLead | _Known | None":
        for key in keys:
            if key in self._matches:
                return self._matches[key]
            lead_id = self._known_ids.get(key)
            if lead_id is not None:
                return self.known.setdefault(lead_id, _Known(lead_id))
        return None

    def _create(self, incoming: Incoming, keys: Iterable[Key]) -> Result:
        external_id = incoming.external_id
        if external_id is not None and external_id in self.holders:
            reason = f"Another lead has the id {external_id} in {self.policy.system}."
            return Result(Outcome.REFUSED, reason=reason)
        past = incoming.past
        stage = self.stages.get(past.stage_id) if past and past.stage_id else self.entry
        if stage is None:
            return Result(Outcome.REFUSED, reason="Its stage is no longer in the funnel.")
        refusal = _refusal(past, stage, self.now)
        if refusal is not None:
            return Result(Outcome.REFUSED, reason=refusal)
        values = dict(incoming.values)
        values["source_id"] = values.get("source_id") or self.policy.source_id
        new = _NewLead(new_id(), past, stage, values, list(incoming.tags), external_id)
        if incoming.note:
            new.notes.append(incoming.note)
        if external_id is not None:
            self.holders[external_id] = new.id
        self.new.append(new)
        for key in keys:
            self._matches.setdefault(key, new)
        return Result(Outcome.CREATED, new.id)

    def _merged(self, target: "_NewLead | _Known", incoming: Incoming, *, overwrite: bool) -> bool:
        """Merge the incoming lead into the lead: fill its empty fields, or ``overwrite``
        them with its values; add its tags, external id and note. Whether anything changed."""
        current: dict[str, Any] | Lead | None = (
            target.values if isinstance(target, _NewLead) else target.lead
        )
        assert current is not None  # a known lead is loaded where incoming ones change leads

        def read(name: str) -> Any:
            return current.get(name) if isinstance(current, dict) else getattr(current, name)

        given = incoming.values
        changes = {
            name: given[name]
            for name in incoming.given
            if (overwrite or read(name) is None) and read(name) != given[name]
        }
        custom = dict(read("custom_fields") or {})
        added = {
            key: value
            for key, value in given.get("custom_fields", {}).items()
            if (overwrite or key not in custom) and custom.get(key) != value
        }
        if added:
            changes["custom_fields"] = {**custom, **added}
        if "website" in changes or "email" in changes:
            website = changes.get("website", read("website"))
            email = changes.get("email", read("email"))
            changes["domain"] = contact.domain_of(website=website, email=email)
        for name, value in changes.items():
            if isinstance(current, dict):
                current[name] = value
            else:
                setattr(current, name, value)
        tags = [tag for tag in incoming.tags if tag not in target.tags]
        target.tags.extend(tags)
        external_id = incoming.external_id
        identified = False
        has_one = target.external_id is not None or (
            isinstance(target, _Known) and target.identified
        )
        if external_id is not None and not has_one:
            identified = external_id not in self.holders  # else another lead's
            if identified:
                target.external_id = external_id
                self.holders[external_id] = target.id
        if incoming.note:
            target.notes.append(incoming.note)
        return bool(changes or tags or identified or incoming.note)


def _keys(incoming: Incoming, keys: Sequence[MatchKey]) -> list[Key]:
    """The incoming lead's values of the match keys, in their order."""
    found = []
    for key in keys:
        value = (
            incoming.external_id if key is MatchKey.EXTERNAL_ID else incoming.values.get(key.value)
        )
        if value:
            found.append((key, value))
    return found


def _refusal(past: Past | None, stage: FunnelStage, now: datetime) -> str | None:
    """What is wrong with a lead's past, if anything."""
    if past is None:
        return None
    for moment, what in ((past.created_at, "created"), (past.closed_at, "closed")):
        if moment is not None and moment > now:
            return f"The day it was {what} has not come yet."
    closed = stage.kind is not StageKind.OPEN
    if closed and past.closed_at and past.created_at and past.closed_at < past.created_at:
        return "It closed before it was created."
    return None


async def _write_changes(work: UnitOfWork[InTenant], merge: _Merge, now: datetime) -> None:
    """The tenant's leads that changed: their fields (set on the loaded leads, which
    the session flushes), new tags, external ids and notes; rescored."""
    changed = [known for known in merge.known.values() if known.lead is not None]
    if not changed:
        return
    tagging = [known.id for known in changed if known.tags]
    tagged: dict[uuid.UUID, set[str]] = {lead_id: set() for lead_id in tagging}
    if tagging:
        rows = await work.session.execute(
            select(LeadTag.lead_id, LeadTag.tag).where(
                bulk_sql.one_of(work.session, LeadTag.lead_id, tagging)
            )
        )
        for lead_id, tag in rows:
            tagged[lead_id].add(tag)
    tags: list[tuple[uuid.UUID, str]] = []
    for known in changed:
        has = tagged.get(known.id, set())
        fresh = [tag for tag in known.tags if tag not in has][: max(0, MAX_TAGS - len(has))]
        tags.extend((known.id, tag) for tag in fresh)
    # An id a known lead takes is no other lead's (``_merged`` checks the holders).
    external_ids = [
        (known.id, known.external_id) for known in changed if known.external_id is not None
    ]
    await _write_children(work, tags, external_ids, merge.policy.system)
    await _write_notes(work, [(known.id, known.notes) for known in changed], now)
    leads = [known.lead for known in changed if known.lead is not None]
    gained = {lead_id for lead_id, _ in tags} | {lead_id for lead_id, _ in external_ids}
    for lead in leads:
        if lead.id in gained:
            lead.updated_at = now  # its tags or ids changed: so, for a partner's sync, has it
    await scoring.rescore(work, leads, now, locked=True)


async def _write_new(work: UnitOfWork[InTenant], merge: _Merge, now: datetime) -> None:
    """The leads created, scored, with their stage history, tags, external ids,
    notes and past; the open ones nobody owns are routed once committed."""
    if not merge.new:
        return
    entry = merge.entry
    rows: list[dict[str, Any]] = []
    stage_changes: list[dict[str, Any]] = []
    moves: list[Entry] = []
    for new in merge.new:
        past = new.past or Past()
        closed = new.stage.kind is not StageKind.OPEN
        # A lead that closed on a day, created we know not when, was created by then.
        created_at = past.created_at or (past.closed_at if closed else None) or now
        rows.append(
            {
                **_UNSET,
                **new.values,
                "id": new.id,
                "tenant_id": work.tenant_id,
                "stage_id": new.stage.id,
                "reached_stages": entry.mask | new.stage.mask,
                "created_at": created_at,
                "updated_at": now,
                "closed_at": (past.closed_at or created_at) if closed else None,
                "won_amount": past.won_amount if new.stage.kind is StageKind.WON else None,
                "closed_reason": past.lost_reason if closed else None,
            }
        )
        stage_changes.append(_stage_change(work, new.id, None, entry.id, created_at))
        if new.stage.id != entry.id:
            moved_at = rows[-1]["closed_at"] or created_at
            stage_changes.append(_stage_change(work, new.id, entry.id, new.stage.id, moved_at))
            moves.append(Entry(new.id, _moved(rows[-1], entry, new.stage), moved_at))
    await scoring.score_new(work, rows, now)
    for row in rows:
        row["search_text"] = search_text(row)
    await bulk_sql.insert_rows(work.session, Lead, rows)
    await bulk_sql.insert_rows(work.session, StageChange, stage_changes)
    await activity.record_all(work, ActivityKind.STAGE_CHANGED, moves)
    tags = [(new.id, tag) for new in merge.new for tag in new.tags]
    external_ids = [(new.id, new.external_id) for new in merge.new if new.external_id]
    await _write_children(work, tags, external_ids, merge.policy.system)
    await _write_notes(work, [(new.id, new.notes) for new in merge.new], now)
    await scoring.qualify_written(work, rows)
    unowned = [
        new.id
        for new in merge.new
        if new.values.get("owner_id") is None and new.stage.kind is StageKind.OPEN
    ]
    lifecycle.route_all_later(work, unowned, "created")


# The columns of a new lead that incoming values never set.
_UNSET: dict[str, Any] = {
    "referred_by_id": None,
    "owner_team_id": None,
    "nurture_until": None,
    "score": 0,
    "score_breakdown": [],
}


def _stage_change(
    work: UnitOfWork[InTenant],
    lead_id: uuid.UUID,
    from_stage_id: uuid.UUID | None,
    to_stage_id: uuid.UUID,
    changed_at: datetime,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "lead_id": lead_id,
        "from_stage_id": from_stage_id,
        "to_stage_id": to_stage_id,
        "changed_by_id": work.user_id,
        "changed_at": changed_at,
    }


def _moved(lead: dict[str, Any], entry: FunnelStage, stage: FunnelStage) -> dict[str, Any]:
    """The feed's record of the lead's move to the stage its past says it reached,
    as ``lifecycle.enter`` records a move."""
    payload: dict[str, Any] = {
        "from": entry.name,
        "to": stage.name,
        "fromStageId": str(entry.id),
        "toStageId": str(stage.id),
    }
    if lead["won_amount"] is not None:
        payload["amount"] = str(lead["won_amount"])
    if lead["closed_reason"] is not None:
        payload["reason"] = lead["closed_reason"]
    return payload


async def _write_children(
    work: UnitOfWork[InTenant],
    tags: Sequence[tuple[uuid.UUID, str]],
    external_ids: Sequence[tuple[uuid.UUID, str]],
    system: str,
) -> None:
    await bulk_sql.insert_rows(
        work.session,
        LeadTag,
        [{"id": new_id(), "lead_id": lead_id, "tag": tag} for lead_id, tag in tags],
    )
    await bulk_sql.insert_rows(
        work.session,
        ExternalId,
        [
            {"id": new_id(), "lead_id": lead_id, "system": system, "external_id": value}
            for lead_id, value in external_ids
        ],
    )


async def _write_notes(
    work: UnitOfWork[InTenant], notes: Iterable[tuple[uuid.UUID, list[str]]], now: datetime
) -> None:
    await activity.record_all(
        work,
        ActivityKind.NOTE,
        [
            Entry(lead_id, {"body": note}, now)
            for lead_id, lead_notes in notes
            for note in lead_notes
        ],
    )
