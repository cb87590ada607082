"""Execution with a short way through the fields that only read an attribute.

A page of leads completes hundreds of fields like ``name`` or ``kind``: each
reads an attribute of its object and coerces it to a scalar or enum. graphql-core
builds a resolve info for each and strawberry calls its resolver wrapper, which
together cost more than the read. Here such a field is read and coerced directly;
anything unusual (a missing attribute, null for a non-null field, a value the
type cannot coerce) takes the ordinary way, so that its error is GraphQL's own.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined, UndefinedType
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    is_leaf_type,
)


@dataclass(frozen=True)
class _PlainLeaf:
    """A field that returns its object's attribute as a scalar or enum."""

    read: Callable[[Any, str], object]  # strawberry's default resolver: getattr
    attribute: str
    type: GraphQLLeafType
    non_null: bool


def _plain_leaf(field: GraphQLField) -> _PlainLeaf | None:
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    # Strawberry gives a field without resolver, extension or exception handler
    # this resolver, which reads the attribute and nothing else.
    if not isinstance(definition, StrawberryField) or field.args:
        return None
    if getattr(field.resolve, "__name__", None) != "_get_basic_result":
        return None
    non_null = isinstance(field.type, GraphQLNonNull)
    leaf = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    if not is_leaf_type(leaf):
        return None
    return _PlainLeaf(definition.default_resolver, definition.python_name, leaf, non_null)


_NO_LEAVES: dict[str, _PlainLeaf] = {}


@functools.lru_cache(maxsize=8)  # one schema serves; tests build a few
def _plain_leaves(schema: GraphQLSchema) -> dict[GraphQLObjectType, dict[str, _PlainLeaf]]:
    """The plain leaf fields of each object type, by field name."""
    found: dict[GraphQLObjectType, dict[str, _PlainLeaf]] = {}
    for named in schema.type_map.values():
        if isinstance(named, GraphQLObjectType):
            fields = {name: leaf for name, f in named.fields.items() if (leaf := _plain_leaf(f))}
            found[named] = fields
    return found


class LeadhubExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        middleware = self.middleware_manager
        # Middleware (an extension's resolve hook) wraps every field: none may be skipped.
        self._plain_leaves = (
            _plain_leaves(self.schema) if middleware is None or not middleware.middlewares else {}
        )

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any] | UndefinedType:
        leaves = self._plain_leaves.get(parent_type, _NO_LEAVES)
        plain = leaves.get(field_details_list[0].node.name.value)
        if plain is not None:
            completed = self._completed(plain, source)
            if completed is not Undefined:
                return completed
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _completed(self, plain: _PlainLeaf, source: Any) -> Any:
        """The field's value as the ordinary way completes it, or Undefined for
        anything that way must handle (to raise its error)."""
        try:
            value = plain.read(source, plain.attribute)
            if value is None:
                return Undefined if plain.non_null else None
            if isinstance(value, Exception) or self.is_awaitable(value):
                return Undefined
            return self.complete_leaf_value(plain.type, value)
        except Exception:  # the ordinary way reports it
            return Undefined
