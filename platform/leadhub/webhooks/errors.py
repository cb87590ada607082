"""Why saving or using a webhook endpoint was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class WebhookErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    TOO_MANY = "too_many"  # endpoints of one tenant


class WebhookError(DomainError):
    code: WebhookErrorCode


def invalid(message: str, field: str) -> WebhookError:
    return WebhookError(WebhookErrorCode.INVALID, message, field)
