"""Routing decisions in the API: why a lead went to whom, on the lead; routing a
lead or many on demand, or as a dry run; and a preview for a lead's fields."""

import uuid
from collections.abc import Sequence
from datetime import datetime

import strawberry

from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id, optional_row_id, row_id, row_ids
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import CanRouteLeads, ReadsRouting
from leadhub.graphql.routing.conditions import LeadCondition
from leadhub.graphql.routing.rules import RoutingRule, RoutingTarget
from leadhub.graphql.routing.types import RoutingUserError
from leadhub.graphql.teams.types import Team
from leadhub.graphql.users import UserNode
from leadhub.principal import InTenant
from leadhub.routing import explanation, models, router
from leadhub.routing.candidates import Skipped
from leadhub.routing.errors import invalid, not_found
from leadhub.routing.models import Match, Outcome, Strategy, Trigger
from leadhub.teams import service as teams
from leadhub.work import UnitOfWork

strawberry.enum(Skipped, name="SkipReason")
strawberry.enum(Outcome, name="RoutingOutcome")
strawberry.enum(Trigger, name="RoutingTrigger")
strawberry.enum(router.Passed, name="RoutingPassReason")


async def _user(info: Info, user_id: uuid.UUID | None) -> UserNode | None:
    user = None if user_id is None else await info.context.loaders.user.load(user_id)
    return None if user is None else UserNode.from_model(user)


@strawberry.type
class SkippedMember:
    user_id: strawberry.Private[uuid.UUID]
    reason: Skipped

    @strawberry.field(description="Null once they left the tenant.")
    async def user(self, info: Info) -> UserNode | None:
        return await _user(info, self.user_id)


@strawberry.type(description="One target tried: the team's managers, the rule's, its overflow.")
class RoutingStep:
    target: RoutingTarget
    strategy: Strategy | None
    available: int = strawberry.field(description="How many members could take the lead.")
    skipped: list[SkippedMember]
    gone: bool = strawberry.field(description="The target's team or member is gone.")
    escalated: bool = strawberry.field(
        description="To the team's managers: nobody answered the lead in time."
    )
    chosen_id: strawberry.Private[uuid.UUID | None]
    sticky_owner_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def of(cls, step: explanation.Step) -> "RoutingStep":
        return cls(
            target=RoutingTarget.of(step.target),
            strategy=step.strategy,
            available=step.available,
            skipped=[SkippedMember(user_id=user, reason=reason) for user, reason in step.skipped],
            gone=step.gone,
            escalated=step.escalated,
            chosen_id=step.chosen,
            sticky_owner_id=step.sticky_owner,
        )

    @strawberry.field(description="Who took the lead; null if nobody could.")
    async def chosen(self, info: Info) -> UserNode | None:
        return await _user(info, self.chosen_id)

    @strawberry.field(description="For a sticky rule: who owns the company's other leads.")
    async def sticky_owner(self, info: Info) -> UserNode | None:
        return await _user(info, self.sticky_owner_id)


@strawberry.type
class ConditionResult:
    condition: LeadCondition
    holds: bool


