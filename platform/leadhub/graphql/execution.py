"""Execution with a short way through the fields that only read an attribute.

A page of leads completes hundreds of fields like ``name`` or ``kind``: each
reads an attribute of its object and coerces it to a scalar or enum. graphql-core
builds a resolve info for each and strawberry calls its resolver wrapper, which
together cost more than the read. Here such a field is read and coerced directly;
anything unusual (a missing attribute, null for a non-null field, a value the
type cannot coerce) takes the ordinary way, so that its error is GraphQL's own.

An object asked for only such fields completes to the same answer wherever it
appears in a response, so it is completed once: a page's 50 leads share a few
stages, sources and owners, which would otherwise be completed 150 times. An
object can also hold the values of fields that have resolvers (``FieldsAtHand``:
a page's lead holds its stage, source and owner); where such a value was
completed already, that answer is taken without a resolve info or a resolver
call for each of the 150.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

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
    GraphQLResolveInfo,
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

NOT_AT_HAND = object()  # what ``FieldsAtHand.at_hand`` answers for a value it lacks


class FieldsAtHand(Protocol):
    """An object that may already hold the values of some of its fields that have
    resolvers; each such resolver answers what ``at_hand`` does, when it is at hand."""

    FIELDS_AT_HAND: ClassVar[frozenset[str]]  # by GraphQL name

    def at_hand(self, field: str) -> object:
        """The value of ``field``, or NOT_AT_HAND."""


@functools.lru_cache(maxsize=8)  # one schema serves; tests build a few
def _plain_leaves(schema: GraphQLSchema) -> dict[GraphQLObjectType, dict[str, _PlainLeaf]]:
    """The plain leaf fields of each object type, by field name."""
    found: dict[GraphQLObjectType, dict[str, _PlainLeaf]] = {}
    for named in schema.type_map.values():
        if isinstance(named, GraphQLObjectType):
            fields = {name: leaf for name, f in named.fields.items() if (leaf := _plain_leaf(f))}
            found[named] = fields
    return found


@functools.lru_cache(maxsize=8)
def _fields_at_hand(schema: GraphQLSchema) -> dict[GraphQLObjectType, frozenset[str]]:
    """The fields each object type's objects may hold at hand (``FieldsAtHand``)."""
    found: dict[GraphQLObjectType, frozenset[str]] = {}
    for named in schema.type_map.values():
        definition = named.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        fields = getattr(getattr(definition, "origin", None), "FIELDS_AT_HAND", None)
        if isinstance(named, GraphQLObjectType) and fields:
            # A field with extensions (a permission class) keeps strawberry's way.
            found[named] = frozenset(name for name in fields if _bare(named.fields[name]))
    return found


def _bare(field: GraphQLField) -> bool:
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    return isinstance(definition, StrawberryField) and not definition.extensions


class LeadhubExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        middleware = self.middleware_manager
        # Middleware (an extension's resolve hook) wraps every field: none may be skipped.
        skipping = middleware is None or not middleware.middlewares
        self._plain_leaves = _plain_leaves(self.schema) if skipping else {}
        self._fields_at_hand = _fields_at_hand(self.schema) if skipping else {}
        # Whether a type's selection (by the identity of its field list, which
        # graphql-core keeps alive for the execution, as it is kept here) asks only
        # plain leaves.
        self._plain_selections: dict[
            tuple[GraphQLObjectType, int], tuple[FieldDetailsList, bool]
        ] = {}
        # Objects of such selections, completed: by the identities of the object
        # and the selection, the object kept so that its identity is not reused.
        self._completed_objects: dict[tuple[int, int], tuple[object, dict[str, Any]]] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any] | UndefinedType:
        name = field_details_list[0].node.name.value
        leaves = self._plain_leaves.get(parent_type, _NO_LEAVES)
        plain = leaves.get(name)
        if plain is not None:
            completed = self._completed(plain, source)
            if completed is not Undefined:
                return completed
        elif name in self._fields_at_hand.get(parent_type, ()):
            completed = self._completed_at_hand(
                parent_type.fields[name], source.at_hand(name), field_details_list
            )
            if completed is not Undefined:
                return completed
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def complete_object_value(
        self,
        return_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> AwaitableOrValue[dict[str, Any]]:
        if not self._asks_plain_leaves(return_type, field_details_list):
            return super().complete_object_value(
                return_type, field_details_list, info, path, result, position_context
            )
        key = (id(result), id(field_details_list))
        completed = self._completed_objects.get(key)
        if completed is not None:
            return completed[1]
        errors = len(self.collected_errors.errors)
        value = super().complete_object_value(
            return_type, field_details_list, info, path, result, position_context
        )
        # An error belongs to its path: an object that had one is completed again.
        if isinstance(value, dict) and len(self.collected_errors.errors) == errors:
            self._completed_objects[key] = (result, value)
        return value

    def _asks_plain_leaves(
        self, return_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> bool:
        selection = (return_type, id(field_details_list))
        known = self._plain_selections.get(selection)
        if known is not None:
            return known[1]
        leaves = self._plain_leaves.get(return_type, _NO_LEAVES)
        grouped_field_set, defer_usages, _ = self.collect_subfields(return_type, field_details_list)
        plain = not defer_usages and all(
            fields[0].node.name.value in leaves for fields in grouped_field_set.values()
        )
        self._plain_selections[selection] = (field_details_list, plain)
        return plain

    def _completed_at_hand(
        self, field: GraphQLField, value: object, field_details_list: FieldDetailsList
    ) -> Any:
        """A value at hand as it was completed before for the same selection, or null;
        else Undefined, for the ordinary way, whose resolver answers the same value."""
        if value is NOT_AT_HAND:
            return Undefined
        if value is None:
            return Undefined if isinstance(field.type, GraphQLNonNull) else None
        completed = self._completed_objects.get((id(value), id(field_details_list)))
        return Undefined if completed is None else completed[1]

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
