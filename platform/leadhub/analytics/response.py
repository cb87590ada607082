"""How fast sales answers: minutes from a lead's assignment to the first sales
activity after it, and the share of assignments answered past their SLA.

An assignment is judged once its SLA is settled (met or missed), or due and
still unanswered; one routed on before it was due (superseded), or without an
SLA, counts for the minutes only.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Label, and_, case, func, or_, select

from leadhub.age_in_days import age_in_days
from leadhub.analytics.filters import LeadFilters, lead_of
from leadhub.analytics.periods import Window
from leadhub.analytics.series import Rows, in_window, measured
from leadhub.analytics.spreads import ranked, read_spread, spreads
from leadhub.analytics.values import Ratio, Series, Spread
from leadhub.leads.models import Lead
from leadhub.principal import InTenant
from leadhub.routing.models import Outcome, RoutingDecision, SlaState
from leadhub.work import UnitOfWork

MINUTES_A_DAY = 1440


@dataclass(frozen=True)
class ResponseTime(Spread):
    """The spread of minutes to answer, and the assignments answered past their SLA."""

    over_sla: Ratio = field(default_factory=Ratio)


async def response_time(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters, now: datetime
) -> Series[ResponseTime]:
    decision = RoutingDecision
    due_unanswered = and_(decision.sla == SlaState.PENDING, decision.respond_by <= now)
    over = or_(decision.sla == SlaState.MISSED, due_unanswered)
    judged = or_(decision.sla.in_([SlaState.MET, SlaState.MISSED]), due_unanswered)
    answered_after = age_in_days(decision.decided_at, decision.responded_at) * MINUTES_A_DAY
    minutes = case((decision.responded_at.is_not(None), answered_after))

    def build(bucket: Label[datetime]) -> Rows:
        rows = (
            select(
                bucket,
                minutes.label("value"),
                case((over, 1), else_=0).label("over"),
                case((judged, 1), else_=0).label("judged"),
            )
            .select_from(decision)
            .join(Lead, lead_of(decision))
            .where(
                decision.outcome == Outcome.ASSIGNED,
                in_window(decision.decided_at, window),
                *filters.criteria(),
            )
        )
        answered = ranked(rows)
        return spreads(
            answered,
            func.sum(answered.c.over).label("over"),
            func.sum(answered.c.judged).label("judged"),
        )

    return await measured(work, window, decision.decided_at, build, _read, ResponseTime())


def _read(row: Any) -> ResponseTime:
    spread = read_spread(row)
    return ResponseTime(
        spread.median, spread.mean, spread.count, Ratio(int(row.over), int(row.judged))
    )
