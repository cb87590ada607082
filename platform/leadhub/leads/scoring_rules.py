"""A tenant's scoring rules and MQL threshold: defining them, checked field by field.

A fit rule is a condition on one lead field (or custom field); an engagement rule
counts activities of one kind, each worth less as it ages. Any change rescores
the tenant's leads in a job (``leads.actors.rescore_leads``), as a tenant may
hold many.
"""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity.service import ActivityKind
from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import conditions, validation
from leadhub.leads.conditions import LeadField
from leadhub.leads.errors import invalid, not_found
from leadhub.leads.models import ConditionOperator, ScoringField, ScoringRule, ScoringRuleKind
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

MAX_RULES = 100
MAX_POINTS = 1000
MAX_HALF_LIFE_DAYS = 365
MAX_THRESHOLD = 100_000

# A fit rule compares with one number: no BETWEEN.
_FIT_OPERATORS = frozenset(ConditionOperator) - {ConditionOperator.BETWEEN}


@dataclass(frozen=True)
class FitCondition:
    field: ScoringField
    operator: ConditionOperator
    values: tuple[str, ...] = ()  # for IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS
    number: Decimal | None = None  # for AT_LEAST and AT_MOST
    custom_field_key: str | None = None  # for CUSTOM


@dataclass(frozen=True)
class Engagement:
    activity_kind: ActivityKind
    half_life_days: int


@dataclass(frozen=True)
class RuleFields:
    """Everything a rule says: a name, its points, and exactly one of fit or engagement."""

    name: str
    points: int
    fit: FitCondition | None = None
    engagement: Engagement | None = None


def rules(tenant_id: uuid.UUID) -> Select[ScoringRule]:
    return select(ScoringRule).where(ScoringRule.tenant_id == tenant_id)


async def create_rule(work: UnitOfWork[InTenant], fields: RuleFields) -> ScoringRule:
    count = await work.session.scalar(select(func.count()).select_from(ScoringRule))
    if count is not None and count >= MAX_RULES:
        raise invalid(f"A tenant has at most {MAX_RULES} scoring rules.", "name")
    return await _apply(work, ScoringRule(), fields)


async def update_rule(
    work: UnitOfWork[InTenant],
    rule_id: uuid.UUID,
    *,
    name: str | None = None,
    points: int | None = None,
    fit: FitCondition | None = None,
    engagement: Engagement | None = None,
) -> ScoringRule:
    """Change what is given; the rest stays. A fit condition or an engagement given
    replaces the rule's condition, whichever it was."""
    rule = await _rule(work, rule_id)
    current = _fields_of(rule)
    if fit is None and engagement is None:
        fit, engagement = current.fit, current.engagement
    fields = RuleFields(
        name=current.name if name is None else name,
        points=current.points if points is None else points,
        fit=fit,
        engagement=engagement,
    )
    return await _apply(work, rule, fields)


def _fields_of(rule: ScoringRule) -> RuleFields:
    if rule.kind is ScoringRuleKind.ENGAGEMENT:
        assert rule.activity_kind is not None and rule.half_life_days is not None
        engagement = Engagement(ActivityKind(rule.activity_kind), rule.half_life_days)
        return RuleFields(rule.name, rule.points, engagement=engagement)
    assert rule.field is not None and rule.operator is not None
    fit = FitCondition(
        field=rule.field,
        operator=rule.operator,
        values=tuple(rule.values),
        number=rule.number,
        custom_field_key=rule.custom_field_key,
    )
    return RuleFields(rule.name, rule.points, fit=fit)


async def delete_rule(work: UnitOfWork[InTenant], rule_id: uuid.UUID) -> ScoringRule:
    rule = await _rule(work, rule_id)
    await work.session.delete(rule)
    _rescore_later(work)
    return rule


async def set_threshold(work: UnitOfWork[InTenant], threshold: int | None) -> int | None:
    """Set (or with None, stop) the score at which a suspect becomes an MQL."""
    if threshold is not None and not 1 <= threshold <= MAX_THRESHOLD:
        raise invalid(f"A threshold is from 1 to {MAX_THRESHOLD}.", "threshold")
    await tenants.set_mql_score_threshold(work, threshold)
    _rescore_later(work)
    return threshold


async def _rule(work: UnitOfWork[InTenant], rule_id: uuid.UUID) -> ScoringRule:
    rule = await work.session.get(ScoringRule, (work.tenant_id, rule_id))
    if rule is None:
        raise not_found("scoring rule", "ruleId")
    return rule


async def _apply(work: UnitOfWork[InTenant], rule: ScoringRule, fields: RuleFields) -> ScoringRule:
    session = work.session
    problems = Problems()
    with problems:
        name = await validation.free_name(
            session, ScoringRule, fields.name, rule.id, "scoring rule"
        )
    if not -MAX_POINTS <= fields.points <= MAX_POINTS:
        problems.add(invalid(f"Points are from -{MAX_POINTS} to {MAX_POINTS}.", "points"))
    rule.field = rule.operator = rule.custom_field_key = rule.number = None
    rule.activity_kind = rule.half_life_days = None
    rule.values = []
    if (fields.fit is None) == (fields.engagement is None):
        problems.add(invalid("A rule is either a fit condition or an engagement.", "fit"))
    elif fields.fit is not None:
        with problems:
            await _apply_fit(session, rule, fields.fit)
    elif fields.engagement is not None:
        with problems:
            _apply_engagement(rule, fields.engagement)
    problems.raise_if_any()
    rule.name, rule.points = name, fields.points
    session.add(rule)
    await flush_or_refuse(session, validation.taken("scoring rule", "name"))
    _rescore_later(work)
    return rule


def _apply_engagement(rule: ScoringRule, engagement: Engagement) -> None:
    if not 1 <= engagement.half_life_days <= MAX_HALF_LIFE_DAYS:
        raise invalid(
            f"A half-life is from 1 to {MAX_HALF_LIFE_DAYS} days.", "engagement.halfLifeDays"
        )
    rule.kind = ScoringRuleKind.ENGAGEMENT
    rule.activity_kind = engagement.activity_kind.value
    rule.half_life_days = engagement.half_life_days


async def _apply_fit(session: AsyncSession, rule: ScoringRule, fit: FitCondition) -> None:
    condition = await conditions.checked(
        session,
        conditions.Condition(
            field=LeadField(fit.field),
            operator=fit.operator,
            values=fit.values,
            number=fit.number,
            custom_field_key=fit.custom_field_key,
        ),
        "fit",
        fields=[LeadField(field) for field in ScoringField],
        operators=_FIT_OPERATORS,
    )
    rule.kind, rule.field, rule.operator = ScoringRuleKind.FIT, fit.field, fit.operator
    rule.custom_field_key = condition.custom_field_key
    rule.values = list(condition.values)
    rule.number = condition.number


def _rescore_later(work: UnitOfWork[InTenant]) -> None:
    work.after_commit("rescore_leads", tenant_id=str(work.tenant_id))
