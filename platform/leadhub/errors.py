"""The base of every domain's expected failures: data for the caller, not bugs."""

from enum import StrEnum


class DomainError(Exception):
    """An operation refused for a reason the caller can fix; nothing was written.

    Each domain subclasses it with its own ``code`` enum, which the API exposes
    as a typed user error.
    """

    def __init__(self, code: StrEnum, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
