"""The tenant's funnel: its default stages, and adding, changing, ordering and removing them."""

import uuid
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, measured_by_goal, not_found
from leadhub.leads.models import (
    MAX_STAGES,
    FunnelStage,
    Lead,
    Milestone,
    StageChange,
    StageKind,
)
from leadhub.principal import InTenant, Newcomer
from leadhub.text import folded
from leadhub.work import UnitOfWork

# DOMAIN.md's default funnel: suspect to customer, with the two closed ends.
DEFAULT_FUNNEL: tuple[tuple[str, StageKind, Decimal, Milestone], ...] = (
    ("Suspect", StageKind.OPEN, Decimal("0.05"), Milestone.SUSPECT),
    ("Marketing qualified lead", StageKind.OPEN, Decimal("0.10"), Milestone.MQL),
    ("Sales qualified lead", StageKind.OPEN, Decimal("0.25"), Milestone.SQL),
    ("Prospect", StageKind.OPEN, Decimal("0.50"), Milestone.OPPORTUNITY),
    ("Customer", StageKind.WON, Decimal("1"), Milestone.CUSTOMER),
    ("Lost", StageKind.LOST, Decimal("0"), Milestone.LOST),
    ("Disqualified", StageKind.LOST, Decimal("0"), Milestone.DISQUALIFIED),
)


def create_default_funnel(work: UnitOfWork[Newcomer]) -> list[FunnelStage]:
    """The funnel a new company starts with, before it makes its own."""
    stages = [
        FunnelStage(
            name=name,
            position=position,
            kind=kind,
            win_probability=probability,
            milestone=milestone,
            routes_leads=milestone is Milestone.SQL,
            bit=position - 1,
        )
        for position, (name, kind, probability, milestone) in enumerate(DEFAULT_FUNNEL, start=1)
    ]
    work.session.add_all(stages)
    return stages


def funnel_stages(tenant_id: uuid.UUID) -> Select[FunnelStage]:
    """The tenant's stages, for a connection to order and page."""
    return select(FunnelStage).where(FunnelStage.tenant_id == tenant_id)


async def first_open_stage(work: UnitOfWork[InTenant]) -> FunnelStage:
    """Where new, reopened and recycled leads start."""
    first_open = await work.session.scalar(
        select(FunnelStage)
        .where(FunnelStage.kind == StageKind.OPEN)
        .order_by(FunnelStage.position)
        .limit(1)
    )
    assert first_open is not None  # the funnel keeps an open stage (below)
    return first_open


async def stages(work: UnitOfWork[InTenant]) -> list[FunnelStage]:
    """The tenant's stages, in the funnel's order."""
    return await _stages(work.session)


# Words lists use for a won or a lost lead, whatever the tenant calls those stages.
_CLOSED_WORDS = {
    "won": Milestone.CUSTOMER,
    "vunnet": Milestone.CUSTOMER,
    "closedwon": Milestone.CUSTOMER,
    "kunde": Milestone.CUSTOMER,
    "lost": Milestone.LOST,
    "tapt": Milestone.LOST,
    "closedlost": Milestone.LOST,
}


def stage_key(name: str) -> str:
    """A stage's name as a list may write it, compared: folded, without spaces."""
    return folded(name).replace(" ", "")


async def stage_ids_by_name(work: UnitOfWork[InTenant]) -> dict[str, uuid.UUID]:
    """Each stage's id by ``stage_key``: of its name, its milestone ("customer"), and
    words for won and lost ("vunnet", "Closed Lost")."""
    found = await stages(work)
    by_milestone = {stage.milestone: stage.id for stage in found if stage.milestone}
    ids = {milestone.value: stage_id for milestone, stage_id in by_milestone.items()}
    for word, milestone in _CLOSED_WORDS.items():
        if milestone in by_milestone:
            ids[word] = by_milestone[milestone]
    ids.update({stage_key(stage.name): stage.id for stage in found})
    return ids


async def _stages(session: AsyncSession) -> list[FunnelStage]:
    return list(await session.scalars(select(FunnelStage).order_by(FunnelStage.position)))


async def _stage(work: UnitOfWork[InTenant], stage_id: uuid.UUID) -> FunnelStage:
    stage = await work.session.get(FunnelStage, (work.tenant_id, stage_id))
    if stage is None:
        raise not_found("funnel stage", "stageId")
    return stage


