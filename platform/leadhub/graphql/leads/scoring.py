"""Scoring in the API: the rules, their mutations, and the threshold to MQL."""

import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay

from leadhub.activity.models import ActivityKind
from leadhub.graphql.context import Info
from leadhub.graphql.leads.types import LeadUserError
from leadhub.graphql.node import by_ids, global_id, resolve_nodes, row_id
from leadhub.graphql.partial import applied, kept
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import CanManageScoring, ReadsLeads
from leadhub.leads import models, scoring_rules
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

strawberry.enum(models.ScoringRuleKind)
strawberry.enum(models.ScoringField)
strawberry.enum(models.ConditionOperator)


@strawberry.type
class FitCondition:
    field: models.ScoringField
    operator: models.ConditionOperator
    values: list[str]
    number: Decimal | None
    custom_field_key: str | None


@strawberry.type
class Engagement:
    activity_kind: ActivityKind
    half_life_days: int = strawberry.field(description="Each activity's points halve this often.")


@strawberry.type
class ScoringRule(relay.Node):
    id: relay.NodeID[str]
    name: str
    kind: models.ScoringRuleKind
    points: int
    fit: FitCondition | None
    engagement: Engagement | None

    @classmethod
    def from_model(cls, rule: models.ScoringRule) -> "ScoringRule":
        fit = engagement = None
        if rule.field is not None and rule.operator is not None:
            fit = FitCondition(
                field=rule.field,
                operator=rule.operator,
                values=list(rule.values),
                number=rule.number,
                custom_field_key=rule.custom_field_key,
            )
        if rule.activity_kind is not None and rule.half_life_days is not None:
            engagement = Engagement(
                activity_kind=ActivityKind(rule.activity_kind), half_life_days=rule.half_life_days
            )
        return cls(
            id=str(rule.id),
            name=rule.name,
            kind=rule.kind,
            points=rule.points,
            fit=fit,
            engagement=engagement,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["ScoringRule | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.ScoringRule), cls.from_model, ReadsLeads
        )


@strawberry.input
class FitConditionInput:
    field: models.ScoringField
    operator: models.ConditionOperator
    values: list[str] = strawberry.field(
        default_factory=list, description="For IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS."
    )
    number: Decimal | None = strawberry.field(default=None, description="For AT_LEAST, AT_MOST.")
    custom_field_key: str | None = strawberry.field(default=None, description="For CUSTOM.")

    def condition(self) -> scoring_rules.FitCondition:
        return scoring_rules.FitCondition(
            field=self.field,
            operator=self.operator,
            values=tuple(self.values),
            number=self.number,
            custom_field_key=self.custom_field_key,
        )


@strawberry.input
class EngagementInput:
    activity_kind: ActivityKind
    half_life_days: int

    def engagement(self) -> scoring_rules.Engagement:
        return scoring_rules.Engagement(self.activity_kind, self.half_life_days)


_POINTS = "From -1000 to 1000."


@strawberry.input(description="A name, points, and exactly one of fit or engagement.")
class ScoringRuleInput:
    name: str
    points: int = strawberry.field(description=_POINTS)
    fit: FitConditionInput | None = None
    engagement: EngagementInput | None = None

    def fields(self) -> scoring_rules.RuleFields:
        return scoring_rules.RuleFields(
            name=self.name,
            points=self.points,
            fit=self.fit.condition() if self.fit else None,
            engagement=self.engagement.engagement() if self.engagement else None,
        )


@strawberry.input(
    description="The fields to change: a field left out stays as it is. A fit or an "
    "engagement replaces the rule's condition, whichever it was."
)
class ScoringRuleChangesInput:
    name: strawberry.Maybe[str | None] = kept()
    points: strawberry.Maybe[int | None] = kept(_POINTS)
    fit: strawberry.Maybe[FitConditionInput | None] = kept()
    engagement: strawberry.Maybe[EngagementInput | None] = kept()

    @staticmethod
    def service_values(changes: dict[str, Any]) -> dict[str, Any]:
        values = dict(changes)
        if "fit" in values:
            values["fit"] = values["fit"].condition()
        if "engagement" in values:
            values["engagement"] = values["engagement"].engagement()
        return values


@strawberry.input
class UpdateScoringRuleInput:
    rule_id: strawberry.ID
    rule: ScoringRuleChangesInput


@strawberry.input
class DeleteScoringRuleInput:
    rule_id: strawberry.ID


@strawberry.input
class SetMqlScoreThresholdInput:
    threshold: int | None = strawberry.field(description="None stops moving suspects to MQL.")


@strawberry.type
class ScoringRulePayload:
    rule: ScoringRule | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, rule: models.ScoringRule) -> "ScoringRulePayload":
        return cls(rule=ScoringRule.from_model(rule))


@strawberry.type
class DeleteScoringRulePayload:
    deleted_rule_id: strawberry.ID | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class MqlScoreThresholdPayload:
    threshold: int | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


def _rule_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "ScoringRule", "ruleId")


@strawberry.type
class ScoringMutations:
    @strawberry.mutation(
        permission_classes=[CanManageScoring],
        description="Every lead is rescored in the background.",
    )
    async def create_scoring_rule(self, info: Info, input: ScoringRuleInput) -> ScoringRulePayload:
        return await respond_in_tenant(
            info,
            lambda work: scoring_rules.create_rule(work, input.fields()),
            ScoringRulePayload.of,
        )

    @strawberry.mutation(
        permission_classes=[CanManageScoring],
        description="Every lead is rescored in the background.",
    )
    async def update_scoring_rule(
        self, info: Info, input: UpdateScoringRuleInput
    ) -> ScoringRulePayload:
        async def update(work: UnitOfWork[InTenant]) -> models.ScoringRule:
            rule_id = _rule_id(input.rule_id)
            return await applied(
                input.rule,
                lambda changes: scoring_rules.update_rule(
                    work, rule_id, **input.rule.service_values(changes)
                ),
            )

        return await respond_in_tenant(info, update, ScoringRulePayload.of)

    @strawberry.mutation(
        permission_classes=[CanManageScoring],
        description="Every lead is rescored in the background.",
    )
    async def delete_scoring_rule(
        self, info: Info, input: DeleteScoringRuleInput
    ) -> DeleteScoringRulePayload:
        return await respond_in_tenant(
            info,
            lambda work: scoring_rules.delete_rule(work, _rule_id(input.rule_id)),
            lambda rule: DeleteScoringRulePayload(
                deleted_rule_id=strawberry.ID(global_id("ScoringRule", rule.id))
            ),
        )

    @strawberry.mutation(
        permission_classes=[CanManageScoring],
        description="Suspects scoring at least this become MQLs (checked in the background).",
    )
    async def set_mql_score_threshold(
        self, info: Info, input: SetMqlScoreThresholdInput
    ) -> MqlScoreThresholdPayload:
        return await respond_in_tenant(
            info,
            lambda work: scoring_rules.set_threshold(work, input.threshold),
            lambda threshold: MqlScoreThresholdPayload(threshold=threshold),
        )
