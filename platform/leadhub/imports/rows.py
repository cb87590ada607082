"""A row of a file made into an incoming lead, its values checked and normalized
exactly as ``createLead`` does it (``leads.service.plain_values``), or every
reason it cannot be one, each named by the column it comes from.

Everything a row is read against (the tenant's sources, stages, members and
custom fields) is read once into a ``Context``, so reading a row sends no
statement: a preview and each chunk of an import read many.
"""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from leadhub import contact, written
from leadhub.errors import DomainError
from leadhub.imports.files import Row
from leadhub.imports.mapping import ColumnTargets, Field, Target, values_of
from leadhub.leads import custom_fields, funnel, sources, validation
from leadhub.leads.intake import Incoming, Past
from leadhub.leads.service import LeadFields, plain_values
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.text import folded, multi_line
from leadhub.work import UnitOfWork

T = TypeVar("T")

MAX_NOTE_LENGTH = 5000
# The fields ``plain_values`` names its problems by, and the targets that fill them.
_FIELD_OF_PROBLEM = {
    "name": Field.NAME,
    "email": Field.EMAIL,
    "phone": Field.PHONE,
    "title": Field.TITLE,
    "company": Field.COMPANY,
    "website": Field.WEBSITE,
    "country": Field.COUNTRY,
    "region": Field.REGION,
    "industry": Field.INDUSTRY,
    "expectedValue": Field.EXPECTED_VALUE,
    "tags": Field.TAGS,
}
_NAMES = (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME)
_PAST = (Field.CREATED_AT, Field.STAGE, Field.CLOSED_AT, Field.WON_AMOUNT, Field.LOST_REASON)


@dataclass(frozen=True)
class Context:
    """What rows are read against, read once for many."""

    headers: Sequence[str]
    mapping: ColumnTargets
    default_region: str | None
    zone: ZoneInfo
    source_ids: dict[str, uuid.UUID]  # by folded name
    stage_ids: dict[str, uuid.UUID]  # by ``funnel.stage_key``
    member_ids: dict[str, uuid.UUID]  # by email
    custom: custom_fields.TextReader

    @classmethod
    async def load(
        cls,
        work: UnitOfWork[InTenant],
        headers: Sequence[str],
        mapping: ColumnTargets,
    ) -> "Context":
        tenant = await tenants.current_tenant(work)
        zone = ZoneInfo(tenant.time_zone)
        return cls(
            headers=headers,
            mapping=mapping,
            default_region=tenant.default_region,
            zone=zone,
            source_ids=await sources.listable_ids_by_name(work),
            stage_ids=await funnel.stage_ids_by_name(work),
            member_ids=await tenants.member_ids_by_email(work),
            custom=await custom_fields.text_reader(work),
        )

    def header_of(self, target: Target) -> str:
        """The column that fills the target, as the file names it."""
        for header, mapped in zip(self.headers, self.mapping, strict=True):
            if mapped == target:
                return header
        return str(target)


@dataclass(frozen=True)
class Read:
    """A row read: its line, its cells, and the lead it brings."""

    line: int
    cells: tuple[str, ...]
    lead: Incoming


@dataclass(frozen=True)
class Unreadable:
    """A row that cannot be a lead, and every reason why."""

    line: int
    cells: tuple[str, ...]
    reason: str


def read(row: Row, context: Context) -> Read | Unreadable:
    """The row's lead, or every reason the row cannot be one."""
    if row.problem is not None:
        return Unreadable(row.line, row.cells, row.problem)
    width = len(context.mapping)
    if any(cell.strip() for cell in row.cells[width:]):
        return Unreadable(
            row.line,
            row.cells,
            f"The row has {len(row.cells)} values and the header {width} columns:"
            " a value holding the delimiter must be quoted.",
        )
    cells = _Cells(values_of(row.cells, context.mapping), context)
    lead_fields = LeadFields(
        name=_name(cells) or "",
        email=cells.text(Field.EMAIL),
        phone=cells.text(Field.PHONE),
        title=cells.text(Field.TITLE),
        company=cells.text(Field.COMPANY),
        website=cells.text(Field.WEBSITE),
        country=cells.text(Field.COUNTRY),
        region=cells.text(Field.REGION),
        industry=cells.text(Field.INDUSTRY),
        company_size=cells.read(Field.COMPANY_SIZE, validation.company_size),
        expected_value=cells.read(Field.EXPECTED_VALUE, written.amount),
        tags=tuple(_tags(cells.text(Field.TAGS))),
    )
    values: dict[str, Any] = {}
    tags: list[str] = []
    if not lead_fields.name:
        cells.reasons.append("The row has no name, company or email to call the lead by.")
    else:
        try:
            values, tags = plain_values(lead_fields, context.default_region)
        except DomainError as error:
            cells.reasons.extend(_reasons(error, context))
    values["source_id"] = cells.read(Field.SOURCE, partial(_source, context=context))
    values["owner_id"] = cells.read(Field.OWNER, partial(_member, context=context))
    values["custom_fields"] = _custom_values(cells)
    lead = Incoming(
        values=values,
        tags=tags,
        external_id=cells.read(
            Field.EXTERNAL_ID, partial(validation.name, field="externalId", max_length=200)
        ),
        note=cells.read(Field.COMMENT, _note),
        past=_past(cells),
        name_given=any(cells.text(field) for field in _NAMES),
    )
    if cells.reasons:
        return Unreadable(row.line, row.cells, " ".join(cells.reasons))
    return Read(row.line, row.cells, lead)


