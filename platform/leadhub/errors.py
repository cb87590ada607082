"""The base of every domain's expected failures: data for the caller, not bugs."""

from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from typing import Any


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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole, problems and all (a refusal in a child process comes back
        to the job as itself): the exception's default takes only its message."""
        return (type(self), (self.code, self.message, self.field), self.__dict__)


class Problems:
    """Collects an input's faults, so a refusal names all of them at once.

    Each check runs in its own ``with problems:`` block; a ``DomainError`` there is
    kept and the next check runs. ``raise_if_any`` then raises one error holding
    every problem, or returns if there were none::

        problems = Problems()
        with problems:
            name = validation.name(fields.name, "name")
        with problems:
            cost = validation.amount(fields.cost, "cost")
        problems.raise_if_any()
    """

    def __init__(self) -> None:
        self._found: list[DomainError] = []

    def __enter__(self) -> "Problems":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if isinstance(error, DomainError):
            self._found.append(error)
            return True
        return False

    def add(self, error: DomainError) -> None:
        """Keep a fault found without a check that raised it."""
        self._found.append(error)

    def add_within(self, other: "Problems", prefix: str) -> None:
        """Keep ``other``'s faults, each field named within ``prefix``: the faults of
        one item of a list (``leads.3`` for the fourth lead's)."""
        for error in other._found:
            for problem in error.problems:
                field = f"{prefix}.{problem.field}" if problem.field else prefix
                self._found.append(type(error)(problem.code, problem.message, field))

    def raise_if_any(self) -> None:
        if not self._found:
            return
        first, *others = self._found
        for other in others:
            first.problems.extend(other.problems)
        raise first


def no_such(what: str, field: str) -> DomainError:
    """The one refusal for an id that names nothing the caller may see."""
    return DomainError(CommonErrorCode.NOT_FOUND, f"No such {what}.", field)
