"""Jobs of the analytics domain: each tenant's goals looked at daily, and their
owners told; the funnel's rollup folded together."""

from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.activity.service import ActivityKind
from leadhub.analytics import funnel_counts, goal_news, goals
from leadhub.analytics.emails import goal_news_message
from leadhub.db import utcnow
from leadhub.mail import Mailer
from leadhub.principal import SystemJob
from leadhub.teams import service as teams
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def check_goals(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: its goals reached or fallen behind."""
    principal = SystemJob(UUID(tenant_id), "check_goals")
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        told = await goal_news.check_goals(work, utcnow())
    _log.info("goals checked", tenant_id=tenant_id, day=day, told=told)


@tasks.actor
async def fold_funnel_counts(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: its funnel's rollup folded together."""
    principal = SystemJob(UUID(tenant_id), "fold_funnel_counts")
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        await funnel_counts.fold(work)


@tasks.actor
async def send_goal_news(tenant_id: str, goal_id: str, news: str) -> None:
    """Email each member of the goal's teams what became of it."""
    principal = SystemJob(UUID(tenant_id), "send_goal_news")
    async with unit_of_work(tasks.worker_database(), principal) as work:
        goal = await goals.find_goal(work, UUID(goal_id))
        if goal is None:
            _log.info("goal gone; owners not told", goal_id=goal_id)
            return
        rosters = await teams.rosters(work, await goals.owner_ids(work, goal.id))
        people = list({entry.user_id for roster in rosters.values() for entry in roster})
        recipients = [
            user.email for user in await work.session.scalars(tenants.members_among(people))
        ]
    mailer = Mailer(tasks.configured_settings().resolved_mail_url)
    for email in recipients:
        await mailer.send(goal_news_message(to=email, goal=goal, news=ActivityKind(news)))