class _Cells:
    """A row's values by target, read one at a time; what was wrong is kept."""

    def __init__(self, given: dict[Target, str], context: Context) -> None:
        self.given = given
        self.context = context
        self.reasons: list[str] = []

    def text(self, field: Field) -> str | None:
        return self.given.get(Target(field))

    def read(self, field: Field, parse: Callable[[str], T]) -> T | None:
        return self.read_target(Target(field), parse)

    def read_target(self, target: Target, parse: Callable[[str], T]) -> T | None:
        """The target's value as ``parse`` reads it; None if the row has none, or if
        it cannot be read, which is kept, named by its column."""
        text = self.given.get(target)
        if text is None:
            return None
        try:
            return parse(text)
        except (ValueError, ArithmeticError, DomainError) as error:
            # Ours say what is wrong; a library's own (a number too long for int()) may
            # not, and must not fail more than the row.
            message = (
                error.message
                if isinstance(error, DomainError)
                else str(error)
                if isinstance(error, written.UnreadableValue)
                else f"{text[:50]!r} cannot be read."
            )
            self.reasons.append(f"{self.context.header_of(target)}: {message}")
            return None


def _name(cells: _Cells) -> str | None:
    """The lead's name: its column's, else the first and last names, else its
    company's (a lead may be a company), else its email address."""
    parts = (cells.text(Field.FIRST_NAME), cells.text(Field.LAST_NAME))
    whole = " ".join(part for part in parts if part)
    return cells.text(Field.NAME) or whole or cells.text(Field.COMPANY) or cells.text(Field.EMAIL)


def _tags(text: str | None) -> list[str]:
    if text is None:
        return []
    return [tag for tag in text.replace(";", ",").split(",") if tag.strip()]


def _reasons(error: DomainError, context: Context) -> list[str]:
    """The error's problems, each named by the column its field comes from."""
    return [
        f"{_column(problem.field or '', context)}: {problem.message}" for problem in error.problems
    ]


def _column(field: str, context: Context) -> str:
    """The column that fills a field as the leads domain names it ("customFields.budget")."""
    if field.startswith(CUSTOM_FIELDS):
        return context.header_of(Target(Field.CUSTOM, field.removeprefix(CUSTOM_FIELDS)))
    known = _FIELD_OF_PROBLEM.get(field)
    return context.header_of(Target(known)) if known is not None else field


CUSTOM_FIELDS = "customFields."


def _source(name: str, context: Context) -> uuid.UUID:
    source_id = context.source_ids.get(folded(name))
    if source_id is None:
        raise written.UnreadableValue(
            f"No source a list can name is called {name!r}: add it, or map no source."
        )
    return source_id


def _member(email: str, context: Context) -> uuid.UUID:
    try:
        address = contact.normalize_email(email)
    except contact.InvalidContact as error:
        raise written.UnreadableValue(str(error)) from None
    user_id = context.member_ids.get(address)
    if user_id is None:
        raise written.UnreadableValue(f"{email} is not a member: invite them, or map no owner.")
    return user_id


def _note(text: str) -> str:
    cleaned = multi_line(text, MAX_NOTE_LENGTH)
    if cleaned is None:
        raise written.UnreadableValue(f"A comment is 1 to {MAX_NOTE_LENGTH} characters.")
    return cleaned


def _custom_values(cells: _Cells) -> dict[str, object]:
    reader = cells.context.custom
    values = {
        target.custom_key: cells.read_target(target, partial(reader.value, target.custom_key))
        for target in cells.given
        if target.field is Field.CUSTOM and target.custom_key is not None
    }
    try:
        return reader.checked(values)
    except DomainError as error:
        cells.reasons.extend(_reasons(error, cells.context))
        return {}


def _past(cells: _Cells) -> Past | None:
    """Where the lead stood in the CRM it comes from, if the row says."""
    if not any(cells.text(field) for field in _PAST):
        return None
    zone = cells.context.zone
    return Past(
        created_at=cells.read(Field.CREATED_AT, partial(written.moment, zone=zone)),
        stage_id=cells.read(Field.STAGE, partial(_stage, context=cells.context)),
        closed_at=cells.read(Field.CLOSED_AT, partial(written.moment, zone=zone)),
        won_amount=cells.read(
            Field.WON_AMOUNT, lambda text: validation.amount(written.amount(text), "wonAmount")
        ),
        lost_reason=cells.read(
            Field.LOST_REASON, partial(validation.name, field="lostReason", max_length=500)
        ),
    )


def _stage(name: str, context: Context) -> uuid.UUID:
    stage_id = context.stage_ids.get(funnel.stage_key(name))
    if stage_id is None:
        raise written.UnreadableValue(f"No stage is called {name!r}.")
    return stage_id
