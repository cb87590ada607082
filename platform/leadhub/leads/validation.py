"""Checks on what people type into the leads domain, as typed errors."""

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.leads.errors import LeadError, LeadErrorCode, invalid
from leadhub.leads.models import FunnelStage, ScoringRule, Source
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
