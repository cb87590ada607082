"""Conditions on a lead's fields: what scoring's fit rules and routing's rules ask.

A condition names a field (a custom field by its key), an operator that fits the
field's kind of value, and what it compares with. ``checked`` refuses one that
cannot be asked of the tenant's leads, naming the part that is wrong; ``predicate``
makes it a test of a lead's ``Facts``. Text compares ignoring case; a number is
compared with its bounds, both included.
"""

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum, StrEnum, auto
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.leads import validation
from leadhub.leads.errors import invalid, not_found
from leadhub.leads.models import (
    CompanySize,
    CustomFieldDefinition,
    FieldType,
    FunnelStage,
    PurchaseTimeframe,
    Source,
    SourceKind,
    Temperature,
)
from leadhub.leads.models import ConditionOperator as ConditionOperator  # conditions' own

MAX_VALUES = 50
MAX_NUMBER = Decimal("1e12")


class LeadField(StrEnum):
    """The fields a condition may look at; CUSTOM names a custom field by key."""

    TITLE = "title"
    COMPANY = "company"
    DOMAIN = "domain"
    COUNTRY = "country"
    REGION = "region"
    INDUSTRY = "industry"
    COMPANY_SIZE = "company_size"
    SOURCE = "source"
    SOURCE_KIND = "source_kind"
    STAGE = "stage"
    SCORE = "score"
    TEMPERATURE = "temperature"
    PURCHASE_TIMEFRAME = "purchase_timeframe"
    EXPECTED_VALUE = "expected_value"
    TAGS = "tags"
    CUSTOM = "custom"


class _Kind(Enum):
    TEXT = auto()
    CHOICE = auto()  # one of a closed list, compared ignoring case
    REFERENCE = auto()  # a stage or source, by id
    NUMBER = auto()
    LABELS = auto()  # the lead's tags: any of them may match


# The lead's column each plain field reads (the rest come from elsewhere: ``facts``).
COLUMNS: dict[LeadField, str] = {
    LeadField.TITLE: "title",
    LeadField.COMPANY: "company",
    LeadField.DOMAIN: "domain",
    LeadField.COUNTRY: "country",
    LeadField.REGION: "region",
    LeadField.INDUSTRY: "industry",
    LeadField.COMPANY_SIZE: "company_size",
    LeadField.SOURCE: "source_id",
    LeadField.STAGE: "stage_id",
    LeadField.SCORE: "score",
    LeadField.TEMPERATURE: "temperature",
    LeadField.PURCHASE_TIMEFRAME: "purchase_timeframe",
    LeadField.EXPECTED_VALUE: "expected_value",
}

_CHOICES: dict[LeadField, tuple[str, ...]] = {
    LeadField.COMPANY_SIZE: tuple(CompanySize),
    LeadField.SOURCE_KIND: tuple(SourceKind),
    LeadField.TEMPERATURE: tuple(Temperature),
    LeadField.PURCHASE_TIMEFRAME: tuple(PurchaseTimeframe),
}
_KINDS: dict[LeadField, _Kind] = {
    **{field: _Kind.CHOICE for field in _CHOICES},
    LeadField.SOURCE: _Kind.REFERENCE,
    LeadField.STAGE: _Kind.REFERENCE,
    LeadField.SCORE: _Kind.NUMBER,
    LeadField.EXPECTED_VALUE: _Kind.NUMBER,
    LeadField.TAGS: _Kind.LABELS,
}

_Op = ConditionOperator
_SET = {_Op.IS_SET, _Op.IS_NOT_SET}
_OPERATORS: dict[_Kind, frozenset[ConditionOperator]] = {
    _Kind.TEXT: frozenset({_Op.IS_ONE_OF, _Op.IS_NOT_ONE_OF, _Op.CONTAINS, *_SET}),
    _Kind.CHOICE: frozenset({_Op.IS_ONE_OF, _Op.IS_NOT_ONE_OF, *_SET}),
    _Kind.REFERENCE: frozenset({_Op.IS_ONE_OF, _Op.IS_NOT_ONE_OF, *_SET}),
    _Kind.NUMBER: frozenset({_Op.AT_LEAST, _Op.AT_MOST, _Op.BETWEEN, *_SET}),
    _Kind.LABELS: frozenset({_Op.IS_ONE_OF, _Op.IS_NOT_ONE_OF, _Op.CONTAINS, *_SET}),
}
_TAKES_VALUES = frozenset({_Op.IS_ONE_OF, _Op.IS_NOT_ONE_OF, _Op.CONTAINS})
_BOUNDED = frozenset({_Op.AT_LEAST, _Op.AT_MOST, _Op.BETWEEN})


