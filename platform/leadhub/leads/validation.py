"""Checks on what people type into the leads domain, as typed errors."""

import re
import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.leads.errors import LeadError, LeadErrorCode, invalid
from leadhub.leads.models import CompanySize, FunnelStage, ScoringRule, Source
from leadhub.text import single_line


def name(value: str, field: str, max_length: int = 100) -> str:
    cleaned = single_line(value, max_length)
    if cleaned is None:
        raise invalid(f"Give 1 to {max_length} printable characters.", field)
    return cleaned


def optional_line(value: str | None, field: str, max_length: int = 200) -> str | None:
    if value is None or not value.strip():
        return None
    return name(value, field, max_length)


def probability(value: Decimal, field: str = "winProbability") -> Decimal:
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(1):
        raise invalid("A probability is between 0 and 1.", field)
    return value.quantize(Decimal("0.0001"))


def amount(value: Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    if not value.is_finite() or value < 0 or value >= Decimal("1e12"):
        raise invalid("Give an amount from 0 to 999,999,999,999.99.", field)
    return value.quantize(Decimal("0.01"))


_SIZE_WORDS = {
    "micro": CompanySize.MICRO,
    "mikro": CompanySize.MICRO,
    "small": CompanySize.SMALL,
    "liten": CompanySize.SMALL,
    "små": CompanySize.SMALL,
    "medium": CompanySize.MEDIUM,
    "mellomstor": CompanySize.MEDIUM,
    "mellomstore": CompanySize.MEDIUM,
    "large": CompanySize.LARGE,
    "stor": CompanySize.LARGE,
    "store": CompanySize.LARGE,
}
# A headcount's digits, grouped by spaces: at most a billion.
_FIRST_NUMBER = re.compile(r"\d(?:[\s\u00a0]?\d){0,9}")


def company_size(text: str, field: str = "companySize") -> CompanySize:
    """A headcount as written ("12", "10-49", "250+", "1 200 ansatte") in its band, or
    a band's name in English or Norwegian ("small", "mellomstor")."""
    written = text.strip().casefold()
    if written in _SIZE_WORDS:
        return _SIZE_WORDS[written]
    found = _FIRST_NUMBER.search(written)
    if found is None:
        raise invalid(
            f"{text!r} is no company size: give the number of employees, or micro, small,"
            " medium or large.",
            field,
        )
    employees = int(re.sub(r"\D", "", found.group()))
    if employees < 10:
        return CompanySize.MICRO
    if employees < 50:
        return CompanySize.SMALL
    if employees < 250:
        return CompanySize.MEDIUM
    return CompanySize.LARGE


_SYSTEM = re.compile(r"[a-z0-9][a-z0-9_.-]{0,49}")


def system(value: str, field: str) -> str:
    """The name of a system leads have ids in (a partner's, a CRM's), folded."""
    name = value.strip().casefold()
    if not _SYSTEM.fullmatch(name):
        raise invalid("A system is 1 to 50 of a-z, 0-9, _ . -", field)
    return name


def taken(what: str, field: str) -> LeadError:
    return LeadError(LeadErrorCode.NAME_TAKEN, f"Another {what} has that name.", field)


async def free_name(
    session: AsyncSession,
    model: type[FunnelStage | Source | ScoringRule],
    value: str,
    current_id: uuid.UUID | None,
    what: str,
) -> str:
    """``value`` as a name for a ``model`` row (a stage, a source, a rule), cleaned,
    if no other row of the tenant has it."""
    cleaned = name(value, "name")
    clash = await session.scalar(
        select(model.id).where(model.name == cleaned, model.id != current_id)
    )
    if clash is not None:
        raise taken(what, "name")
    return cleaned
