"""Routing rules in the API: the rule node, its target, and the mutations that
create, change, reorder and delete rules and set the fallback."""

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.node import by_ids, global_id, optional_row_id, resolve_nodes, row_id, row_ids
from leadhub.graphql.partial import applied, clearable, kept
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import CanManageRouting, ReadsRouting
from leadhub.graphql.routing.conditions import LeadCondition, LeadConditionInput
from leadhub.graphql.routing.types import RoutingUserError
from leadhub.graphql.teams.types import Team
from leadhub.graphql.users import UserNode
from leadhub.leads.conditions import Condition
from leadhub.principal import Member
from leadhub.routing import models, rules
from leadhub.routing.models import Match, SlaAction, Strategy, TargetKind
from leadhub.work import UnitOfWork

strawberry.enum(Match, name="ConditionMatch")
strawberry.enum(SlaAction)
strawberry.enum(Strategy, name="RoutingStrategy")
strawberry.enum(TargetKind, name="RoutingTargetKind")


@strawberry.type(description="Where routing sends a lead.")
class RoutingTarget:
    kind: TargetKind
    team_id: strawberry.Private[uuid.UUID | None]
    user_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def of(cls, target: models.Target) -> "RoutingTarget":
        return cls(kind=target.kind, team_id=target.team_id, user_id=target.user_id)

    @strawberry.field(description="For TEAM, and a team's QUEUE; null once the team is gone.")
    async def team(self, info: Info) -> Team | None:
        if self.team_id is None:
            return None
        team = await info.context.loaders.team.load(self.team_id)
        return None if team is None else Team.from_model(team)

    @strawberry.field(description="For USER; null once they left the tenant.")
    async def user(self, info: Info) -> UserNode | None:
        if self.user_id is None:
            return None
        user = await info.context.loaders.user.load(self.user_id)
        return None if user is None else UserNode.from_model(user)


@strawberry.input(
    description="TEAM names a team (its member chosen by the strategy); USER a member; "
    "QUEUE a team's queue, or with no team the tenant's unassigned queue."
)
class RoutingTargetInput:
    kind: TargetKind
    team_id: strawberry.ID | None = None
    user_id: strawberry.ID | None = None

    def target(self, field: str) -> models.Target:
        return models.Target(
            self.kind,
            optional_row_id(self.team_id, "Team", f"{field}.teamId"),
            optional_row_id(self.user_id, "User", f"{field}.userId"),
        )


@strawberry.type
class RoutingRule(relay.Node):
    id: relay.NodeID[str]
    name: str
    position: int = strawberry.field(description="1 is tried first.")
    match: Match
    conditions: list[LeadCondition] = strawberry.field(description="None match every lead.")
    target: RoutingTarget
    strategy: Strategy
    sticky: bool = strawberry.field(
        description="First the owner of the company's other leads (by domain), if they "
        "are on the team and can take it."
    )
    within_working_hours: bool
    overflow: RoutingTarget = strawberry.field(
        description="Where the lead goes when nobody at the target can take it."
    )
    sla_minutes: int | None = strawberry.field(
        description="Minutes until the first sales activity is due; null for no SLA."
    )
    sla_action: SlaAction

    @classmethod
    def from_model(cls, rule: models.RoutingRule) -> "RoutingRule":
        fields = rules.fields_of(rule)
        return cls(
            id=str(rule.id),
            name=fields.name,
            position=rule.position,
            match=fields.match,
            conditions=[LeadCondition.of(condition) for condition in fields.conditions],
            target=RoutingTarget.of(fields.target),
            strategy=fields.strategy,
            sticky=fields.sticky,
            within_working_hours=fields.within_working_hours,
            overflow=RoutingTarget.of(fields.overflow),
            sla_minutes=fields.sla_minutes,
            sla_action=fields.sla_action,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["RoutingRule | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.RoutingRule), cls.from_model, ReadsRouting
        )


@strawberry.type(description="Where a lead no rule matches goes.")
class RoutingFallback:
    target: RoutingTarget
    strategy: Strategy

    @classmethod
    def of(cls, fallback: rules.Fallback) -> "RoutingFallback":
        return cls(target=RoutingTarget.of(fallback.target), strategy=fallback.strategy)


_CONDITIONS = f"At most {rules.MAX_CONDITIONS}; none match every lead."
_SLA = "Minutes until the first sales activity is due, 1 to 43,200 (30 days)."


def _conditions(given: Sequence[LeadConditionInput]) -> tuple[Condition, ...]:
    if len(given) > rules.MAX_CONDITIONS:  # refused whole by the service: none decoded
        return tuple(Condition(condition.field, condition.operator) for condition in given)
    return tuple(condition.condition(f"conditions.{n}") for n, condition in enumerate(given))


@strawberry.input
class RoutingRuleInput:
    name: str
    conditions: list[LeadConditionInput] = strawberry.field(
        default_factory=list, description=_CONDITIONS
    )
    match: Match = Match.ALL
    target: RoutingTargetInput
    strategy: Strategy = Strategy.ROUND_ROBIN
    sticky: bool = False
    within_working_hours: bool = False
    overflow: RoutingTargetInput | None = strawberry.field(
        default=None, description="The unassigned queue if left out."
    )
    sla_minutes: int | None = strawberry.field(default=None, description=_SLA)
    sla_action: SlaAction = SlaAction.NEXT_MEMBER

    def fields(self) -> rules.RuleFields:
        return rules.RuleFields(
            name=self.name,
            conditions=_conditions(self.conditions),
            match=self.match,
            target=self.target.target("target"),
            strategy=self.strategy,
            sticky=self.sticky,
            within_working_hours=self.within_working_hours,
            overflow=self.overflow.target("overflow") if self.overflow else models.UNASSIGNED,
            sla_minutes=self.sla_minutes,
            sla_action=self.sla_action,
        )


@strawberry.input(description="The fields to change: a field left out stays as it is.")
class RoutingRuleChangesInput:
    name: strawberry.Maybe[str | None] = kept()
    conditions: strawberry.Maybe[list[LeadConditionInput] | None] = kept(_CONDITIONS)
    match: strawberry.Maybe[Match | None] = kept()
    target: strawberry.Maybe[RoutingTargetInput | None] = kept()
    strategy: strawberry.Maybe[Strategy | None] = kept()
    sticky: strawberry.Maybe[bool | None] = kept()
    within_working_hours: strawberry.Maybe[bool | None] = kept()
    overflow: strawberry.Maybe[RoutingTargetInput | None] = clearable(
        "Null sends it to the unassigned queue."
    )
    sla_minutes: strawberry.Maybe[int | None] = clearable(_SLA)
    sla_action: strawberry.Maybe[SlaAction | None] = kept()

    @staticmethod
    def service_values(changes: dict[str, Any]) -> dict[str, Any]:
        values = dict(changes)
        if "conditions" in values:
            values["conditions"] = _conditions(values["conditions"])
        for name in ("target", "overflow"):
            if name in values:
                given = values[name]
                values[name] = given.target(name) if given else models.UNASSIGNED
        return values


@strawberry.input
class CreateRoutingRuleInput:
    rule: RoutingRuleInput
    position: int | None = strawberry.field(default=None, description="1 is first; last if none.")


@strawberry.input
class UpdateRoutingRuleInput:
    routing_rule_id: strawberry.ID
    rule: RoutingRuleChangesInput


@strawberry.input
class DeleteRoutingRuleInput:
    routing_rule_id: strawberry.ID


@strawberry.input
class ReorderRoutingRulesInput:
    routing_rule_ids: list[strawberry.ID] = strawberry.field(
        description="Every rule, once, the first to try first."
    )


@strawberry.input
class SetRoutingFallbackInput:
    target: RoutingTargetInput
    strategy: Strategy = Strategy.ROUND_ROBIN


@strawberry.type
class RoutingRulePayload:
    rule: RoutingRule | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, rule: models.RoutingRule) -> "RoutingRulePayload":
        return cls(rule=RoutingRule.from_model(rule))


