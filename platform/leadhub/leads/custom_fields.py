"""Fields a tenant adds to its leads, and the typed values leads carry in them."""

import math
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from leadhub import written
from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads import validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import CustomFieldDefinition, FieldType, Lead, ScoringRule
from leadhub.principal import InTenant
from leadhub.text import folded, multi_line
from leadhub.work import UnitOfWork

_KEY = re.compile(r"[a-z][a-z0-9_]{0,49}")
MAX_CHOICES = 100
MAX_TEXT_LENGTH = 2000
MAX_VALUES = 200  # custom values one lead may be given at once
# Numbers are kept as JSON, read back as doubles: beyond 10^15 they lose digits.
MAX_NUMBER = 10**15


@dataclass(frozen=True)
class FieldDefinition:
    key: str
    label: str
    type: FieldType
    choices: tuple[str, ...] = ()
    required: bool = False


def definitions(tenant_id: uuid.UUID) -> Select[CustomFieldDefinition]:
    return select(CustomFieldDefinition).where(CustomFieldDefinition.tenant_id == tenant_id)


async def define(work: UnitOfWork[InTenant], definition: FieldDefinition) -> CustomFieldDefinition:
    session = work.session
    problems = Problems()
    taken = LeadError(LeadErrorCode.NAME_TAKEN, "Another field has that key.", "key")
    key = definition.key.strip()
    if not _KEY.fullmatch(key):
        problems.add(invalid("A key is a-z, then up to 49 of a-z, 0-9 and _.", "key"))
    elif await session.scalar(
        select(CustomFieldDefinition.id).where(CustomFieldDefinition.key == key)
    ):
        problems.add(taken)
    with problems:
        label = validation.name(definition.label, "label")
    with problems:
        choices = _choices(definition)
    problems.raise_if_any()
    field = CustomFieldDefinition(
        key=key, label=label, type=definition.type, choices=choices, required=definition.required
    )
    session.add(field)
    await flush_or_refuse(session, taken)
    return field


async def change(
    work: UnitOfWork[InTenant],
    field_id: uuid.UUID,
    *,
    label: str | None = None,
    choices: Sequence[str] | None = None,
    required: bool | None = None,
) -> CustomFieldDefinition:
    """Relabel a field, change a choice field's choices, or whether it is required;
    what is None stays. Its key and type stay: leads and rules refer to them. A
    choice leads have can't be taken away, and a field made required is asked of
    leads written from now on (those without a value keep none)."""
    session = work.session
    field = await session.get(CustomFieldDefinition, (work.tenant_id, field_id))
    if field is None:
        raise not_found("custom field", "fieldId")
    problems = Problems()
    if label is not None:
        with problems:
            field.label = validation.name(label, "label")
    if choices is not None:
        with problems:
            kept = _choices(_with_choices(field, choices))
            await _check_choices_unused(work, field, set(field.choices) - set(kept))
            field.choices = kept
    problems.raise_if_any()
    if required is not None:
        field.required = required
    return field


def _with_choices(field: CustomFieldDefinition, choices: Sequence[str]) -> FieldDefinition:
    return FieldDefinition(field.key, field.label, field.type, tuple(choices), field.required)


async def _check_choices_unused(
    work: UnitOfWork[InTenant], field: CustomFieldDefinition, taken_away: set[str]
) -> None:
    if not taken_away:
        return
    value = Lead.custom_fields[field.key].as_string()
    in_use = await work.session.scalar(select(value).where(value.in_(taken_away)).limit(1))
    if in_use is not None:
        raise LeadError(
            LeadErrorCode.CHOICE_IN_USE, f"Leads have the choice {in_use}: keep it.", "choices"
        )


async def remove(work: UnitOfWork[InTenant], field_id: uuid.UUID) -> CustomFieldDefinition:
    """Remove a field no lead has a value in and no scoring rule looks at."""
    session = work.session
    field = await session.get(CustomFieldDefinition, (work.tenant_id, field_id))
    if field is None:
        raise not_found("custom field", "fieldId")
    rule = await session.scalar(
        select(ScoringRule.name).where(ScoringRule.custom_field_key == field.key).limit(1)
    )
    if rule is not None:
        raise LeadError(
            LeadErrorCode.FIELD_IN_USE, f"The scoring rule {rule} looks at this field.", "fieldId"
        )
    in_use = await session.scalar(
        select(Lead.id).where(Lead.custom_fields[field.key].as_string().is_not(None)).limit(1)
    )
    if in_use is not None:
        raise LeadError(LeadErrorCode.FIELD_IN_USE, "Leads have values in this field.", "fieldId")
    await session.delete(field)
    return field


async def checked_values(work: UnitOfWork[InTenant], values: dict[str, Any]) -> dict[str, Any]:
    """The values as stored: every key defined, every value of its field's type,
    every required field present. Unset (null) values are left out."""
    return typed_values(await rules(work), values)


@dataclass(frozen=True)
class FieldRules:
    """What checking a value of a custom field needs of its definition, as plain
    values: kept for many leads, and sent to the process that reads an import."""

    key: str
    label: str
    type: FieldType
    choices: tuple[str, ...]
    required: bool

    @classmethod
    def of(cls, field: CustomFieldDefinition) -> "FieldRules":
        return cls(field.key, field.label, field.type, tuple(field.choices), field.required)


