"""Partial inputs, for updates: a field the client leaves out stays as it is.

Each field of such an input is a ``strawberry.Maybe[T | None]``: left out, it is
None; sent, a ``Some`` holding the value, null included. A null clears a value,
except in a field declared with ``kept``: that one can be changed but not
cleared, and a null for it is refused as INVALID, like any other bad value (a
``Maybe[T]`` would refuse it too, but as a GraphQL error naming Python types).
GraphQL has no way to write the difference in a schema, so descriptions say it.
"""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from strawberry import Some
from strawberry.types.base import get_object_definition
from strawberry.utils.str_converters import to_camel_case

from leadhub.errors import CommonErrorCode, DomainError, Problems

_KEPT = "leadhub.kept"
T = TypeVar("T")


def kept(description: str | None = None) -> Any:
    """A field of a partial input that can be changed but not cleared."""
    said = "Can't be cleared." if description is None else f"{description} Can't be cleared."
    return strawberry.field(description=said, metadata={_KEPT: True})


def clearable(description: str | None = None) -> Any:
    """A field of a partial input that a null clears."""
    said = "Null clears it." if description is None else f"{description} Null clears it."
    return strawberry.field(description=said)


def given(input: object, problems: Problems) -> dict[str, Any]:
    """The fields of ``input`` the client sent, by Python name, with their values; a
    null for a field that can't be cleared is kept in ``problems`` as INVALID."""
    definition = get_object_definition(input, strict=True)
    sent: dict[str, Any] = {}
    for field in definition.fields:
        value = getattr(input, field.python_name)
        if not isinstance(value, Some):
            continue
        if value.value is None and field.metadata.get(_KEPT):
            name = field.graphql_name or to_camel_case(field.python_name)
            cleared = "This can't be cleared: give a value, or leave it out to keep it."
            problems.add(DomainError(CommonErrorCode.INVALID, cleared, name))
            continue
        sent[field.python_name] = value.value
    return sent


async def applied(input: object, change: Callable[[dict[str, Any]], Awaitable[T]]) -> T:
    """``change`` made with what ``input`` sends; a refusal names the nulls refused
    here together with the change's own faults, and nothing is written."""
    problems = Problems()
    sent = given(input, problems)
    with problems:
        result = await change(sent)
    problems.raise_if_any()
    return result
