"""Answering routed leads: when the first sales activity came after an assignment,
kept for the KPIs (DOMAIN.md's response time), and what becomes of a lead nobody
answered within its rule's SLA. A job checks each decision when its time is up;
an unanswered lead goes to the team's next member, or to its manager, by the
rule's ``SlaAction``, and the feed records the reassignment."""

import uuid
from datetime import datetime

from sqlalchemy import select

from leadhub.activity import service as activity
from leadhub.principal import InTenant
from leadhub.routing import router
from leadhub.routing.models import Outcome, RoutingDecision, SlaState, Trigger
from leadhub.sweeps import Batch
from leadhub.work import UnitOfWork


async def note_response(work: UnitOfWork[InTenant], lead_id: uuid.UUID, at: datetime) -> None:
    """A sales activity logged on the lead, done at ``at``: the first after its
    latest assignment answers it, in time for its SLA or not."""
    latest = (await router.latest_decisions(work.session, [lead_id])).get(lead_id)
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
    """The decisions whose SLA is up by ``now``, a batch of them: each answered in
    time, late, or not at all, when the lead goes on; the next batch's cursor is
    ``now`` itself, as long as some are left."""
    due = list(
        await work.session.scalars(
            select(RoutingDecision)
            .where(RoutingDecision.sla == SlaState.PENDING, RoutingDecision.respond_by <= now)
            .order_by(RoutingDecision.respond_by)
            .limit(batch_size)
            .with_for_update()
        )
    )
    answers = await activity.first_responses(
        work, {decision.lead_id: decision.decided_at for decision in due}
    )
    unanswered: dict[uuid.UUID, uuid.UUID] = {}
    for decision in due:
        answer = answers.get(decision.lead_id)
        if answer is not None:
            _answered(decision, answer)
        else:
            decision.sla = SlaState.MISSED
            assert decision.user_id is not None  # an assignment's SLA
            unanswered[decision.lead_id] = decision.user_id
    moved = 0
    if unanswered:
        routing = await router.route(work, unanswered, Trigger.SLA, now=now, unanswered=unanswered)
        moved = len(routing.decisions)
    return Batch(now if len(due) == batch_size else None, read=len(due), changed=moved)


def _answered(decision: RoutingDecision, at: datetime) -> None:
    decision.responded_at = at
    if decision.sla is SlaState.PENDING:
        assert decision.respond_by is not None  # a pending SLA has its deadline
        decision.sla = SlaState.MET if at <= decision.respond_by else SlaState.MISSED
