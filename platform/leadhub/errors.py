"""The base of every domain's expected failures: data for the caller, not bugs."""

from dataclasses import dataclass
from enum import StrEnum


class CommonErrorCode(StrEnum):
    """Codes every domain's error enum has too, for refusals any operation can meet:
    an input that is not valid, and an id that names nothing the caller may see."""

    INVALID = "invalid"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an operation's input, or one reason it was refused."""

    code: StrEnum
    message: str
    field: str | None = None


class DomainError(Exception):
    """An operation refused for reasons the caller can fix; nothing was written.

    Each domain subclasses it with its own ``code`` enum, which the API exposes
    as a typed user error. It carries every problem found, not only the first.
    """

    def __init__(self, code: StrEnum, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.problems = [Problem(code, message, field)]


def invalid_input(message: str, field: str) -> DomainError:
    return DomainError(CommonErrorCode.INVALID, message, field)


def no_such(what: str, field: str) -> DomainError:
    """The one refusal for an id that names nothing the caller may see."""
    return DomainError(CommonErrorCode.NOT_FOUND, f"No such {what}.", field)