@strawberry.type
class DeleteRoutingRulePayload:
    deleted_rule_id: strawberry.ID | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReorderRoutingRulesPayload:
    rules: list[RoutingRule] | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.type
class RoutingFallbackPayload:
    fallback: RoutingFallback | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


def _rule_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "RoutingRule", "routingRuleId")


@strawberry.type
class RoutingRuleMutations:
    @strawberry.mutation(permission_classes=[CanManageRouting])
    async def create_routing_rule(
        self, info: Info, input: CreateRoutingRuleInput
    ) -> RoutingRulePayload:
        return await respond(
            info,
            lambda work: rules.create_rule(work, input.rule.fields(), input.position),
            RoutingRulePayload.of,
        )

    @strawberry.mutation(permission_classes=[CanManageRouting])
    async def update_routing_rule(
        self, info: Info, input: UpdateRoutingRuleInput
    ) -> RoutingRulePayload:
        async def update(work: UnitOfWork[Member]) -> models.RoutingRule:
            rule_id = _rule_id(input.routing_rule_id)
            return await applied(
                input.rule,
                lambda changes: rules.update_rule(
                    work, rule_id, input.rule.service_values(changes)
                ),
            )

        return await respond(info, update, RoutingRulePayload.of)

    @strawberry.mutation(
        permission_classes=[CanManageRouting],
        description="Its decisions stay; the rules after it move up one.",
    )
    async def delete_routing_rule(
        self, info: Info, input: DeleteRoutingRuleInput
    ) -> DeleteRoutingRulePayload:
        return await respond(
            info,
            lambda work: rules.delete_rule(work, _rule_id(input.routing_rule_id)),
            lambda rule: DeleteRoutingRulePayload(
                deleted_rule_id=strawberry.ID(global_id("RoutingRule", rule.id))
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageRouting])
    async def reorder_routing_rules(
        self, info: Info, input: ReorderRoutingRulesInput
    ) -> ReorderRoutingRulesPayload:
        async def reorder(work: UnitOfWork[Member]) -> list[models.RoutingRule]:
            if len(input.routing_rule_ids) > rules.MAX_RULES:
                raise rules.too_many_rules("routingRuleIds")
            return await rules.reorder_rules(
                work, row_ids(input.routing_rule_ids, "RoutingRule", "routingRuleIds")
            )

        return await respond(
            info,
            reorder,
            lambda ordered: ReorderRoutingRulesPayload(
                rules=[RoutingRule.from_model(rule) for rule in ordered]
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageRouting])
    async def set_routing_fallback(
        self, info: Info, input: SetRoutingFallbackInput
    ) -> RoutingFallbackPayload:
        return await respond(
            info,
            lambda work: rules.set_fallback(
                work, rules.Fallback(input.target.target("target"), input.strategy)
            ),
            lambda fallback: RoutingFallbackPayload(fallback=RoutingFallback.of(fallback)),
        )
