"""The short ways through fields (plain leaves read directly, resolvers without
arguments called directly, objects of plain leaves completed once, values at
hand taken as completed before) answer exactly as strawberry's ordinary way: the
same data and the same errors, at the same paths."""

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, ClassVar, NewType

import pytest
import strawberry
from strawberry.extensions import FieldExtension
from strawberry.schema.config import StrawberryConfig

from leadhub.graphql.direct_resolvers import resolve_directly
from leadhub.graphql.execution import (
    NOT_AT_HAND,
    LeadhubExecutionContext,
    _fields_at_hand,
    _plain_leaves,
)
from leadhub.graphql.schema import schema as leadhub_schema


@strawberry.enum
class Kind(Enum):
    EVENT = "event"
    REFERRAL = "referral"


Cents = NewType("Cents", int)
CENTS = strawberry.scalar(name="Cents", serialize=lambda cents: f"{cents / 100:.2f}")


class Broken:
    def __str__(self) -> str:
        raise ValueError("no text for this")


@strawberry.type
class Item:
    name: str
    note: str | None
    kind: Kind
    maybe_kind: Kind | None
    cost: Cents
    count: int

    @strawberry.field
    def shouted(self) -> str:
        return self.name.upper()

    @strawberry.field
    def asked_as(self, info: strawberry.Info) -> str:
        return f"{info.path.key} of {info.field_name}"

    @strawberry.field
    @staticmethod
    def constant() -> int:
        return 42

    @strawberry.field(graphql_type=str)
    def later(self) -> Awaitable[str]:
        return _later(self.name)

    @strawberry.field
    def failing(self) -> str | None:
        raise ValueError(f"no answer for {self.name}")


async def _later(name: str) -> str:
    return name.lower()


def _without_count() -> Item:
    """An item whose ``count`` attribute is missing: reading it raises."""
    item = Item.__new__(Item)
    vars(item).update(name="Liv", note=None, kind=Kind.EVENT, maybe_kind=None, cost=1)
    return item


@strawberry.type
class Holder:
    item: Item


_SHARED = Item(name="Åse", note=None, kind=Kind.EVENT, maybe_kind=None, cost=Cents(5), count=2)
_SHARED_FAULTY = Item(
    name="Per",
    note=None,
    kind=Kind.EVENT,
    maybe_kind="x",  # type: ignore[arg-type]
    cost=Cents(5),
    count=2,
)


# The fields of cards whose resolvers ran, in order.
RESOLVED: list[str] = []


@strawberry.type
class Card:
    """Holds its item at hand, as a page's lead holds its stage, when ``held``."""

    FIELDS_AT_HAND: ClassVar[frozenset[str]] = frozenset(("item", "maybeItem"))
    held: strawberry.Private[bool]
    content: strawberry.Private[Item | None]

    def at_hand(self, field: str) -> object:
        return self.content if self.held else NOT_AT_HAND

    @strawberry.field
    def item(self) -> Item:
        RESOLVED.append("item")
        return self.content  # type: ignore[return-value]  # None for one card: an error

    @strawberry.field
    def maybe_item(self) -> Item | None:
        RESOLVED.append("maybeItem")
        return self.content


