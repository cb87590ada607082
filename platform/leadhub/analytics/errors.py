"""Why a KPI or goal was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class AnalyticsErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    NAME_TAKEN = "name_taken"


class AnalyticsError(DomainError):
    code: AnalyticsErrorCode


def invalid(message: str, field: str) -> AnalyticsError:
    return AnalyticsError(AnalyticsErrorCode.INVALID, message, field)
