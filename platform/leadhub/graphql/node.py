"""Global ids: opaque ``Type:uuid`` strings, and loading nodes by them."""

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import strawberry
from sqlalchemy import Select, select
from strawberry import relay

from leadhub.errors import Problems, no_such
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.permissions import IsTenantMember
from leadhub.public_ids import public_id

NodeT = TypeVar("NodeT")


def global_id(type_name: str, id_: uuid.UUID) -> str:
    # What str(relay.GlobalID(...)) gives, without building one: pages encode hundreds.
    return public_id(type_name, id_)


def global_id_field() -> Any:
    """Node's ``id`` as a plain field holding the encoded id, set by ``from_model``,
    instead of Node's resolver: a page of leads shows some two hundred ids, and
    resolving each costs as much as two plain fields."""
    return strawberry.field(
        name="id", graphql_type=relay.GlobalID, description="The Globally Unique ID of this object"
    )


def decode_id(value: str, type_name: str) -> uuid.UUID | None:
    """The row id inside a global id of the given type, or None if it is not one."""
    try:
        decoded = relay.GlobalID.from_id(value)
        return uuid.UUID(decoded.node_id) if decoded.type_name == type_name else None
    except (ValueError, relay.GlobalIDValueError):
        return None


def row_id(value: str, type_name: str, field: str) -> uuid.UUID:
    """The row id inside a mutation's global id argument, or NOT_FOUND for ``field``:
    the same refusal a service gives for an id that names nothing."""
    decoded = decode_id(value, type_name)
    if decoded is None:
        raise no_such(in_words(type_name), field)
    return decoded


def argument_row_id(value: str, type_name: str, field: str | None = None) -> uuid.UUID:
    """The row id inside a query's global id argument, or a malformed argument that
    names ``field``: a query answers what it can read, and has no payload of errors."""
    decoded = decode_id(value, type_name)
    if decoded is None:
        raise UserInputError(f"No such {in_words(type_name)}.", field=field)
    return decoded


def optional_row_id(value: str | None, type_name: str, field: str) -> uuid.UUID | None:
    return None if value is None else row_id(value, type_name, field)


def checked_row_id(
    problems: Problems, value: str | None, type_name: str, field: str
) -> uuid.UUID | None:
    """``optional_row_id``, or None with the fault kept in ``problems``: the service
    then checks the rest of the input, and the refusal names every fault."""
    with problems:
        return optional_row_id(value, type_name, field)
    return None


def row_ids(values: Sequence[str], type_name: str, field: str) -> list[uuid.UUID]:
    """The row ids of a list argument; NOT_FOUND names each bad one by its place."""
    problems = Problems()
    ids = [
        checked_row_id(problems, value, type_name, f"{field}.{at}")
        for at, value in enumerate(values)
    ]
    problems.raise_if_any()
    return [id_ for id_ in ids if id_ is not None]


# A User id in a mutation always names a member of the tenant (an owner, a teammate).
_WORDS = {"User": "member"}


def in_words(type_name: str) -> str:
    """FunnelStage -> funnel stage, as services name what they did not find."""
    return _WORDS.get(type_name) or re.sub(r"(?<!^)(?=[A-Z])", " ", type_name).lower()


def _node_row_ids(node_ids: Iterable[str]) -> list[uuid.UUID | None]:
    ids: list[uuid.UUID | None] = []
    for node_id in node_ids:
        try:
            ids.append(uuid.UUID(node_id))
        except ValueError:
            ids.append(None)
    return ids


async def resolve_nodes(
    info: Info,
    node_ids: Iterable[str],
    statement: Callable[[list[uuid.UUID]], Select[Any]],
    to_node: Callable[[Any], NodeT],
    permission: type[IsTenantMember] = IsTenantMember,
) -> list[NodeT | None]:
    """Load nodes with one query, in the order asked; what is not visible is None.

    The request's session is tenant-scoped, so another tenant's ids find nothing;
    ``permission`` is the one the type's list fields declare, so an id cannot
    reach what a listing would refuse.
    """
    ids = _node_row_ids(node_ids)
    if not permission.admits(info.context):
        return [None for _ in ids]
    wanted = [id_ for id_ in ids if id_ is not None]
    rows: Iterable[Any] = await info.context.session.scalars(statement(wanted)) if wanted else []
    found = {row.id: row for row in rows}
    return [to_node(found[id_]) if id_ in found else None for id_ in ids]


def by_ids(model: Any) -> Callable[[list[uuid.UUID]], Select[Any]]:
    return lambda ids: select(model).where(model.id.in_(ids))
