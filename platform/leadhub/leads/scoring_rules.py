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
from leadhub.leads import validation
from leadhub.leads.errors import invalid, not_found
from leadhub.leads.models import (
    CompanySize,
    ConditionOperator,
    CustomFieldDefinition,
    FieldType,
    PurchaseTimeframe,
    ScoringField,
    ScoringRule,
    ScoringRuleKind,
    SourceKind,
    Temperature,
)
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

MAX_RULES = 100
MAX_POINTS = 1000
MAX_HALF_LIFE_DAYS = 365
MAX_VALUES = 50
MAX_THRESHOLD = 100_000

TEXT_FIELDS = frozenset(
    {
        ScoringField.TITLE,
        ScoringField.COMPANY,
        ScoringField.DOMAIN,
        ScoringField.COUNTRY,
        ScoringField.REGION,
        ScoringField.INDUSTRY,
    }
)

CHOICE_FIELDS: dict[ScoringField, tuple[str, ...]] = {
    ScoringField.COMPANY_SIZE: tuple(CompanySize),
    ScoringField.SOURCE_KIND: tuple(SourceKind),
    ScoringField.TEMPERATURE: tuple(Temperature),
    ScoringField.PURCHASE_TIMEFRAME: tuple(PurchaseTimeframe),
}
# What each kind of value may be asked.
_TEXT_OPERATORS = frozenset(
    {
        ConditionOperator.IS_ONE_OF,
        ConditionOperator.IS_NOT_ONE_OF,
        ConditionOperator.CONTAINS,
        ConditionOperator.IS_SET,
        ConditionOperator.IS_NOT_SET,
    }
)
_CHOICE_OPERATORS = _TEXT_OPERATORS - {ConditionOperator.CONTAINS}
_NUMBER_OPERATORS = frozenset(
    {
        ConditionOperator.AT_LEAST,
        ConditionOperator.AT_MOST,
        ConditionOperator.IS_SET,
        ConditionOperator.IS_NOT_SET,
    }
)
_LISTS = frozenset(
    {ConditionOperator.IS_ONE_OF, ConditionOperator.IS_NOT_ONE_OF, ConditionOperator.CONTAINS}
)
_BOUNDS = frozenset({ConditionOperator.AT_LEAST, ConditionOperator.AT_MOST})


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
    choices: tuple[str, ...] | None = CHOICE_FIELDS.get(fit.field)
    is_number = fit.field is ScoringField.EXPECTED_VALUE
    custom_key = None
    if fit.field is ScoringField.CUSTOM:
        definition = await session.scalar(
            select(CustomFieldDefinition).where(
                CustomFieldDefinition.key == (fit.custom_field_key or "").strip()
            )
        )
        if definition is None:
            raise not_found("custom field", "fit.customFieldKey")
        custom_key = definition.key
        is_number = definition.type is FieldType.NUMBER
        if definition.type is FieldType.CHOICE:
            choices = tuple(definition.choices)
        elif definition.type is FieldType.BOOLEAN:
            choices = ("true", "false")
    elif fit.custom_field_key is not None:
        raise invalid("Only a CUSTOM field names a custom field.", "fit.customFieldKey")
    allowed = _NUMBER_OPERATORS if is_number else _CHOICE_OPERATORS if choices else _TEXT_OPERATORS
    if fit.operator not in allowed:
        raise invalid("That comparison does not apply to this field.", "fit.operator")
    rule.kind, rule.field, rule.operator = ScoringRuleKind.FIT, fit.field, fit.operator
    rule.custom_field_key = custom_key
    rule.values = _values(fit, choices)
    rule.number = _number(fit)


def _values(fit: FitCondition, choices: tuple[str, ...] | None) -> list[str]:
    if fit.operator not in _LISTS:
        if fit.values:
            raise invalid("This comparison takes no values.", "fit.values")
        return []
    if not 1 <= len(fit.values) <= MAX_VALUES:
        raise invalid(f"Give 1 to {MAX_VALUES} values.", "fit.values")
    values = [validation.name(value, "fit.values", max_length=200) for value in fit.values]
    if choices is not None:
        folded_choices = {choice.casefold() for choice in choices}
        unknown = [value for value in values if value.casefold() not in folded_choices]
        if unknown:
            raise invalid(f"Not a choice of this field: {unknown[0]}.", "fit.values")
    # As they were given (scoring compares them case-folded), each once.
    given: dict[str, str] = {}
    for value in values:
        given.setdefault(value.casefold(), value)
    return list(given.values())


def _number(fit: FitCondition) -> Decimal | None:
    if fit.operator not in _BOUNDS:
        if fit.number is not None:
            raise invalid("This comparison takes no number.", "fit.number")
        return None
    if fit.number is None or not fit.number.is_finite() or abs(fit.number) >= Decimal("1e12"):
        raise invalid("Give a number to compare with.", "fit.number")
    return fit.number.quantize(Decimal("0.01"))


def _rescore_later(work: UnitOfWork[InTenant]) -> None:
    work.after_commit("rescore_leads", tenant_id=str(work.tenant_id))