@strawberry.type(description="Who routing gave a lead to, and why.")
class RoutingDecision:
    lead_id: strawberry.ID | None = strawberry.field(description="Null for a preview.")
    trigger: Trigger | None = strawberry.field(description="Null for a dry run or a preview.")
    outcome: Outcome
    decided_at: datetime
    rule_name: str | None = strawberry.field(
        description="The rule that matched, as it was named then; null for the fallback."
    )
    match: Match | None
    conditions: list[ConditionResult] = strawberry.field(
        description="Each of the rule's conditions, and whether the lead met it."
    )
    rules_passed: int = strawberry.field(description="How many rules before it did not match.")
    steps: list[RoutingStep]
    respond_by: datetime | None = strawberry.field(
        description="When the first sales activity is due, by the rule's SLA."
    )
    responded_at: datetime | None
    rule_id: strawberry.Private[uuid.UUID | None]
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def stored(cls, decision: models.RoutingDecision) -> "RoutingDecision":
        return cls._of(
            explanation.Explanation.from_json(decision.explanation),
            lead_id=decision.lead_id,
            trigger=decision.trigger,
            outcome=decision.outcome,
            decided_at=decision.decided_at,
            owner_id=decision.user_id,
            team_id=decision.team_id,
            respond_by=decision.respond_by,
            responded_at=decision.responded_at,
        )

    @classmethod
    def decided(
        cls, decided: router.Decided, trigger: Trigger | None, *, lead: bool = True
    ) -> "RoutingDecision":
        """A decision as routing made it: stored, with its ``trigger``, or not (None)."""
        return cls._of(
            decided.explanation,
            lead_id=decided.lead_id if lead else None,
            trigger=trigger,
            outcome=decided.outcome,
            decided_at=utcnow(),
            owner_id=decided.user_id,
            team_id=decided.team_id,
            respond_by=decided.respond_by,
            responded_at=None,
        )

    @classmethod
    def _of(
        cls,
        why: explanation.Explanation,
        *,
        lead_id: uuid.UUID | None,
        trigger: Trigger | None,
        outcome: Outcome,
        decided_at: datetime,
        owner_id: uuid.UUID | None,
        team_id: uuid.UUID | None,
        respond_by: datetime | None,
        responded_at: datetime | None,
    ) -> "RoutingDecision":
        return cls(
            lead_id=None if lead_id is None else strawberry.ID(global_id("Lead", lead_id)),
            trigger=trigger,
            outcome=outcome,
            decided_at=decided_at,
            rule_name=why.rule_name,
            match=why.match,
            conditions=[
                ConditionResult(condition=LeadCondition.of(result.condition), holds=result.holds)
                for result in why.conditions
            ],
            rules_passed=why.rules_passed,
            steps=[RoutingStep.of(step) for step in why.steps],
            respond_by=respond_by,
            responded_at=responded_at,
            rule_id=why.rule_id,
            owner_id=owner_id,
            team_id=team_id,
        )

    @strawberry.field(description="The rule that matched; null for the fallback or if deleted.")
    async def rule(self, info: Info) -> RoutingRule | None:
        found = (
            None
            if self.rule_id is None
            else await info.context.loaders.routing_rule.load(self.rule_id)
        )
        return None if found is None else RoutingRule.from_model(found)

    @strawberry.field(description="Who got the lead; null when it was queued.")
    async def owner(self, info: Info) -> UserNode | None:
        return await _user(info, self.owner_id)

    @strawberry.field(description="The team it went through, or whose queue holds it.")
    async def team(self, info: Info) -> Team | None:
        team = None if self.team_id is None else await info.context.loaders.team.load(self.team_id)
        return None if team is None else Team.from_model(team)


@strawberry.type
class LeadRouting:
    """The Lead node's field of the routing domain (the Lead node inherits it)."""

    id: strawberry.Private[str]

    @strawberry.field(
        permission_classes=[ReadsRouting],
        description="Why the lead went to whom it did: its latest decision.",
    )
    async def routing_decision(self, info: Info) -> RoutingDecision | None:
        decision = await info.context.loaders.routing_decision.load(uuid.UUID(self.id))
        return None if decision is None else RoutingDecision.stored(decision)


@strawberry.input
class RouteLeadInput:
    lead_id: strawberry.ID
    dry_run: bool = strawberry.field(
        default=False, description="Decide as routing would now, and change nothing."
    )


@strawberry.input(description="Routes leads with no owner, or any with reassign.")
class RouteLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description=f"1 to {router.MAX_LEADS}.")
    reassign: bool = strawberry.field(
        default=False, description="Route leads that have an owner too."
    )


@strawberry.type
class PassedLead:
    lead_id: strawberry.ID
    reason: router.Passed


@strawberry.type
class RouteLeadPayload:
    decision: RoutingDecision | None = None
    passed: router.Passed | None = strawberry.field(
        default=None, description="Why the lead was not routed."
    )
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.type
class RouteLeadsPayload:
    decisions: list[RoutingDecision] | None = None
    passed_over: list[PassedLead] | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.input