@dataclass(frozen=True)
class Condition:
    field: LeadField
    operator: ConditionOperator
    values: tuple[str, ...] = ()  # for IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS
    number: Decimal | None = None  # for AT_LEAST, AT_MOST, and BETWEEN's lower bound
    up_to: Decimal | None = None  # for BETWEEN
    custom_field_key: str | None = None  # for CUSTOM

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field.value,
            "operator": self.operator.value,
            "values": list(self.values),
            "number": None if self.number is None else str(self.number),
            "upTo": None if self.up_to is None else str(self.up_to),
            "customFieldKey": self.custom_field_key,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Condition":
        number, up_to = data["number"], data["upTo"]
        return cls(
            field=LeadField(data["field"]),
            operator=ConditionOperator(data["operator"]),
            values=tuple(data["values"]),
            number=None if number is None else Decimal(number),
            up_to=None if up_to is None else Decimal(up_to),
            custom_field_key=data["customFieldKey"],
        )


@dataclass(frozen=True)
class Facts:
    """What conditions read of one lead: its fields, its source's kind and its tags."""

    fields: Mapping[LeadField, Any]
    custom_fields: Mapping[str, Any]

    @classmethod
    def of(cls, lead: Any, *, source_kind: str | None, tags: Sequence[str] = ()) -> "Facts":
        """``lead``: a Lead, or a row holding its ``COLUMNS`` and ``custom_fields``."""
        fields = {field: getattr(lead, column) for field, column in COLUMNS.items()}
        fields[LeadField.SOURCE_KIND] = source_kind
        fields[LeadField.TAGS] = tuple(tags)
        return cls(fields, lead.custom_fields)


async def checked(
    session: AsyncSession,
    condition: Condition,
    where: str,
    *,
    fields: Collection[LeadField] = tuple(LeadField),
    operators: Collection[ConditionOperator] = tuple(ConditionOperator),
) -> Condition:
    """``condition`` as it is kept (values each once, numbers to the cent), or a
    refusal naming ``where`` and the part that is wrong: ``{where}.operator``."""
    if condition.field not in fields:
        raise invalid("This field cannot be asked here.", f"{where}.field")
    kind, choices, key = await _kind_of(session, condition, where)
    if condition.operator not in _OPERATORS[kind] or condition.operator not in operators:
        raise invalid("That comparison does not apply to this field.", f"{where}.operator")
    values = _values(condition, choices, where)
    if kind is _Kind.REFERENCE:
        values = await _references(session, condition.field, values, where)
    number, up_to = _bounds(condition, where)
    return replace(condition, values=values, number=number, up_to=up_to, custom_field_key=key)


async def _kind_of(
    session: AsyncSession, condition: Condition, where: str
) -> tuple[_Kind, tuple[str, ...] | None, str | None]:
    """The kind of the field's values, its choices if closed, and the custom field's key."""
    if condition.field is not LeadField.CUSTOM:
        if condition.custom_field_key is not None:
            raise invalid("Only a CUSTOM field names a custom field.", f"{where}.customFieldKey")
        return _KINDS.get(condition.field, _Kind.TEXT), _CHOICES.get(condition.field), None
    definition = await session.scalar(
        select(CustomFieldDefinition).where(
            CustomFieldDefinition.key == (condition.custom_field_key or "").strip()
        )
    )
    if definition is None:
        raise not_found("custom field", f"{where}.customFieldKey")
    if definition.type is FieldType.NUMBER:
        return _Kind.NUMBER, None, definition.key
    if definition.type is FieldType.CHOICE:
        return _Kind.CHOICE, tuple(definition.choices), definition.key
    if definition.type is FieldType.BOOLEAN:
        return _Kind.CHOICE, ("true", "false"), definition.key
    return _Kind.TEXT, None, definition.key


def _values(condition: Condition, choices: tuple[str, ...] | None, where: str) -> tuple[str, ...]:
    field = f"{where}.values"
    if condition.operator not in _TAKES_VALUES:
        if condition.values:
            raise invalid("This comparison takes no values.", field)
        return ()
    if not 1 <= len(condition.values) <= MAX_VALUES:
        raise invalid(f"Give 1 to {MAX_VALUES} values.", field)
    values = [validation.name(value, field, max_length=200) for value in condition.values]
    if choices is not None:
        folded_choices = {choice.casefold() for choice in choices}
        unknown = [value for value in values if value.casefold() not in folded_choices]
        if unknown:
            raise invalid(f"Not a choice of this field: {unknown[0]}.", field)
    # As they were given (conditions compare them case-folded), each once.
    given: dict[str, str] = {}
    for value in values:
        given.setdefault(value.casefold(), value)
    return tuple(given.values())


async def _references(
    session: AsyncSession, field: LeadField, values: tuple[str, ...], where: str
) -> tuple[str, ...]:
    """The ids of the tenant's stages or sources that ``values`` name, as text."""
    table = FunnelStage if field is LeadField.STAGE else Source
    what = "funnel stage" if field is LeadField.STAGE else "source"
    try:
        ids = {uuid.UUID(value) for value in values}
    except ValueError:
        raise not_found(what, f"{where}.values") from None
    found = set(await session.scalars(select(table.id).where(table.id.in_(ids))))
    if found != ids:
        raise not_found(what, f"{where}.values")
    return tuple(sorted(str(id_) for id_ in ids))


