"""Bounds on what one request may send and ask, so that no request of one tenant
can slow or stop another's.

The document is bounded already (its depth, tokens and aliases: graphql/schema.py;
its bytes: ops/body_limit.py). These bound the rest, before anything runs:

- what it sends: a string of at most MAX_STRING_LENGTH characters, a list of at
  most MAX_LIST_ITEMS items, an object of at most MAX_OBJECT_KEYS keys, in the
  variables and in the document: ten times what any field takes, so that each
  field's own limit, tighter, answers first with its typed error;
- what it asks: at most MAX_OBJECTS objects in the answer, counting each
  connection as full pages (``first``, else its default) and any other list as
  LIST_GUESS items. Fields' own limits (a lead's tags, a page's size) are tighter,
  and checked where they are declared.
"""

from collections.abc import Iterator
from typing import Any

from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    VariableNode,
    get_named_type,
    is_composite_type,
    visit,
)
from leadhub.graphql.pagination import DEFAULT_PAGE_SIZE

MAX_STRING_LENGTH = 100_000  # a note takes 10,000
MAX_LIST_ITEMS = 10_000  # a bulk operation takes 1,000 leads
MAX_OBJECT_KEYS = 10_000  # a lead takes 200 custom values
MAX_OBJECTS = 20_000
LIST_GUESS = 50  # the lists that are not connections are a lead's few: tags, history


def _refuse(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def _values(value: Any) -> Iterator[Any]:
    """``value`` and every value inside it, without recursion: a client chooses the
    depth."""
    pending = [value]
    while pending:
        current = pending.pop()
        yield current
        if isinstance(current, dict):
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)


def check_sent(value: Any) -> None:
    for item in _values(value):
        if isinstance(item, str) and len(item) > MAX_STRING_LENGTH:
            raise _refuse(f"A string holds at most {MAX_STRING_LENGTH:,} characters.")
        if isinstance(item, list) and len(item) > MAX_LIST_ITEMS:
            raise _refuse(f"A list holds at most {MAX_LIST_ITEMS:,} items.")
        if isinstance(item, dict) and len(item) > MAX_OBJECT_KEYS:
            raise _refuse(f"An object holds at most {MAX_OBJECT_KEYS:,} keys.")


class _LongStrings(Visitor):
    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if len(node.value) > MAX_STRING_LENGTH:
            raise _refuse(f"A string holds at most {MAX_STRING_LENGTH:,} characters.")


class _Objects:
    """The most objects an operation may answer with."""

    def __init__(
        self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode], variables: Any
    ) -> None:
        self.schema, self.fragments, self.variables = schema, fragments, variables or {}

    def of(self, selections: SelectionSetNode, parent: Any, seen: frozenset[str]) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, parent, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                total += self.of(selection.selection_set, inner, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is not None and name not in seen:
                    inner = self.schema.get_type(fragment.type_condition.name.value)
                    total += self.of(fragment.selection_set, inner, seen | {name})
        return total

    def _field(self, node: FieldNode, parent: Any, seen: frozenset[str]) -> int:
        definition = getattr(parent, "fields", {}).get(node.name.value)
        if definition is None:  # __typename, or a type the document cannot name
            return 0
        named = get_named_type(definition.type)
        if not is_composite_type(named) or node.selection_set is None:
            return 0
        inner = self.of(node.selection_set, named, seen)
        return self._multiplier(node, definition, parent) * (1 + inner)

    def _multiplier(self, node: FieldNode, definition: Any, parent: Any) -> int:
        first = self._argument(node, "first")
        if first is not None:
            return max(first, 0)
        if "first" in definition.args:
            default = definition.args["first"].default_value
            return default if isinstance(default, int) else DEFAULT_PAGE_SIZE
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        is_page = isinstance(parent, GraphQLObjectType) and parent.name.endswith("Connection")
        return LIST_GUESS if isinstance(field_type, GraphQLList) and not is_page else 1

    def _argument(self, node: FieldNode, name: str) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value != name:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return int(value.value)
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                return given if isinstance(given, int) else None
        return None


class InputLimits(SchemaExtension):
    """Refuse a request past the bounds above, as the client's mistake, before it runs."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        check_sent(context.variables)
        document = context.graphql_document
        if document is not None:
            visit(document, _LongStrings())
            self._check_objects(document)
        yield

    def _check_objects(self, document: Any) -> None:
        schema = self.execution_context.schema._schema
        fragments = {
            node.name.value: node
            for node in document.definitions
            if isinstance(node, FragmentDefinitionNode)
        }
        objects = _Objects(schema, fragments, self.execution_context.variables)
        for operation in document.definitions:
            if not isinstance(operation, OperationDefinitionNode):
                continue
            root = schema.get_root_type(operation.operation)
            if objects.of(operation.selection_set, root, frozenset()) > MAX_OBJECTS:
                raise _refuse(
                    f"The query asks for more than {MAX_OBJECTS:,} objects: ask for fewer "
                    "at a time (smaller pages, fewer nested lists)."
                )
