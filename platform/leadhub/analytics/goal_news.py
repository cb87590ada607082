"""Telling a goal's owners how it goes: once when it is reached, and once each
time it falls behind the pace that reaches it (again after it caught up). The
feed records each, as an activity of the whole tenant; the owners' teams' members
get an email."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.analytics.models import Goal
from leadhub.analytics.progress import GoalStatus, Progress, progress
from leadhub.principal import InTenant
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

NEWS_ACTOR = "send_goal_news"


async def check_goals(work: UnitOfWork[InTenant], now: datetime) -> int:
    """Look at every goal under way (or ended yesterday) not yet reached; returns
    how many had news."""
    zone = ZoneInfo((await tenants.current_tenant(work)).time_zone)
    today = now.astimezone(zone).date()
    under_way = await work.session.scalars(
        select(Goal)
        .where(
            Goal.first_day <= today,
            Goal.last_day >= today - timedelta(days=1),
            Goal.reached_at.is_(None),
        )
        .order_by(Goal.id)
        .with_for_update()
    )
    told = 0
    for goal in list(under_way):
        standing = await progress(work, goal, now, zone)
        if standing.status is GoalStatus.REACHED:
            goal.reached_at = now
            _tell(work, goal, ActivityKind.GOAL_REACHED, standing)
            told += 1
        elif standing.status is GoalStatus.BEHIND and goal.behind_since is None:
            goal.behind_since = now
            _tell(work, goal, ActivityKind.GOAL_BEHIND, standing)
            told += 1
        elif standing.status is GoalStatus.ON_PACE:
            goal.behind_since = None  # caught up: falling behind again is news again
    return told


def _tell(work: UnitOfWork[InTenant], goal: Goal, kind: ActivityKind, standing: Progress) -> None:
    activity.record_for_tenant(
        work,
        kind=kind,
        payload={
            "goalId": str(goal.id),
            "name": goal.name,
            "metric": goal.metric.value,
            "target": str(goal.target),
            "value": None if standing.value is None else str(standing.value),
            "expectedByNow": str(standing.expected_by_now),
            "forecast": None if standing.forecast is None else str(standing.forecast),
        },
    )
    work.after_commit(
        NEWS_ACTOR, tenant_id=str(work.tenant_id), goal_id=str(goal.id), news=kind.value
    )
