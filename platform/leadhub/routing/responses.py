"""Answering routed leads: when the first sales activity came after an assignment,
kept for the KPIs (DOMAIN.md's response time), and what becomes of a lead nobody
answered within its rule's SLA. A job checks each decision when its time is up;
an unanswered lead goes to the team's next member, or to its manager, by the
rule's ``SlaAction``, and the feed records the reassignment."""

import uuid
from datetime import datetime

from sqlalchemy import func, select

from leadhub import bulk_sql
from leadhub.activity import service as activity
from leadhub.leads import assignment
from leadhub.principal import InTenant
from leadhub.routing import router, rules
from leadhub.routing.models import Outcome, RoutingDecision, SlaState, Trigger
from leadhub.sweeps import Batch
from leadhub.work import UnitOfWork


async def note_response(work: UnitOfWork[InTenant], lead_id: uuid.UUID, at: datetime) -> None:
    """A sales activity logged on the lead, done at ``at``: the first after its
    latest assignment answers it, in time for its SLA or not."""
    latest = (await router.latest_decisions(work.session, [lead_id], lock=True)).get(lead_id)
    if (
        latest is not None
        and latest.outcome is Outcome.ASSIGNED
        and latest.responded_at is None
        and at >= latest.decided_at
    ):
        _answered(latest, at)


async def check_due(
    work: UnitOfWork[InTenant], now: datetime, batch_size: int = router.MAX_LEADS
) -> Batch[datetime]:
    """A batch of the decisions whose SLA is up by ``now``: each answered in time,
    late, or not at all, when the lead goes on (it stays where it is, its SLA
    missed, when nobody else can take it); one the lead left meanwhile (a person
    took it, or it closed) is superseded. The next batch's cursor is ``now``
    itself, as long as some are left; after the last that found any, the next
    deadline's check is queued."""
    # Locks in the order routing and logging an activity take them: the routing,
    # the leads, then their decisions; else they could wait on each other.
    await rules.hold_routing(work)
    size = min(batch_size, router.MAX_LEADS)
    pending_due = (
        RoutingDecision.sla == SlaState.PENDING,
        RoutingDecision.respond_by <= now,
    )
    lead_ids = list(
        await work.session.scalars(
            select(RoutingDecision.lead_id)
            .where(*pending_due)
            .order_by(RoutingDecision.respond_by)
            .limit(size)
        )
    )
    await assignment.hold_leads(work, lead_ids)
    due = list(
        await work.session.scalars(
            select(RoutingDecision)
            .where(*pending_due, bulk_sql.one_of(work.session, RoutingDecision.lead_id, lead_ids))
            .with_for_update()
        )
    )
    answers = await activity.first_responses(
        work, {decision.lead_id: decision.decided_at for decision in due}
    )
    unanswered: dict[uuid.UUID, RoutingDecision] = {}
    for decision in due:
        answer = answers.get(decision.lead_id)
        if answer is not None:
            _answered(decision, answer)
        else:
            decision.sla = SlaState.MISSED
            unanswered[decision.lead_id] = decision
    moved = 0
    if unanswered:
        routing = await router.route(
            work,
            unanswered,
            Trigger.SLA,
            now=now,
            unanswered={lead_id: d.user_id for lead_id, d in unanswered.items() if d.user_id},
        )
        for lead_id in routing.passed:
            unanswered[lead_id].sla = SlaState.SUPERSEDED
        moved = len(routing.decisions)
    more = len(lead_ids) == size
    if due and not more:
        await _check_next_deadline(work)
    return Batch(now if more else None, read=len(due), changed=moved)


async def _check_next_deadline(work: UnitOfWork[InTenant]) -> None:
    """Queue the check of the earliest SLA still pending: each check leaves the
    next one queued, whatever became of the job its routing queued."""
    next_due = await work.session.scalar(
        select(func.min(RoutingDecision.respond_by)).where(RoutingDecision.sla == SlaState.PENDING)
    )
    if next_due is not None:
        work.after_commit_at(next_due, "check_responses", tenant_id=str(work.tenant_id))


def _answered(decision: RoutingDecision, at: datetime) -> None:
    decision.responded_at = at
    if decision.sla is SlaState.PENDING:
        assert decision.respond_by is not None  # a pending SLA has its deadline
        decision.sla = SlaState.MET if at <= decision.respond_by else SlaState.MISSED