def _bounds(condition: Condition, where: str) -> tuple[Decimal | None, Decimal | None]:
    """The condition's number, and its upper bound for BETWEEN, to the cent."""
    if condition.operator not in _BOUNDED:
        if condition.number is not None:
            raise invalid("This comparison takes no number.", f"{where}.number")
        return None, None
    number = _bound(condition.number, f"{where}.number")
    if condition.operator is not ConditionOperator.BETWEEN:
        if condition.up_to is not None:
            raise invalid("Only BETWEEN takes an upper bound.", f"{where}.upTo")
        return number, None
    up_to = _bound(condition.up_to, f"{where}.upTo")
    if up_to < number:
        raise invalid("The upper bound is below the number.", f"{where}.upTo")
    return number, up_to


def _bound(number: Decimal | None, field: str) -> Decimal:
    if number is None or not number.is_finite() or abs(number) >= MAX_NUMBER:
        raise invalid("Give a number to compare with.", field)
    return number.quantize(Decimal("0.01"))


Predicate = Callable[[Facts], bool]


def predicate(condition: Condition) -> Predicate:
    """``condition`` as a test of a lead's facts, its values folded once: for
    asking it of many leads."""
    read = _reader(condition)
    operator = condition.operator
    if operator is ConditionOperator.IS_SET:
        return lambda facts: bool(_texts(read(facts)))
    if operator is ConditionOperator.IS_NOT_SET:
        return lambda facts: not _texts(read(facts))
    if operator in _BOUNDED:
        within = _within(condition)
        return lambda facts: within(_number(read(facts)))
    wanted = frozenset(value.casefold() for value in condition.values)
    if operator is ConditionOperator.CONTAINS:
        return lambda facts: any(part in text for text in _texts(read(facts)) for part in wanted)
    found: Predicate
    if condition.field is LeadField.TAGS:
        found = lambda facts: not wanted.isdisjoint(_texts(read(facts)))  # noqa: E731
    else:  # one value: no tuple of texts to make
        found = lambda facts: (value := read(facts)) not in _UNSET and _text(value) in wanted  # noqa: E731
    if operator is ConditionOperator.IS_ONE_OF:
        return found
    return lambda facts: not found(facts)


def all_of(tests: Sequence[Predicate]) -> Predicate:
    """Whether every one of ``tests`` holds (so, for none), asked in order until
    one does not: a chain of calls, cheaper per lead than a loop over the tests."""
    return _chained(tests, _both, none_hold=True)


def any_of(tests: Sequence[Predicate]) -> Predicate:
    """Whether one of ``tests`` holds (not so, for none), asked in order until one does."""
    return _chained(tests, _either, none_hold=False)


def _chained(
    tests: Sequence[Predicate],
    link: Callable[[Predicate, Predicate], Predicate],
    *,
    none_hold: bool,
) -> Predicate:
    if not tests:
        return lambda facts: none_hold
    chained = tests[-1]
    for test in reversed(tests[:-1]):
        chained = link(test, chained)
    return chained


def _both(first: Predicate, then: Predicate) -> Predicate:
    return lambda facts: first(facts) and then(facts)


def _either(first: Predicate, otherwise: Predicate) -> Predicate:
    return lambda facts: first(facts) or otherwise(facts)


def _reader(condition: Condition) -> Callable[[Facts], Any]:
    if condition.field is LeadField.CUSTOM:
        key = condition.custom_field_key or ""
        return lambda facts: facts.custom_fields.get(key)
    field = condition.field
    return lambda facts: facts.fields.get(field)


_UNSET = (None, "")


def _texts(value: Any) -> tuple[str, ...]:
    """A value as the texts it is compared by: none if unset, each tag of tags."""
    if value in _UNSET:
        return ()
    if isinstance(value, tuple):
        return tuple(_text(item) for item in value)
    return (_text(value),)


def _within(condition: Condition) -> Callable[[int | Decimal | None], bool]:
    """Whether a number is within the condition's bounds, both included."""
    lower, upper = condition.number, condition.up_to
    if condition.operator is ConditionOperator.AT_MOST:
        lower, upper = None, condition.number
    return lambda number: (
        number is not None
        and (lower is None or number >= lower)
        and (upper is None or number <= upper)
    )


def _number(value: Any) -> int | Decimal | None:
    """A number, exact (booleans are ints in Python, and no number)."""
    if type(value) in (int, Decimal):  # most: a score, an amount
        return value  # type: ignore[no-any-return]
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return Decimal(str(value))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).casefold()