@strawberry.type
class Query:
    @strawberry.field
    def holders(self) -> list[Holder]:
        """Holders sharing items, as a page's leads share their stages."""
        return [Holder(item=item) for item in (_SHARED, _SHARED_FAULTY, _SHARED, _SHARED_FAULTY)]

    @strawberry.field
    def items(self) -> list[Item | None]:
        good = {"name": "Åse", "note": None, "kind": Kind.EVENT, "maybe_kind": None}
        return [
            Item(**good, cost=1250, count=3),  # type: ignore[arg-type]
            # each faulty in one way: the errors come from the type, or its reading
            Item(**{**good, "name": None}, cost=1, count=1),  # type: ignore[arg-type]
            Item(**{**good, "note": 7, "maybe_kind": "x"}, cost=1250, count=3),  # type: ignore[arg-type]
            Item(**{**good, "kind": "nope"}, cost=1, count=1),  # type: ignore[arg-type]
            Item(**good, cost=1, count="many"),  # type: ignore[arg-type]
            Item(**{**good, "name": Broken()}, cost=1, count=1),  # type: ignore[arg-type]
            _without_count(),
        ]

    @strawberry.field
    def item(self) -> Item:
        return Item(name="Ørjan", note="å", kind=Kind.EVENT, maybe_kind=None, cost=99, count=1)

    @strawberry.field
    def cards(self) -> list[Card]:
        """Cards holding shared items at hand, one holding none, and one whose item
        is not at hand: its resolver answers."""
        return [
            Card(held=True, content=_SHARED),
            Card(held=True, content=_SHARED),
            Card(held=True, content=None),
            Card(held=False, content=_SHARED),
            Card(held=True, content=_SHARED_FAULTY),
            Card(held=True, content=_SHARED_FAULTY),
        ]


DOCUMENTS = [
    "{ items { name note kind maybeKind cost count shouted } }",
    "{ items { note maybeKind count } }",
    "{ item { n: name again: name k: kind } }",
    "{ item { ...Parts ... on Item { count } } } fragment Parts on Item { name cost }",
    "query($yes: Boolean!) { item { name @include(if: $yes) note @skip(if: $yes) kind } }",
    "{ item { __typename name } }",
    "{ holders { item { name kind } } }",
    "{ holders { item { name maybeKind } } }",
    "{ holders { item { name } again: item { cost count } } }",
    "{ holders { item { name shouted } } }",
    "{ cards { item { name kind } maybeItem { maybeKind } } }",
    "{ cards { maybeItem { name } again: maybeItem { name cost } } }",
    "{ items { shouted } item { a: askedAs askedAs constant later failing } }",
]


def _schema(*, short: bool) -> strawberry.Schema:
    schema = strawberry.Schema(
        query=Query,
        config=StrawberryConfig(scalar_map={Cents: CENTS}),
        execution_context_class=LeadhubExecutionContext if short else None,
    )
    if short:
        resolve_directly(schema)
    return schema


async def _run(document: str, *, short: bool) -> dict[str, Any]:
    result = await _schema(short=short).execute(document, variable_values={"yes": True})
    return {
        "data": result.data,
        "errors": [error.formatted for error in result.errors or ()],
    }


@pytest.mark.parametrize("document", DOCUMENTS)
async def test_the_short_ways_answer_as_the_ordinary_way(document: str) -> None:
    ordinary = await _run(document, short=False)
    assert await _run(document, short=True) == ordinary


async def test_the_ordinary_way_is_what_the_short_ways_are_compared_with() -> None:
    # the documents reach errors of each kind, so that the comparison means something
    answer = await _run(DOCUMENTS[0], short=True)
    assert answer["data"]["items"][0] == {
        "name": "Åse",
        "note": None,
        "kind": "EVENT",
        "maybeKind": None,
        "cost": "12.50",
        "count": 3,
        "shouted": "ÅSE",
    }
    messages = {error["message"] for error in answer["errors"]}
    assert messages == {
        "Cannot return null for non-nullable field Item.name.",
        "Enum 'Kind' cannot represent value: 'x'",
        "Enum 'Kind' cannot represent value: 'nope'",
        "Int cannot represent non-integer value: 'many'",
        "no text for this",
        "'Item' object has no attribute 'count'",
    }
    assert answer["data"]["items"][2] == {
        **answer["data"]["items"][0],
        "note": "7",
        "maybeKind": None,
    }