class RouteUnassignedLeadsInput:
    team_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only the leads in this team's queue; every one if unset."
    )


@strawberry.type
class RouteUnassignedLeadsPayload:
    queued: bool = False
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


async def _routed(
    work: UnitOfWork[InTenant],
    lead_ids: Sequence[uuid.UUID],
    trigger: Trigger,
    field: str,
    *,
    reassign: bool = False,
    dry_run: bool = False,
) -> router.Routing:
    """The routing of every one of the leads, or a refusal naming those not found
    (in ``field``: ``leadId``, or ``leadIds`` by place)."""
    routing = await router.route(work, lead_ids, trigger, reassign=reassign, dry_run=dry_run)
    found = {decided.lead_id for decided in routing.decisions} | routing.passed.keys()
    problems = Problems()
    for place, lead_id in enumerate(lead_ids):
        if lead_id not in found:
            problems.add(not_found("lead", field if field == "leadId" else f"{field}.{place}"))
    problems.raise_if_any()
    return routing


@strawberry.type
class RoutingDecisionMutations:
    @strawberry.mutation(
        permission_classes=[CanRouteLeads],
        description="Route a lead now, whoever owns it, or see who would get it (dryRun).",
    )
    async def route_lead(self, info: Info, input: RouteLeadInput) -> RouteLeadPayload:
        async def route(work: UnitOfWork[InTenant]) -> router.Routing:
            lead_id = row_id(input.lead_id, "Lead", "leadId")
            return await _routed(
                work, [lead_id], Trigger.ON_DEMAND, "leadId", dry_run=input.dry_run
            )

        def payload(routing: router.Routing) -> RouteLeadPayload:
            if not routing.decisions:
                return RouteLeadPayload(passed=next(iter(routing.passed.values())))
            trigger = None if input.dry_run else Trigger.ON_DEMAND
            return RouteLeadPayload(decision=RoutingDecision.decided(routing.decisions[0], trigger))

        return await respond_in_tenant(info, route, payload)

    @strawberry.mutation(
        permission_classes=[CanRouteLeads],
        description="Route many leads at once: all of them, or none if one is not found.",
    )
    async def route_leads(self, info: Info, input: RouteLeadsInput) -> RouteLeadsPayload:
        async def route(work: UnitOfWork[InTenant]) -> router.Routing:
            if not 1 <= len(input.lead_ids) <= router.MAX_LEADS:
                raise invalid(f"Give 1 to {router.MAX_LEADS} leads.", "leadIds")
            lead_ids = row_ids(input.lead_ids, "Lead", "leadIds")
            if len(set(lead_ids)) != len(lead_ids):
                raise invalid("Name each lead once.", "leadIds")
            return await _routed(work, lead_ids, Trigger.BULK, "leadIds", reassign=input.reassign)

        return await respond_in_tenant(
            info,
            route,
            lambda routing: RouteLeadsPayload(
                decisions=[
                    RoutingDecision.decided(decided, Trigger.BULK) for decided in routing.decisions
                ],
                passed_over=[
                    PassedLead(lead_id=strawberry.ID(global_id("Lead", lead_id)), reason=reason)
                    for lead_id, reason in routing.passed.items()
                ],
            ),
        )

    @strawberry.mutation(
        permission_classes=[CanRouteLeads],
        description="Route every open lead with no owner, in the background, batch by "
        "batch; each batch's progress is logged and counted on /metrics.",
    )
    async def route_unassigned_leads(
        self, info: Info, input: RouteUnassignedLeadsInput
    ) -> RouteUnassignedLeadsPayload:
        async def queue(work: UnitOfWork[InTenant]) -> None:
            team_id = optional_row_id(input.team_id, "Team", "teamId")
            if team_id is not None and await teams.find_team(work, team_id) is None:
                raise not_found("team", "teamId")
            work.after_commit(
                "route_unowned_leads",
                tenant_id=str(work.tenant_id),
                on_behalf_of=str(work.principal.user_id),
                team_id=None if team_id is None else str(team_id),
            )

        return await respond_in_tenant(
            info, queue, lambda _: RouteUnassignedLeadsPayload(queued=True)
        )
