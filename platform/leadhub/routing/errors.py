"""Why a routing operation was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class RoutingErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    NAME_TAKEN = "name_taken"
    ORDER_MISMATCH = "order_mismatch"


class RoutingError(DomainError):
    code: RoutingErrorCode


def invalid(message: str, field: str) -> RoutingError:
    return RoutingError(RoutingErrorCode.INVALID, message, field)


def not_found(what: str, field: str) -> RoutingError:
    return RoutingError(RoutingErrorCode.NOT_FOUND, f"No such {what}.", field)
