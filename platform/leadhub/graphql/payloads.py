"""Mutation payloads, built one way for every mutation.

A mutation hands ``respond`` (or, if partners' clients may call it,
``respond_in_tenant``) its operation and how to present the result. The
operation runs in the request's unit of work, in a transaction of its own; a
refusal rolls it back and becomes the payload the mutation declares, with one
typed error (field, code, message) for every problem found, of the error type
its ``errors`` field declares.
"""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from strawberry.types.base import StrawberryList, get_object_definition

from leadhub.errors import DomainError
from leadhub.graphql.context import Info
from leadhub.principal import InTenant, Member
from leadhub.work import UnitOfWork

T = TypeVar("T")
P = TypeVar("P")


async def respond(
    info: Info,
    operation: Callable[[UnitOfWork[Member]], Awaitable[T]],
    succeeded: Callable[[T], P],
) -> P:
    """The payload of ``operation`` run as the request's member."""
    return answer(info, await info.context.run(operation), succeeded)


async def respond_in_tenant(
    info: Info,
    operation: Callable[[UnitOfWork[InTenant]], Awaitable[T]],
    succeeded: Callable[[T], P],
) -> P:
    """The payload of ``operation`` run as the request's member or partner's client."""
    return answer(info, await info.context.run_in_tenant(operation), succeeded)


def answer(info: Info, result: T | DomainError, succeeded: Callable[[T], P]) -> P:
    """The payload for an operation's result, or for its refusal."""
    if isinstance(result, DomainError):
        refused: P = refusal(info, result)
        return refused
    return succeeded(result)


def refusal(info: Info, error: DomainError) -> Any:
    """The field's payload type, holding every problem of ``error``."""
    payload_type: Any = info.return_type
    definition = get_object_definition(payload_type, strict=True)
    errors_field = definition.get_field("errors")
    if errors_field is None or not isinstance(errors_field.type, StrawberryList):
        raise TypeError(f"{definition.name} has no list of errors")
    error_type: Any = errors_field.type.of_type
    return payload_type(
        errors=[
            error_type(field=problem.field, code=problem.code, message=problem.message)
            for problem in error.problems
        ]
    )
