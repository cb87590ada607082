"""Why registering or changing a partner's API client was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class OAuthClientErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    REVOKED = "revoked"  # a revoked client is kept for the record, and changes no more


class OAuthClientError(DomainError):
    code: OAuthClientErrorCode


def invalid(message: str, field: str) -> OAuthClientError:
    return OAuthClientError(OAuthClientErrorCode.INVALID, message, field)
