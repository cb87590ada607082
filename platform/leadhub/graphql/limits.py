"""Bounds on what one request may send and ask, so that no request of one tenant
can slow or stop another's.

The document is bounded already (its depth, tokens and aliases: graphql/schema.py;
its bytes: ops/body_limit.py). These bound the rest, before anything runs:

- what it sends: a string of at most MAX_STRING_LENGTH characters, a list of at
  most MAX_LIST_ITEMS items, an object of at most MAX_OBJECT_KEYS keys, in the
  variables and in the document: ten times what any field takes, so that each
  field's own limit, tighter, answers first with its typed error;
- how it asks: at most MAX_FIELDS fields with its fragments spread out, counted
  before validation, whose own walks would take exponential time on fragments
  that spread fragments;
- what it asks: at most MAX_OBJECTS objects in the answer, counting each
  connection's page as full (``first`` edges, else its default, each with its
  node) and any other list as LIST_GUESS items: 200 leads with 50 activities
  each are some 20,000, with 200 each some 80,000. Fields' own limits (a lead's
  tags, a page's size) are tighter, and checked where they are declared.
"""

from collections.abc import Iterator
from typing import Any

from cachetools import LRUCache
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from graphql import (
    DocumentNode,
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
    value_from_ast_untyped,
    visit,
)
from leadhub.graphql.pagination import DEFAULT_PAGE_SIZE

MAX_STRING_LENGTH = 100_000  # a note takes 10,000
MAX_LIST_ITEMS = 10_000  # a bulk operation takes 1,000 leads
MAX_OBJECT_KEYS = 10_000  # a lead takes 200 custom values
MAX_OBJECTS = 50_000
MAX_FIELDS = 10_000  # with fragments spread out; a document of 5,000 tokens names fewer
LIST_GUESS = 50  # the lists that are not connections are a lead's few: tags, history


def _refuse(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def _too_long() -> GraphQLError:
    return _refuse(f"A string holds at most {MAX_STRING_LENGTH:,} characters.")


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
            raise _too_long()
        if isinstance(item, list) and len(item) > MAX_LIST_ITEMS:
            raise _refuse(f"A list holds at most {MAX_LIST_ITEMS:,} items.")
        if isinstance(item, dict) and len(item) > MAX_OBJECT_KEYS:
            raise _refuse(f"An object holds at most {MAX_OBJECT_KEYS:,} keys.")


class _LongStrings(Visitor):
    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if len(node.value) > MAX_STRING_LENGTH:
            raise _too_long()


class _Objects:
    """The most objects an operation may answer with: a connection's page holds
    ``first`` edges (else its default), each with its node. It runs on documents
    validation passed: no fragment cycles, no more than MAX_FIELDS fields."""

    def __init__(
        self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode], variables: Any
    ) -> None:
        self.schema, self.fragments, self.variables = schema, fragments, variables or {}

    def of(self, selections: SelectionSetNode, parent: Any, page: int = 1) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, parent, page)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                total += self.of(selection.selection_set, inner, page)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments[selection.name.value]
                inner = self.schema.get_type(fragment.type_condition.name.value)
                total += self.of(fragment.selection_set, inner, page)
        return total

    def _field(self, node: FieldNode, parent: Any, page: int) -> int:
        definition = getattr(parent, "fields", {}).get(node.name.value)
        if definition is None:  # __typename, or a type the document cannot name
            return 0
        named = get_named_type(definition.type)
        if not is_composite_type(named) or node.selection_set is None:
            return 0
        inner = self.of(node.selection_set, named, self._page(node, definition))
        return self._items(definition, parent, page) * (1 + inner)

    def _items(self, definition: Any, parent: Any, page: int) -> int:
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        if not isinstance(field_type, GraphQLList):
            return 1
        in_a_page = isinstance(parent, GraphQLObjectType) and parent.name.endswith("Connection")
        return page if in_a_page else LIST_GUESS

    def _page(self, node: FieldNode, definition: Any) -> int:
        """The page a connection field asks for: ``first``, else its default."""
        if "first" not in definition.args:
            return 1
        for argument in node.arguments or ():
            if argument.name.value != "first":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(int(value.value), 0)
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                if isinstance(given, int):
                    return max(given, 0)
        default = definition.args["first"].default_value
        return default if isinstance(default, int) else DEFAULT_PAGE_SIZE


