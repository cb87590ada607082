"""Conditions on a lead's fields in the API, as routing rules ask them.

A stage or a source is named by its ID; every other value is text, compared
ignoring case."""

import uuid
from decimal import Decimal

import strawberry

from leadhub.graphql.node import global_id, row_id
from leadhub.leads import conditions
from leadhub.leads.conditions import Condition, ConditionOperator, LeadField

strawberry.enum(LeadField)

# The node type whose IDs name each referenced field's values.
_REFERENCES = {LeadField.STAGE: "FunnelStage", LeadField.SOURCE: "Source"}


@strawberry.type
class LeadCondition:
    field: LeadField
    operator: ConditionOperator
    values: list[str] = strawberry.field(description="Node IDs for STAGE and SOURCE.")
    number: Decimal | None
    up_to: Decimal | None
    custom_field_key: str | None

    @classmethod
    def of(cls, condition: Condition) -> "LeadCondition":
        node = _REFERENCES.get(condition.field)
        values = condition.values
        if node is not None:
            values = tuple(global_id(node, uuid.UUID(value)) for value in values)
        return cls(
            field=condition.field,
            operator=condition.operator,
            values=list(values),
            number=condition.number,
            up_to=condition.up_to,
            custom_field_key=condition.custom_field_key,
        )


@strawberry.input(description="A condition on one lead field, with what it compares.")
class LeadConditionInput:
    field: LeadField
    operator: ConditionOperator = strawberry.field(
        description="Text: IS_ONE_OF, IS_NOT_ONE_OF, CONTAINS; choices, stages and "
        "sources: IS_ONE_OF, IS_NOT_ONE_OF; numbers: AT_LEAST, AT_MOST, BETWEEN; tags: "
        "IS_ONE_OF (any of them), IS_NOT_ONE_OF (none), CONTAINS; any field: IS_SET, "
        "IS_NOT_SET."
    )
    values: list[str] = strawberry.field(
        default_factory=list,
        description="1 to 50, for IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS; node IDs for "
        "STAGE and SOURCE.",
    )
    number: Decimal | None = strawberry.field(
        default=None, description="For AT_LEAST, AT_MOST, and BETWEEN's lower bound."
    )
    up_to: Decimal | None = strawberry.field(
        default=None, description="BETWEEN's upper bound (both included)."
    )
    custom_field_key: str | None = strawberry.field(default=None, description="For CUSTOM.")

    def condition(self, where: str) -> Condition:
        values = tuple(self.values)
        node = _REFERENCES.get(self.field)
        if node is not None and len(values) <= conditions.MAX_VALUES:  # else refused whole
            values = tuple(str(row_id(value, node, f"{where}.values")) for value in values)
        return Condition(
            field=self.field,
            operator=self.operator,
            values=values,
            number=self.number,
            up_to=self.up_to,
            custom_field_key=self.custom_field_key,
        )
