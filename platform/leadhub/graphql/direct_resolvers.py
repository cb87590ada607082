"""Resolvers without arguments or extensions, called directly.

Strawberry wraps every resolver to convert its arguments, run its field
extensions (permission classes are some) and hand it an ``Info``. A resolver
that has none of the first two, such as a lead's ``stage``, ``source`` and
``owner`` (a page of 50 leads calls them 150 times), still pays for the
wrapping; here such a field's GraphQL resolver calls it with what it asks for,
its object and ``info``, and nothing else changes.
"""

from collections.abc import Callable
from typing import Any

from strawberry import Info, Schema
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from graphql import GraphQLField, GraphQLObjectType, GraphQLResolveInfo


def _direct(field: GraphQLField, info_class: type[Info]) -> Callable[..., Any] | None:
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or field.args or definition.extensions:
        return None
    resolver = definition.base_resolver
    # Async resolvers, a subscription's, and those that take their object as root
    # or parent, keep strawberry's way.
    if resolver is None or definition.is_async or definition.is_subscription:
        return None
    if resolver.root_parameter or resolver.parent_parameter:
        return None
    call = resolver.wrapped_func
    if not callable(call):  # strawberry's wrapper says why
        return None
    takes_self = resolver.self_parameter is not None
    info_parameter = resolver.info_parameter

    def resolve(source: Any, info: GraphQLResolveInfo[Any]) -> Any:
        kwargs = {}
        if info_parameter is not None:
            kwargs[info_parameter.name] = info_class(_raw_info=info, _field=definition)
        return call(source, **kwargs) if takes_self else call(**kwargs)

    return resolve


def resolve_directly(schema: Schema) -> None:
    """Give each field that qualifies (above) a resolver that calls its own directly."""
    if schema.exception_handlers:  # strawberry's wrapper applies them
        return
    for named in schema._schema.type_map.values():
        if isinstance(named, GraphQLObjectType):
            for field in named.fields.values():
                direct = _direct(field, schema.config.info_class)
                if direct is not None:
                    field.resolve = direct
