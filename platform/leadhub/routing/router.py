"""Routing: who of the tenant gets each lead, and why.

``route`` decides for a batch of leads with a few queries, whatever its size: the
rules in order, the first whose conditions hold (all or any of them) sending the
lead to its target; its overflow when nobody there can take it; when nobody can,
it waits in the queue of the last team tried (or the tenant's). The tenant's
fallback takes a lead no rule matches. Each
decision is stored with its explanation, and the lead handed over with an
activity; a dry run decides the same and writes nothing.

One routing at a time per tenant: it locks the tenant's routing settings row,
so the turns and loads it reads are current, capacity holds and round robins
stay fair however many processes route at once. State lives in the database,
never in a process.
"""

import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub import bulk_sql
from leadhub.db import new_id, utcnow
from leadhub.leads import assignment, conditions
from leadhub.leads.assignment import Handover, RoutableLead
from leadhub.leads.conditions import Condition, Facts, Predicate
from leadhub.principal import InTenant
from leadhub.routing import rules as rule_book
from leadhub.routing.availability import Away
from leadhub.routing.candidates import Candidate, Skipped
from leadhub.routing.explanation import ConditionResult, Explanation, Step
from leadhub.routing.models import (
    UNASSIGNED,
    Match,
    Outcome,
    RoutingDecision,
    RoutingRule,
    SlaAction,
    SlaState,
    Strategy,
    Target,
    TargetKind,
    Trigger,
    Turns,
)
from leadhub.routing.service import availabilities_of
from leadhub.routing.strategies import Rotation, Turn, choose
from leadhub.sweeps import Batch
from leadhub.teams import service as teams
from leadhub.tenants.service import current_tenant, roles_of
from leadhub.work import UnitOfWork

MAX_LEADS = 1000  # one batch: a bulk routing goes batch by batch
# One transaction of a sweep: the routing read once for them all, while the
# tenant's other routings wait (2 to 3 s at 2,000 leads a second).
SWEEP_LEADS = 5 * MAX_LEADS
FALLBACK = "Routing fallback"  # how the feed names the fallback


class Passed(StrEnum):
    """Why a lead asked for was not routed."""

    CLOSED = "closed"
    OWNED = "owned"  # given to someone by a person: routed again only when asked


@dataclass(frozen=True)
class Decided:
    lead_id: uuid.UUID
    outcome: Outcome
    user_id: uuid.UUID | None
    team_id: uuid.UUID | None
    rule_id: uuid.UUID | None
    rule_name: str
    explanation: Explanation
    respond_by: datetime | None


@dataclass(frozen=True)
class Routing:
    decisions: list[Decided]
    passed: dict[uuid.UUID, Passed]


async def route(
    work: UnitOfWork[InTenant],
    lead_ids: Collection[uuid.UUID],
    trigger: Trigger,
    *,
    reassign: bool = False,
    dry_run: bool = False,
    now: datetime | None = None,
    unanswered: Mapping[uuid.UUID, uuid.UUID] | None = None,
) -> Routing:
    """Route up to ``MAX_LEADS`` leads. A lead with an owner is routed only when
    ``reassign``, on demand or for its SLA, or (reaching a routing stage) when
    routing gave it its owner: never one a person gave to someone. ``unanswered``
    names, by lead, who let its SLA pass: they are passed over, or (by the rule's
    ``SlaAction``) the lead goes to their team's manager."""
    if len(lead_ids) > MAX_LEADS:
        raise ValueError(f"route at most {MAX_LEADS} leads at once")
    router = await _Router.prepare(work, now or utcnow(), hold=not dry_run)
    routing = await router.route(
        lead_ids, trigger, reassign=reassign, dry_run=dry_run, unanswered=unanswered
    )
    if not dry_run:
        await router.finish()
    return routing


