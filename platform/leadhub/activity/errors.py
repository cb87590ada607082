"""Why an activity was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class ActivityErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"


class ActivityError(DomainError):
    code: ActivityErrorCode
