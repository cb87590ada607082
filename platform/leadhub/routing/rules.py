"""A tenant's routing rules: create, change, reorder and delete them, and set where
leads no rule matches go. Each is checked whole, every problem named (a condition
by its place: ``conditions.2.operator``), and every change is audited."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import conditions
from leadhub.leads.conditions import Condition
from leadhub.principal import InTenant, Member, Newcomer
from leadhub.routing.errors import RoutingError, RoutingErrorCode, invalid, not_found
from leadhub.routing.models import (
    MAX_SLA_MINUTES,
    UNASSIGNED,
    Match,
    RoutingRule,
    RoutingSettings,
    SlaAction,
    Strategy,
    Target,
    TargetKind,
)
from leadhub.teams import service as teams
from leadhub.tenants.service import audit, membership_of_user
from leadhub.text import single_line
from leadhub.work import UnitOfWork

MAX_RULES = 100
MAX_CONDITIONS = 20


@dataclass(frozen=True)
class RuleFields:
    """Everything a rule says. No conditions match every lead."""

    name: str
    conditions: tuple[Condition, ...] = ()
    match: Match = Match.ALL
    target: Target = UNASSIGNED
    strategy: Strategy = Strategy.ROUND_ROBIN
    sticky: bool = False
    within_working_hours: bool = False
    overflow: Target = UNASSIGNED
    sla_minutes: int | None = None
    sla_action: SlaAction = SlaAction.NEXT_MEMBER


_FIELD_NAMES = frozenset(field.name for field in fields(RuleFields))


@dataclass(frozen=True)
class Fallback:
    """Where a lead no rule matches goes, and how a team there chooses."""

    target: Target = UNASSIGNED
    strategy: Strategy = Strategy.ROUND_ROBIN


def start_routing(work: UnitOfWork[Newcomer]) -> None:
    """A new tenant's routing: no rules, and every lead to the unassigned queue."""
    work.session.add(RoutingSettings(fallback=UNASSIGNED, fallback_strategy=Strategy.ROUND_ROBIN))


async def hold_routing(work: UnitOfWork[InTenant]) -> None:
    """Hold the tenant's routing until the transaction ends: its settings row,
    which every routing and every change of the rules' order locks first."""
    await work.session.get_one(RoutingSettings, work.tenant_id, with_for_update=True)


async def ordered_rules(session: AsyncSession) -> list[RoutingRule]:
    """The tenant's rules in the order they are tried."""
    return list(await session.scalars(select(RoutingRule).order_by(RoutingRule.position)))


def fields_of(rule: RoutingRule) -> RuleFields:
    return RuleFields(
        name=rule.name,
        conditions=tuple(Condition.from_json(entry) for entry in rule.conditions),
        match=rule.match,
        target=rule.target,
        strategy=rule.strategy,
        sticky=rule.sticky,
        within_working_hours=rule.within_working_hours,
        overflow=rule.overflow,
        sla_minutes=rule.sla_minutes,
        sla_action=rule.sla_action,
    )


async def create_rule(
    work: UnitOfWork[Member], rule_fields: RuleFields, position: int | None = None
) -> RoutingRule:
    """A new rule at ``position`` (1 is tried first), or last."""
    await hold_routing(work)
    existing = await ordered_rules(work.session)
    if len(existing) >= MAX_RULES:
        raise too_many_rules("name")
    place = len(existing) + 1 if position is None else position
    if not 1 <= place <= len(existing) + 1:
        raise invalid(f"The position is 1 to {len(existing) + 1}.", "position")
    rule = RoutingRule()
    await _write(work, rule, rule_fields)
    _renumber(work, [*existing[: place - 1], rule, *existing[place - 1 :]])
    await flush_or_refuse(work.session, _name_taken())
    audit(work, action="routing.rule_created", details={"rule": rule.name, "position": place})
    return rule


async def update_rule(
    work: UnitOfWork[Member], rule_id: uuid.UUID, changes: Mapping[str, Any]
) -> RoutingRule:
    """Change what ``changes`` names (by ``RuleFields``' names); the rest stays."""
    unknown = changes.keys() - _FIELD_NAMES
    if unknown:
        raise ValueError(f"not fields of a routing rule: {sorted(unknown)}")
    rule = await _rule(work, rule_id)
    current = fields_of(rule)
    wanted = await _write(work, rule, replace(current, **changes))
    await flush_or_refuse(work.session, _name_taken())
    changed = sorted(name for name in changes if getattr(current, name) != getattr(wanted, name))
    if changed:
        audit(work, action="routing.rule_changed", details={"rule": rule.name, "changed": changed})
    return rule


async def delete_rule(work: UnitOfWork[Member], rule_id: uuid.UUID) -> RoutingRule:
    """Remove a rule; those after it move up one. Its decisions stay, by its id."""
    await hold_routing(work)
    rule = await _rule(work, rule_id)
    await work.session.delete(rule)
    _renumber(work, [other for other in await ordered_rules(work.session) if other is not rule])
    audit(work, action="routing.rule_deleted", details={"rule": rule.name})
    return rule