class _Expansion:
    """How many fields a document names with its fragments spread out: a few hundred
    tokens of fragments spreading fragments twice name millions, and each walk of
    the document (validation's depth limit, the object count) would take as long.
    Each fragment is counted once."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.fragments = fragments
        self.sizes: dict[str, int] = {}

    def of(self, selections: SelectionSetNode | None) -> int:
        total = 0
        for selection in selections.selections if selections else ():
            if isinstance(selection, FieldNode):
                total += 1 + self.of(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                total += self.of(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self._fragment(selection.name.value)
            if total > MAX_FIELDS:
                break  # no need to count further
        return total

    def _fragment(self, name: str) -> int:
        if name not in self.fragments:
            # Validation would say so too, but its depth limit looks the name up first,
            # and its KeyError reached the client as an internal error.
            raise _refuse(f"Unknown fragment '{name}'.")
        if name not in self.sizes:
            self.sizes[name] = 0  # a cycle counts nothing here; validation refuses it
            self.sizes[name] = self.of(self.fragments[name].selection_set)
        return self.sizes[name]


def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {
        node.name.value: node
        for node in document.definitions
        if isinstance(node, FragmentDefinitionNode)
    }


def _operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [node for node in document.definitions if isinstance(node, OperationDefinitionNode)]


def _with_defaults(operation: OperationDefinitionNode, variables: Any) -> dict[str, Any]:
    """The variables as the operation runs with them: its defaults, then what was sent."""
    defaults = {
        definition.variable.name.value: value_from_ast_untyped(definition.default_value)
        for definition in operation.variable_definitions or ()
        if definition.default_value is not None
    }
    return {**defaults, **(variables or {})}


def _check_document(document: DocumentNode) -> None:
    visit(document, _LongStrings())
    expansion = _Expansion(_fragments(document))
    if any(expansion.of(op.selection_set) > MAX_FIELDS for op in _operations(document)):
        raise _refuse(
            f"The query names more than {MAX_FIELDS:,} fields with its fragments spread out."
        )


# What checking each document said (its refusal's message, or None), by the query's
# text: clients send the same few again and again, as the parser's cache knows.
_CHECKED: "LRUCache[str, str | None]" = LRUCache(maxsize=256)


def _check_document_once(query: str | None, document: DocumentNode) -> None:
    """``_check_document``, remembered by the text ``document`` was parsed from."""
    if query is None:
        _check_document(document)
        return
    if query not in _CHECKED:
        try:
            _check_document(document)
            _CHECKED[query] = None
        except GraphQLError as refusal:
            _CHECKED[query] = refusal.message
            raise
    message = _CHECKED[query]
    if message is not None:
        raise _refuse(message)


class InputLimits(SchemaExtension):
    """Refuse a request past the bounds above, as the client's mistake, before it runs."""

    def on_validate(self) -> Iterator[None]:
        # Before validation, which walks the document with its fragments spread out.
        context = self.execution_context
        check_sent(context.variables)
        document = context.graphql_document
        if document is not None:
            _check_document_once(context.query, document)
        yield

    def on_execute(self) -> Iterator[None]:
        document = self.execution_context.graphql_document
        if document is not None:
            self._check_objects(document)
        yield

    def _check_objects(self, document: DocumentNode) -> None:
        schema = self.execution_context.schema._schema
        fragments = _fragments(document)
        for operation in _operations(document):
            variables = _with_defaults(operation, self.execution_context.variables)
            objects = _Objects(schema, fragments, variables)
            root = schema.get_root_type(operation.operation)
            if objects.of(operation.selection_set, root) > MAX_OBJECTS:
                raise _refuse(
                    f"The query asks for more than {MAX_OBJECTS:,} objects: ask for fewer "
                    "at a time (smaller pages, fewer nested lists)."
                )