async def test_an_object_of_plain_leaves_is_completed_once_wherever_it_appears() -> None:
    result = await _schema(short=True).execute("{ holders { item { name maybeKind } } }")
    holders = result.data["holders"]  # type: ignore[index]
    assert holders[0]["item"] is holders[2]["item"]
    # an object with an error is completed at each of its paths, each error its own
    assert holders[1]["item"] is not holders[3]["item"]
    assert [error.path for error in result.errors or ()] == [
        ["holders", 1, "item", "maybeKind"],
        ["holders", 3, "item", "maybeKind"],
    ]


async def test_a_value_at_hand_completed_before_is_taken_without_its_resolver() -> None:
    RESOLVED.clear()
    result = await _schema(short=True).execute("{ cards { maybeItem { name maybeKind } } }")
    cards = result.data["cards"]  # type: ignore[index]
    assert cards[0]["maybeItem"] is cards[1]["maybeItem"]
    # the first card's resolver completed the shared item, which the second takes as
    # it is; the third holds null at hand; the fourth holds nothing at hand, and the
    # faulty item, completed with an error, goes the ordinary way each time
    assert RESOLVED == ["maybeItem", "maybeItem", "maybeItem", "maybeItem"]
    assert cards[2] == {"maybeItem": None}


class Noted(FieldExtension):
    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        return next_(source, info, **kwargs)


@strawberry.type
class GuardedCard:
    FIELDS_AT_HAND: ClassVar[frozenset[str]] = frozenset(("item", "guarded"))

    def at_hand(self, field: str) -> object:
        return _SHARED

    @strawberry.field
    def item(self) -> Item:
        return _SHARED

    @strawberry.field(extensions=[Noted()])
    def guarded(self) -> Item:
        return _SHARED


@strawberry.type
class GuardedQuery:
    card: GuardedCard


def test_a_field_with_extensions_is_never_taken_at_hand() -> None:
    config = StrawberryConfig(scalar_map={Cents: CENTS})
    graphql_schema = strawberry.Schema(query=GuardedQuery, config=config)._schema
    at_hand = _fields_at_hand(graphql_schema)
    assert at_hand == {graphql_schema.type_map["GuardedCard"]: {"item"}}


def test_a_page_lead_holds_its_stage_source_and_owner_at_hand() -> None:
    graphql_schema = leadhub_schema._schema
    at_hand = _fields_at_hand(graphql_schema)
    assert at_hand == {graphql_schema.type_map["Lead"]: {"stage", "source", "owner"}}


def test_only_fields_that_read_an_attribute_take_the_short_way() -> None:
    graphql_schema = leadhub_schema._schema
    lead = _plain_leaves(graphql_schema)[graphql_schema.type_map["Lead"]]  # type: ignore[index]
    assert {"id", "name", "email", "temperature", "createdAt"} <= lead.keys()
    # a resolver, a list, an object: the ordinary way
    assert not {"scoreBreakdown", "tags", "stage", "owner"} & lead.keys()


async def test_resolvers_called_directly_get_what_they_ask_for() -> None:
    answer = await _run(DOCUMENTS[-1], short=True)
    assert answer["data"]["item"] == {
        "a": "a of askedAs",
        "askedAs": "askedAs of askedAs",
        "constant": 42,
        "later": "ørjan",
        "failing": None,
    }
    assert [
        (error["message"], error["path"])
        for error in answer["errors"]
        if error["path"][0] == "item"
    ] == [("no answer for Ørjan", ["item", "failing"])]


def test_only_resolvers_without_arguments_or_extensions_are_called_directly() -> None:
    lead = leadhub_schema._schema.type_map["Lead"].fields  # type: ignore[union-attr]
    tenant = leadhub_schema._schema.type_map["Tenant"].fields  # type: ignore[union-attr]
    called_directly = {
        name
        for name, field in (*lead.items(), *tenant.items())
        if getattr(field.resolve, "__qualname__", "").startswith("_direct.")
    }
    assert {"stage", "source", "owner", "scoreBreakdown"} <= called_directly
    # async, with arguments, with a permission class: strawberry's way
    assert not {"tags", "activities", "leads"} & called_directly