async def reorder_rules(
    work: UnitOfWork[Member], rule_ids: Sequence[uuid.UUID]
) -> list[RoutingRule]:
    """Put every rule in the given order: the first is tried first."""
    await hold_routing(work)
    existing = await ordered_rules(work.session)
    by_id = {rule.id: rule for rule in existing}
    problems = Problems()
    for place, rule_id in enumerate(rule_ids):
        if rule_id not in by_id:
            problems.add(not_found("routing rule", f"routingRuleIds.{place}"))
    problems.raise_if_any()
    if len(rule_ids) != len(by_id) or set(rule_ids) != set(by_id):
        raise RoutingError(
            RoutingErrorCode.ORDER_MISMATCH, "Name every rule exactly once.", "routingRuleIds"
        )
    ordered = [by_id[rule_id] for rule_id in rule_ids]
    if ordered != existing:
        _renumber(work, ordered)
        audit(
            work,
            action="routing.rules_reordered",
            details={"rules": [rule.name for rule in ordered]},
        )
    return ordered


async def fallback_of(work: UnitOfWork[InTenant]) -> Fallback:
    settings = await work.session.get_one(RoutingSettings, work.tenant_id)
    return Fallback(settings.fallback, settings.fallback_strategy)


async def set_fallback(work: UnitOfWork[Member], fallback: Fallback) -> Fallback:
    """Where a lead no rule matches goes (a team by ``strategy``, a member, a queue)."""
    problems = Problems()
    with problems:
        await _check_target(work, fallback.target, "target")
    problems.raise_if_any()
    settings = await work.session.get_one(RoutingSettings, work.tenant_id)
    if fallback == Fallback(settings.fallback, settings.fallback_strategy):
        return fallback
    settings.fallback, settings.fallback_strategy = fallback.target, fallback.strategy
    audit(work, action="routing.fallback_changed", details=_target_json(fallback.target))
    return fallback


async def _rule(work: UnitOfWork[InTenant], rule_id: uuid.UUID) -> RoutingRule:
    rule = await work.session.get(RoutingRule, (work.tenant_id, rule_id))
    if rule is None:
        raise not_found("routing rule", "routingRuleId")
    return rule


async def _write(work: UnitOfWork[Member], rule: RoutingRule, wanted: RuleFields) -> RuleFields:
    """Check ``wanted`` whole and write it on ``rule``: what it keeps, or a refusal."""
    problems = Problems()
    name = single_line(wanted.name, 100)
    if name is None:
        problems.add(invalid("Give a name of up to 100 characters.", "name"))
    kept: list[Condition] = []
    if len(wanted.conditions) > MAX_CONDITIONS:
        problems.add(invalid(f"A rule has at most {MAX_CONDITIONS} conditions.", "conditions"))
    else:
        for place, condition in enumerate(wanted.conditions):
            with problems:
                kept.append(
                    await conditions.checked(work.session, condition, f"conditions.{place}")
                )
    for target, field in ((wanted.target, "target"), (wanted.overflow, "overflow")):
        with problems:
            await _check_target(work, target, field)
    if wanted.sticky and wanted.target.kind is not TargetKind.TEAM:
        problems.add(invalid("Only a rule that targets a team is sticky.", "sticky"))
    if wanted.sla_minutes is not None and not 1 <= wanted.sla_minutes <= MAX_SLA_MINUTES:
        message = f"A response time is from 1 to {MAX_SLA_MINUTES:,} minutes (30 days)."
        problems.add(invalid(message, "slaMinutes"))
    problems.raise_if_any()
    assert name is not None
    checked = replace(wanted, name=name, conditions=tuple(kept))
    rule.name, rule.match = checked.name, checked.match
    rule.conditions = [condition.to_json() for condition in checked.conditions]
    rule.target, rule.overflow = checked.target, checked.overflow
    rule.strategy, rule.sticky = checked.strategy, checked.sticky
    rule.within_working_hours = checked.within_working_hours
    rule.sla_minutes, rule.sla_action = checked.sla_minutes, checked.sla_action
    work.session.add(rule)
    return checked


async def _check_target(work: UnitOfWork[InTenant], target: Target, field: str) -> None:
    """A team target names a team; a user target a member; a queue perhaps a team.
    Whatever it names is the tenant's."""
    if target.user_id is not None and await membership_of_user(work, target.user_id) is None:
        raise not_found("member", f"{field}.userId")
    if target.team_id is not None and await teams.find_team(work, target.team_id) is None:
        raise not_found("team", f"{field}.teamId")
    if target.kind is TargetKind.USER:
        if target.team_id is not None or target.user_id is None:
            raise invalid("A member target names a member and no team.", f"{field}.userId")
    elif target.user_id is not None:
        raise invalid("Only a member target names a member.", f"{field}.userId")
    elif target.kind is TargetKind.TEAM and target.team_id is None:
        raise invalid("A team target names a team.", f"{field}.teamId")


def _renumber(work: UnitOfWork[Member], ordered: Sequence[RoutingRule]) -> None:
    for position, rule in enumerate(ordered, start=1):
        if rule.position != position:
            rule.position = position
    work.session.add_all(ordered)


def too_many_rules(field: str) -> RoutingError:
    return invalid(f"A tenant has at most {MAX_RULES} routing rules.", field)


def _name_taken() -> RoutingError:
    return RoutingError(RoutingErrorCode.NAME_TAKEN, "A routing rule has that name.", "name")


def _target_json(target: Target) -> dict[str, str | None]:
    return {
        "kind": target.kind.value,
        "teamId": str(target.team_id) if target.team_id else None,
        "userId": str(target.user_id) if target.user_id else None,
    }