async def route_unowned(
    work: UnitOfWork[InTenant],
    after: uuid.UUID | None,
    batch_size: int,
    *,
    team_id: uuid.UUID | None = None,
) -> Batch[uuid.UUID]:
    """Route the next ``batch_size`` open leads with no owner after ``after`` (in id
    order), in ``team_id``'s queue if given: one batch of routing every unassigned
    lead. Up to ``SWEEP_LEADS`` in one transaction, ``MAX_LEADS`` at a time, with
    the rules, members, loads and turns read once for them all."""
    size = min(batch_size, SWEEP_LEADS)
    lead_ids = await assignment.unowned_lead_ids(work, after, size, team_id=team_id)
    if not lead_ids:
        return Batch(None, read=0, changed=0)
    router = await _Router.prepare(work, utcnow(), hold=True)
    assigned = 0
    for batch in batches(lead_ids):
        routing = await router.route(batch, Trigger.BULK)
        assigned += sum(decided.outcome is Outcome.ASSIGNED for decided in routing.decisions)
    await router.finish()
    more = len(lead_ids) == size
    return Batch(lead_ids[-1] if more else None, read=len(lead_ids), changed=assigned)


def batches(lead_ids: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    """A sweep's leads as routing takes them: ``MAX_LEADS`` at a time."""
    for start in range(0, len(lead_ids), MAX_LEADS):
        yield lead_ids[start : start + MAX_LEADS]


async def preview(work: UnitOfWork[InTenant], lead: RoutableLead) -> Decided:
    """The decision for a lead with these facts, as routing would make it now."""
    router = await _Router.prepare(work, utcnow(), hold=False)
    (decided,) = await router.decide([lead], {})
    return decided


async def latest_decisions(
    session: AsyncSession, lead_ids: Collection[uuid.UUID], *, lock: bool = False
) -> dict[uuid.UUID, RoutingDecision]:
    """Each lead's newest decision, for those that have one; ``lock`` holds the
    leads' decisions until the transaction ends."""
    latest: dict[uuid.UUID, RoutingDecision] = {}
    if lead_ids:
        statement = (
            select(RoutingDecision)
            .where(RoutingDecision.lead_id.in_(lead_ids))
            .order_by(RoutingDecision.lead_id, RoutingDecision.id.desc())
        )
        rows = await session.scalars(statement.with_for_update() if lock else statement)
        for decision in rows:
            latest.setdefault(decision.lead_id, decision)
    return latest


async def _passed_over(
    work: UnitOfWork[InTenant],
    leads: Sequence[RoutableLead],
    trigger: Trigger,
    *,
    forced: bool,
    unanswered: Mapping[uuid.UUID, uuid.UUID],
) -> dict[uuid.UUID, Passed]:
    """The leads not to route, and why: closed, or given to someone by a person. A
    lead whose SLA passed is routed on only if its owner is still who let it pass."""
    passed = {lead.id: Passed.CLOSED for lead in leads if not lead.open}
    owned = [lead for lead in leads if lead.open and lead.owner_id is not None]
    if trigger is Trigger.SLA:
        passed |= {
            lead.id: Passed.OWNED for lead in owned if lead.owner_id != unanswered.get(lead.id)
        }
        return passed
    if forced or not owned:
        return passed
    routed: dict[uuid.UUID, RoutingDecision] = {}
    if trigger is Trigger.STAGE:
        routed = await latest_decisions(work.session, [lead.id for lead in owned])
    for lead in owned:
        decision = routed.get(lead.id)
        if decision is None or (decision.user_id, decision.team_id) != (
            lead.owner_id,
            lead.owner_team_id,
        ):
            passed[lead.id] = Passed.OWNED
    return passed


@dataclass(frozen=True, slots=True)
class _Rule:
    """A rule as a batch tries it: its conditions made tests once, not per lead."""

    id: uuid.UUID
    name: str
    match: Match
    tests: tuple[tuple[Condition, Predicate], ...]
    matches: Predicate  # all or any of the tests; a rule with none takes every lead
    target: Target
    overflow: Target
    strategy: Strategy
    sticky: bool
    within_hours: bool
    sla_minutes: int | None
    sla_action: SlaAction

    @classmethod
    def of(cls, rule: RoutingRule) -> "_Rule":
        fields = rule_book.fields_of(rule)
        tests = tuple((each, conditions.predicate(each)) for each in fields.conditions)
        predicates = [test for _, test in tests]
        every = fields.match is Match.ALL or not predicates
        return cls(
            id=rule.id,
            name=fields.name,
            match=fields.match,
            tests=tests,
            matches=conditions.all_of(predicates) if every else conditions.any_of(predicates),
            target=fields.target,
            overflow=fields.overflow,
            strategy=fields.strategy,
            sticky=fields.sticky,
            within_hours=fields.within_working_hours,
            sla_minutes=fields.sla_minutes,
            sla_action=fields.sla_action,
        )


@dataclass(frozen=True, slots=True)
class _Ask:
    """What a lead's decision asks of the members it tries, besides their state."""

    within_hours: bool = False
    passed_over: uuid.UUID | None = None  # who let the lead's SLA pass
    company_owner: uuid.UUID | None = None  # for a sticky rule


@dataclass
class _Team(Rotation):
    """A team's members as routing weighs them in this batch, and its managers."""

    managers: list[uuid.UUID] = field(default_factory=list)


class _Router:
    """The batch's view: the rules, the teams with their members' availability at
    ``now``, and each member's load and turns, kept current as leads are given."""

    def __init__(
        self,
        work: UnitOfWork[InTenant],
        now: datetime,
        rules: list[RoutingRule],
        fallback: rule_book.Fallback,
        teams: dict[uuid.UUID, _Team],
        members: dict[uuid.UUID, Candidate],
        loads: dict[uuid.UUID, int],
        kept_turns: dict[tuple[uuid.UUID, uuid.UUID], Turns],
    ) -> None:
        self._work = work
        self.now = now
        self.rules = [_Rule.of(rule) for rule in rules]
        self.fallback = fallback
        self.teams = teams
        self.members = members  # each member of the tenant routing may give a lead to
        self.loads = loads
        self.turned: set[uuid.UUID] = set()  # the teams that took a lead
        self._due: set[datetime] = set()  # when the SLAs of the leads given are up
        self._kept_turns = kept_turns  # the rows of the turns, by team and member
        # Whether each member can take leads at ``now`` at all: the same for every lead.
        self._unavailable: dict[tuple[uuid.UUID, bool, bool], Skipped | None] = {}

    @classmethod
    async def prepare(cls, work: UnitOfWork[InTenant], now: datetime, *, hold: bool) -> "_Router":
        """The tenant's routing as it stands, held until the transaction ends if
        ``hold``: no other routing reads it, nor hands leads out, until then."""
        if hold:
            await rule_book.hold_routing(work)
        session = work.session
        rules = await rule_book.ordered_rules(session)
        fallback = await rule_book.fallback_of(work)
        targets = [fallback.target, *(t for r in rules for t in (r.target, r.overflow))]
        team_ids = {target.team_id for target in targets if target.team_id is not None}
        rosters = await teams.rosters(work, team_ids)
        users = {entry.user_id for roster in rosters.values() for entry in roster}
        users |= {target.user_id for target in targets if target.user_id is not None}
        members = await _members(work, users)
        kept_turns = await _kept_turns(session, rosters)
        turns: dict[uuid.UUID, dict[uuid.UUID, Turn]] = {}
        for (team_id, user_id), row in kept_turns.items():
            turns.setdefault(team_id, {})[user_id] = Turn(row.turns, row.last_turn_at)
        return cls(
            work,
            now,
            rules,
            fallback,
            {
                team_id: _team(roster, members, turns.get(team_id, {}))
                for team_id, roster in rosters.items()
            },
            members,
            await assignment.open_lead_counts(work, members),
            kept_turns,
        )

    async def route(
        self,
        lead_ids: Collection[uuid.UUID],
        trigger: Trigger,
        *,
        reassign: bool = False,
        dry_run: bool = False,
        unanswered: Mapping[uuid.UUID, uuid.UUID] | None = None,
    ) -> Routing:
        """``route``'s decisions for up to ``MAX_LEADS`` leads, stored unless
        ``dry_run``; ``finish`` keeps the turns they took and queues their SLAs' checks."""
        work, unanswered = self._work, unanswered or {}
        leads = await assignment.routable_leads(work, lead_ids, lock=not dry_run)
        forced = reassign or trigger is Trigger.ON_DEMAND
        passed = await _passed_over(work, leads, trigger, forced=forced, unanswered=unanswered)
        routed = [lead for lead in leads if lead.id not in passed]
        decisions = await self.decide(routed, unanswered)
        if trigger is Trigger.SLA:  # nobody else free: the lead stays where it is
            decisions = [decided for decided in decisions if decided.outcome is Outcome.ASSIGNED]
        if not dry_run:
            await _store(work, routed, decisions, trigger, self.now)
            self._due |= {decided.respond_by for decided in decisions if decided.respond_by}
        return Routing(decisions, passed)

    async def finish(self) -> None:
        """Once the transaction's leads are routed: store the turns of every team
        that took a lead (each of its members', so that a rotation's members all
        have their count from its first lead on), and queue the check of each SLA
        deadline once."""
        for due in self._due:
            self._work.after_commit_at(due, "check_responses", tenant_id=str(self._work.tenant_id))
        self._due.clear()
        for team_id in self.turned:
            for user_id, turn in self.teams[team_id].turns.items():
                row = self._kept_turns.get((team_id, user_id))
                if row is None:
                    row = self._kept_turns[team_id, user_id] = Turns(
                        team_id=team_id, user_id=user_id
                    )
                    self._work.session.add(row)
                row.turns, row.last_turn_at = turn.turns, turn.last_at
        self.turned.clear()

    async def decide(
        self, leads: Sequence[RoutableLead], unanswered: Mapping[uuid.UUID, uuid.UUID]
    ) -> list[Decided]:
        """Each lead's decision, in order. A lead routed again first leaves its
        owner's load; one whose SLA passed, only when it goes to someone else (it
        stays where it is when nobody else is free). ``unanswered``: who let each
        lead's SLA pass."""
        matches = [self._match(lead.facts) for lead in leads]
        owners = await self._company_owners(leads, matches)
        decided = []
        for lead, match in zip(leads, matches, strict=True):
            passed_over = unanswered.get(lead.id)
            holder = lead.owner_id if lead.owner_id in self.loads else None
            if holder is not None and passed_over is None:
                self.loads[holder] -= 1
            domain = lead.company_domain
            ask = _Ask(
                passed_over=passed_over, company_owner=owners.get(domain) if domain else None
            )
            decision = self._decide(lead, match, ask)
            if holder is not None and passed_over is not None and decision.user_id is not None:
                self.loads[holder] -= 1
            if domain and decision.user_id:  # its company's next lead too
                owners[domain] = decision.user_id
            decided.append(decision)
        return decided

    def _match(self, facts: Facts) -> tuple[int, _Rule] | None:
        """The first rule whose conditions hold, and how many were tried before it."""
        for passed, rule in enumerate(self.rules):
            if rule.matches(facts):
                return passed, rule
        return None

    async def _company_owners(
        self, leads: Sequence[RoutableLead], matches: Sequence[tuple[int, _Rule] | None]
    ) -> dict[str, uuid.UUID]:
        """Who owns each company a sticky rule's leads are of, by its domain."""
        domains = {
            lead.company_domain
            for lead, match in zip(leads, matches, strict=True)
            if match is not None and match[1].sticky and lead.company_domain
        }
        if not domains:
            return {}
        return await assignment.owners_by_domain(
            self._work, domains, among=self.members, besides={lead.id for lead in leads}
        )

    def _decide(self, lead: RoutableLead, match: tuple[int, _Rule] | None, ask: "_Ask") -> Decided:
        if match is None:
            fallback = self.fallback
            tried = self._give(fallback.target, fallback.strategy, replace(ask, company_owner=None))
            explanation = Explanation(None, None, None, (), len(self.rules), tried)
            return self._decided(lead, None, FALLBACK, explanation, None)
        passed, rule = match
        facts = lead.facts
        results = tuple(ConditionResult(condition, test(facts)) for condition, test in rule.tests)
        ask = replace(
            ask,
            within_hours=rule.within_hours,
            company_owner=ask.company_owner if rule.sticky else None,
        )
        steps: tuple[Step, ...] = ()
        if ask.passed_over is not None and rule.sla_action is SlaAction.ESCALATE:
            steps = self._escalate(rule.target, ask)
        if not steps or steps[-1].chosen is None:
            steps += self._give(rule.target, rule.strategy, ask)
        if steps[-1].chosen is None and rule.overflow != UNASSIGNED:
            steps += self._give(rule.overflow, rule.strategy, replace(ask, company_owner=None))
        explanation = Explanation(rule.id, rule.name, rule.match, results, passed, steps)
        sla = rule.sla_minutes
        respond_by = self.now + timedelta(minutes=sla) if sla else None
        return self._decided(lead, rule.id, rule.name, explanation, respond_by)

    def _decided(
        self,
        lead: RoutableLead,
        rule_id: uuid.UUID | None,
        rule_name: str,
        explanation: Explanation,
        respond_by: datetime | None,
    ) -> Decided:
        """The decision its last step makes: to the member who took the lead, else
        to the queue of the team tried (a team's, or the tenant's)."""
        last = explanation.steps[-1]
        team_id = None if last.gone else last.target.team_id
        if last.chosen is None:
            return Decided(
                lead.id, Outcome.QUEUED, None, team_id, rule_id, rule_name, explanation, None
            )
        return Decided(
            lead.id,
            Outcome.ASSIGNED,
            last.chosen,
            team_id,
            rule_id,
            rule_name,
            explanation,
            respond_by,
        )

    def _escalate(self, target: Target, ask: "_Ask") -> tuple[Step, ...]:
        """The lead to the team's manager, the first of them who can take it (one who
        takes no leads of their own is escalated to all the same, unless away); no
        step for a target that is no team, or a team without managers."""
        team = self.teams.get(target.team_id) if target.team_id else None
        if target.kind is not TargetKind.TEAM or team is None or not team.managers:
            return ()
        managers = [
            replace(member, active=True)
            for member in team.members
            if member.user_id in team.managers
        ]
        step = self._pick(target, None, managers, None, replace(ask, within_hours=False))
        return (replace(step, escalated=True),)

    def _give(self, target: Target, strategy: Strategy, ask: "_Ask") -> tuple[Step, ...]:
        """The steps of trying ``target``: the member who takes the lead in the last."""
        if target.kind is TargetKind.QUEUE:
            gone = target.team_id is not None and target.team_id not in self.teams
            return (Step(target, None, gone=gone),)
        if target.kind is TargetKind.USER:
            member = self.members.get(target.user_id) if target.user_id else None
            if member is None:
                return (Step(target, None, gone=True),)
            return (self._pick(target, None, [member], None, ask),)
        team = self.teams.get(target.team_id) if target.team_id else None
        if team is None:
            return (Step(target, strategy, gone=True),)
        return (self._pick(target, team, team.members, strategy, ask),)

    def _pick(
        self,
        target: Target,
        team: _Team | None,
        members: Sequence[Candidate],
        strategy: Strategy | None,
        ask: "_Ask",
    ) -> Step:
        """Who of ``members`` takes the lead: the company's owner if they can, else
        whom the team's strategy chooses, else the one member named."""
        skipped: list[tuple[uuid.UUID, Skipped]] = []
        available: list[Candidate] = []
        for member in members:
            known = (member.user_id, member.active, ask.within_hours)
            if known not in self._unavailable:
                self._unavailable[known] = member.unavailable(
                    self.now, within_hours=ask.within_hours
                )
            reason = self._unavailable[known]
            if member.user_id == ask.passed_over:
                reason = Skipped.NO_RESPONSE
            if reason is None and member.full(self.loads[member.user_id]):
                reason = Skipped.FULL
            if reason is None:
                available.append(member)
            else:
                skipped.append((member.user_id, reason))
        chosen: Candidate | None = None
        if available:
            sticky = [member for member in available if member.user_id == ask.company_owner]
            if sticky:
                chosen = sticky[0]
            elif team is None or strategy is None:
                chosen = available[0]
            else:
                chosen = choose(strategy, available, team, self.loads)
            self._take(chosen, team, target, strategy)
        return Step(
            target,
            strategy,
            tuple(skipped),
            len(available),
            chosen.user_id if chosen else None,
            ask.company_owner,
        )

    def _take(
        self, member: Candidate, team: _Team | None, target: Target, strategy: Strategy | None
    ) -> None:
        self.loads[member.user_id] += 1
        if team is None or target.team_id is None:
            return
        team.take(member, strategy or Strategy.ROUND_ROBIN, self.now)
        self.turned.add(target.team_id)


def _team(
    roster: Sequence[teams.RosterEntry],
    members: Mapping[uuid.UUID, Candidate],
    turns: Mapping[uuid.UUID, Turn],
) -> _Team:
    on_team = [
        _on_team(members[entry.user_id], entry.part) for entry in roster if entry.user_id in members
    ]
    # A rotation's first lead starts every member at no turns: a member missing
    # from one that has begun joined it since.
    started = dict(turns) or {member.user_id: Turn(0, None) for member in on_team}
    return _Team(
        members=on_team,
        turns=started,
        managers=[entry.user_id for entry in roster if entry.manager],
    )


def _on_team(member: Candidate, part: teams.MemberPart) -> Candidate:
    """The tenant's member as a team weighs them: active, capacity and weight its own."""
    return Candidate(
        user_id=member.user_id,
        active=part.active,
        weight=part.weight,
        capacity=part.capacity,
        away=member.away,
        hours=member.hours,
        zone=member.zone,
    )


async def _members(
    work: UnitOfWork[InTenant], user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Candidate]:
    """The users who are members of the tenant, each as a candidate of no team."""
    roles = await roles_of(work, user_ids)
    tenant_zone = ZoneInfo((await current_tenant(work)).time_zone)
    return {
        user_id: Candidate(
            user_id=user_id,
            active=True,
            weight=1,
            capacity=None,
            away=Away(hours.away_from, hours.away_until),
            hours=hours.working_hours,
            zone=ZoneInfo(hours.time_zone) if hours.time_zone else tenant_zone,
        )
        for user_id, hours in (await availabilities_of(work, roles)).items()
    }


async def _kept_turns(
    session: AsyncSession, rosters: dict[uuid.UUID, list[teams.RosterEntry]]
) -> dict[tuple[uuid.UUID, uuid.UUID], Turns]:
    if not rosters:
        return {}
    rows = await session.scalars(select(Turns).where(Turns.team_id.in_(rosters)))
    return {(row.team_id, row.user_id): row for row in rows}


async def _store(
    work: UnitOfWork[InTenant],
    leads: Sequence[RoutableLead],
    decisions: Sequence[Decided],
    trigger: Trigger,
    now: datetime,
) -> None:
    """Hand over the leads that change owners, and keep every decision."""
    owners = {lead.id: (lead.owner_id, lead.owner_team_id) for lead in leads}
    await assignment.hand_over(
        work,
        [
            Handover(
                decided.lead_id, decided.user_id, decided.team_id, decided.rule_name, trigger.value
            )
            for decided in decisions
            if owners[decided.lead_id] != (decided.user_id, decided.team_id)
        ],
    )
    if decisions:
        # A lead routed again owes the earlier decision no response any more.
        await work.session.execute(
            update(RoutingDecision)
            .where(
                bulk_sql.one_of(
                    work.session,
                    RoutingDecision.lead_id,
                    [decided.lead_id for decided in decisions],
                ),
                RoutingDecision.sla == SlaState.PENDING,
            )
            .values(sla=SlaState.SUPERSEDED)
            .execution_options(synchronize_session=False)
        )
        await bulk_sql.insert_rows(
            work.session,
            RoutingDecision,
            [
                {
                    "id": new_id(),
                    "lead_id": decided.lead_id,
                    "trigger": trigger,
                    "outcome": decided.outcome,
                    "rule_id": decided.rule_id,
                    "user_id": decided.user_id,
                    "team_id": decided.team_id,
                    "explanation": decided.explanation.to_json(),
                    "decided_at": now,
                    "respond_by": decided.respond_by,
                    "sla": None if decided.respond_by is None else SlaState.PENDING,
                }
                for decided in decisions
            ],
        )