async def create_stage(
    work: UnitOfWork[InTenant],
    *,
    name: str,
    kind: StageKind,
    win_probability: Decimal,
    position: int | None = None,
    routes_leads: bool = False,
) -> FunnelStage:
    """Add a stage at ``position`` (1 is first), or last; later stages move down one."""
    session = work.session
    stages = await _stages(session)
    if len(stages) >= MAX_STAGES:
        raise LeadError(
            LeadErrorCode.TOO_MANY_STAGES,
            f"A funnel has {MAX_STAGES} stages at most: remove one first.",
            "name",
        )
    position = len(stages) + 1 if position is None else position
    problems = Problems()
    with problems:
        name = await validation.free_name(session, FunnelStage, name, None, "funnel stage")
    with problems:
        win_probability = validation.probability(win_probability)
    if not 1 <= position <= len(stages) + 1:
        problems.add(invalid(f"The position is 1 to {len(stages) + 1}.", "position"))
    problems.raise_if_any()
    for stage in stages[position - 1 :]:
        stage.position += 1
    taken_bits = {stage.bit for stage in stages}
    bit = min(set(range(MAX_STAGES)) - taken_bits)
    stage = FunnelStage(
        name=name,
        kind=kind,
        win_probability=win_probability,
        position=position,
        bit=bit,
        routes_leads=routes_leads,
    )
    session.add(stage)
    await flush_or_refuse(session, validation.taken("funnel stage", "name"))
    return stage


async def update_stage(
    work: UnitOfWork[InTenant],
    stage_id: uuid.UUID,
    *,
    name: str | None = None,
    kind: StageKind | None = None,
    win_probability: Decimal | None = None,
    routes_leads: bool | None = None,
) -> FunnelStage:
    """Rename a stage, change its kind or win probability, or whether leads reaching
    it are routed; what is None stays."""
    session = work.session
    stage = await _stage(work, stage_id)
    problems = Problems()
    name = stage.name if name is None else name
    kind = stage.kind if kind is None else kind
    win_probability = stage.win_probability if win_probability is None else win_probability
    with problems:
        name = await validation.free_name(session, FunnelStage, name, stage.id, "funnel stage")
    with problems:
        win_probability = validation.probability(win_probability)
    if stage.kind is StageKind.OPEN and kind is not StageKind.OPEN:
        with problems:
            await _check_another_open_stage(session, stage)
    problems.raise_if_any()
    stage.name, stage.kind, stage.win_probability = name, kind, win_probability
    if routes_leads is not None:
        stage.routes_leads = routes_leads
    await flush_or_refuse(session, validation.taken("funnel stage", "name"))
    return stage


async def reorder_stages(
    work: UnitOfWork[InTenant], stage_ids: list[uuid.UUID]
) -> list[FunnelStage]:
    """Put every stage of the funnel in the given order."""
    stages = await _stages(work.session)
    by_id = {stage.id: stage for stage in stages}
    problems = Problems()
    for place, stage_id in enumerate(stage_ids):
        if stage_id not in by_id:
            problems.add(not_found("funnel stage", f"stageIds.{place}"))
    problems.raise_if_any()
    if len(stage_ids) != len(by_id) or set(stage_ids) != set(by_id):
        raise LeadError(
            LeadErrorCode.ORDER_MISMATCH,
            "Name every stage of the funnel exactly once.",
            "stageIds",
        )
    for position, stage_id in enumerate(stage_ids, start=1):
        by_id[stage_id].position = position
    return [by_id[stage_id] for stage_id in stage_ids]


async def delete_stage(work: UnitOfWork[InTenant], stage_id: uuid.UUID) -> FunnelStage:
    """Remove an empty stage; the stages after it move up one."""
    session = work.session
    stage = await _stage(work, stage_id)
    holding = await session.scalar(
        select(func.count()).select_from(Lead).where(Lead.stage_id == stage.id)
    )
    if holding:
        raise LeadError(
            LeadErrorCode.STAGE_HAS_LEADS,
            f"{holding} leads are in this stage: move them to another first.",
            "stageId",
        )
    passed = await session.scalar(
        select(StageChange.id)
        .where(or_(StageChange.to_stage_id == stage.id, StageChange.from_stage_id == stage.id))
        .limit(1)
    )
    if passed is not None:
        # The KPIs are computed from the stage history: it must stay complete.
        raise LeadError(
            LeadErrorCode.STAGE_HAS_HISTORY,
            "Leads have passed through this stage; their history keeps it.",
            "stageId",
        )
    if stage.kind is StageKind.OPEN:
        await _check_another_open_stage(session, stage)
    for later in await _stages(session):
        if later.position > stage.position:
            later.position -= 1
    await session.delete(stage)
    await flush_or_refuse(session, measured_by_goal("stage", "stageId"))
    return stage


async def _check_another_open_stage(session: AsyncSession, stage: FunnelStage) -> None:
    # New leads enter the first open stage: a funnel keeps at least one.
    others = await session.scalar(
        select(func.count())
        .select_from(FunnelStage)
        .where(FunnelStage.kind == StageKind.OPEN, FunnelStage.id != stage.id)
    )
    if not others:
        raise LeadError(
            LeadErrorCode.LAST_OPEN_STAGE, "A funnel needs at least one open stage.", "stageId"
        )
