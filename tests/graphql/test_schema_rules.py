"""Rules every field of the schema keeps, walked from the schema itself, so a field
added tomorrow is held to them the day it lands."""

from enum import Enum
from typing import Any

import pytest
from strawberry.types.base import (
    StrawberryList,
    StrawberryMaybe,
    StrawberryObjectDefinition,
    get_object_definition,
)
from strawberry.types.enum import StrawberryEnumDefinition
from strawberry.types.field import StrawberryField

from leadhub.errors import CommonErrorCode
from leadhub.graphql.errors import UserError
from leadhub.graphql.permissions import (
    ANY_SCOPE,
    IsAuthenticated,
    IsTenantMember,
    PartnersNeedScope,
)
from leadhub.graphql.schema import schema
from leadhub.oauth.scopes import SCOPES

# Who may call these is decided inside: anyone may sign up, log in, accept an
# invitation or reset a password with its token; node(id:) applies each type's own.
PUBLIC_FIELDS = {
    "signUp",
    "logIn",
    "acceptInvitation",
    "requestPasswordReset",
    "resetPassword",
    "node",
}


def _root_fields(type_name: str) -> list[StrawberryField]:
    definition = schema.get_type_by_name(type_name)
    assert isinstance(definition, StrawberryObjectDefinition)
    return list(definition.fields)


MUTATIONS = {schema.config.name_converter.get_graphql_name(f): f for f in _root_fields("Mutation")}
QUERIES = {schema.config.name_converter.get_graphql_name(f): f for f in _root_fields("Query")}


def _errors_type(field: StrawberryField) -> Any:
    payload = get_object_definition(field.type, strict=True)
    errors = payload.get_field("errors")
    assert errors is not None, f"{payload.name} has no errors"
    assert isinstance(errors.type, StrawberryList), f"{payload.name}.errors is not a list"
    return errors.type.of_type


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_every_mutation_answers_with_typed_errors(name: str) -> None:
    error_type = _errors_type(MUTATIONS[name])
    # field, code and message, as the UserError interface and a code enum declare
    assert issubclass(error_type, UserError), error_type
    definition = get_object_definition(error_type, strict=True)
    code = definition.get_field("code")
    assert code is not None and isinstance(code.type, StrawberryEnumDefinition), definition.name
    # every code enum can say what any operation may meet: bad input, an unknown id
    codes = {member.value for member in code.type.wrapped_cls}
    assert {member.value for member in CommonErrorCode} <= codes, definition.name


@pytest.mark.parametrize("name", sorted(set(MUTATIONS) | set(QUERIES)))
def test_every_root_field_declares_who_may_call_it(name: str) -> None:
    field = MUTATIONS.get(name) or QUERIES[name]
    permissions = field.permission_classes
    if name in PUBLIC_FIELDS:
        assert permissions == [], f"{name} is public: its service decides"
    else:
        assert permissions, f"{name} declares no permission class"
        assert all(issubclass(p, IsAuthenticated | IsTenantMember) for p in permissions)


def test_code_enums_are_string_enums() -> None:
    # Each domain's codes compare equal to the common ones by value, which is how
    # a shared refusal (the id decoder's NOT_FOUND) serializes in any payload.
    for name in MUTATIONS:
        enum = get_object_definition(_errors_type(MUTATIONS[name]), strict=True).get_field("code")
        assert enum is not None and isinstance(enum.type, StrawberryEnumDefinition)
        assert issubclass(enum.type.wrapped_cls, str)
        assert issubclass(enum.type.wrapped_cls, Enum)


def _fields_set_whole(input_type: Any) -> list[str]:
    """The fields of an update's input that are not partial: each must be sent, and
    so sets its value whole. The ids naming what is updated must be sent."""
    whole = []
    for field in get_object_definition(input_type, strict=True).fields:
        nested = get_object_definition(field.type)
        if nested is not None:
            whole += _fields_set_whole(field.type)
        elif not (isinstance(field.type, StrawberryMaybe) or field.python_name.endswith("_id")):
            whole.append(f"{input_type.__name__}.{field.python_name}")
    return whole


@pytest.mark.parametrize("name", sorted(name for name in MUTATIONS if name.startswith("update")))
def test_every_update_changes_only_what_it_is_given(name: str) -> None:
    (argument,) = MUTATIONS[name].arguments
    assert _fields_set_whole(argument.type) == []


def _declared_permissions() -> set[type]:
    """Every permission class some field of the schema declares."""
    declared: set[type] = set()
    for graphql_type in schema.schema_converter.type_map.values():
        definition = graphql_type.definition
        if isinstance(definition, StrawberryObjectDefinition):
            for field in definition.fields:
                declared.update(field.permission_classes)
    return declared


def test_every_scope_is_one_some_field_asks_for() -> None:
    """The scopes listed (the README, the server's metadata) are those the schema asks
    for, no more and no fewer."""
    asked = {
        permission.scope
        for permission in _declared_permissions()
        if issubclass(permission, IsTenantMember | PartnersNeedScope)
        and permission.scope is not None
    }
    assert asked == {*SCOPES, ANY_SCOPE}