async def rules(work: UnitOfWork[InTenant]) -> list[FieldRules]:
    """The tenant's custom fields, as ``typed_values`` checks values against them."""
    return [
        FieldRules.of(field) for field in await work.session.scalars(select(CustomFieldDefinition))
    ]


def typed_values(definitions: Sequence[FieldRules], values: dict[str, Any]) -> dict[str, Any]:
    """``checked_values`` against the tenant's ``definitions``, read once for many leads."""
    given = {key: value for key, value in values.items() if value is not None}
    if len(given) > MAX_VALUES:
        raise invalid(f"Give at most {MAX_VALUES} custom values.", "customFields")
    fields = {field.key: field for field in definitions}
    problems = Problems()
    for key in sorted(given.keys() - fields.keys()):
        problems.add(invalid(f"No custom field has the key {key!r}.", f"customFields.{key}"))
    for field in fields.values():
        if field.required and field.key not in given:
            problems.add(invalid(f"{field.label} is required.", f"customFields.{field.key}"))
    typed = {}
    for key, value in sorted(given.items()):
        if key in fields:
            with problems:
                typed[key] = _typed(fields[key], value)
    problems.raise_if_any()
    return typed


class TextReader:
    """Custom field values as a list writes them, in text, read in the types of the
    tenant's fields: numbers and dates as people write them, yes and no in English
    or Norwegian, a choice whatever its case and accents."""

    def __init__(self, definitions: Sequence[FieldRules]) -> None:
        self.definitions = list(definitions)
        self._fields = {field.key: field for field in definitions}

    def value(self, key: str, text: str) -> Any:
        """The value for ``checked``, or an error naming the field."""
        field = self._fields.get(key)
        if field is None:
            raise invalid(f"No custom field has the key {key!r}.", f"customFields.{key}")
        try:
            return self._read(field, text)
        except written.UnreadableValue as error:
            raise invalid(str(error), f"customFields.{key}") from None

    def checked(self, values: dict[str, Any]) -> dict[str, Any]:
        return typed_values(self.definitions, values)

    def _read(self, field: FieldRules, text: str) -> Any:
        match field.type:
            case FieldType.NUMBER:
                number = written.amount(text)
                if abs(number) > MAX_NUMBER:  # before int(), which takes long on 1e400000
                    raise written.UnreadableValue(f"{text!r} is over {MAX_NUMBER:,}.")
                return int(number) if number == number.to_integral_value() else float(number)
            case FieldType.BOOLEAN:
                word = text.strip().casefold()
                if word not in _YES | _NO:
                    raise written.UnreadableValue(f"{text!r} is neither yes nor no.")
                return word in _YES
            case FieldType.DATE:
                return written.day(text).isoformat()
            case FieldType.CHOICE:
                return {folded(choice): choice for choice in field.choices}.get(folded(text), text)
            case _:
                return text


# What people write for yes and no.
_YES = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "sant"})
_NO = frozenset({"no", "n", "false", "0", "nei", "usant"})


async def labels(work: UnitOfWork[InTenant]) -> dict[str, str]:
    """Each custom field's label, by its key."""
    rows = await work.session.execute(
        select(CustomFieldDefinition.key, CustomFieldDefinition.label)
    )
    return {key: label for key, label in rows}


async def text_reader(work: UnitOfWork[InTenant]) -> TextReader:
    return TextReader(await rules(work))


def _choices(definition: FieldDefinition) -> list[str]:
    if definition.type is not FieldType.CHOICE:
        if definition.choices:
            raise invalid("Only a choice field has choices.", "choices")
        return []
    many = f"Give 1 to {MAX_CHOICES} different choices."
    if not 1 <= len(definition.choices) <= MAX_CHOICES:
        raise invalid(many, "choices")
    choices = [validation.name(choice, "choices") for choice in definition.choices]
    if len(set(choices)) != len(choices):
        raise invalid(many, "choices")
    return choices


def _typed(field: FieldRules, value: Any) -> Any:
    typed = _CONVERSIONS[field.type](field, value)
    if typed is None:
        kind = _KINDS.get(field.type, f"a {field.type.value} value")
        raise invalid(f"{field.label} takes {kind}.", f"customFields.{field.key}")
    return typed


_KINDS = {FieldType.NUMBER: f"a number from -{MAX_NUMBER:,} to {MAX_NUMBER:,}"}


def _is_number(value: Any) -> bool:
    # JSON numbers only: booleans are ints in Python, and NaN is no number. An int
    # is compared as it is: one of 400 digits has no float to convert to.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return (isinstance(value, int) or math.isfinite(value)) and abs(value) <= MAX_NUMBER


def _date(value: Any) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


# Each type's stored form of a value, or None when the value is not of the type.
_CONVERSIONS: dict[FieldType, Callable[[FieldRules, Any], Any]] = {
    FieldType.TEXT: lambda _, value: (
        multi_line(value, MAX_TEXT_LENGTH) if isinstance(value, str) else None
    ),
    FieldType.NUMBER: lambda _, value: value if _is_number(value) else None,
    FieldType.BOOLEAN: lambda _, value: value if isinstance(value, bool) else None,
    FieldType.DATE: lambda _, value: _date(value),
    FieldType.CHOICE: lambda field, value: value if value in field.choices else None,
}
