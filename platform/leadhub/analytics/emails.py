"""What a goal's owners are told by email: that it was reached, or fell behind."""

from email.message import EmailMessage

from leadhub.activity.service import ActivityKind
from leadhub.analytics.models import Goal
from leadhub.mail import text_message


def goal_news_message(*, to: str, goal: Goal, news: ActivityKind) -> EmailMessage:
    # Goal names are typed by users: a line break would be refused in a header.
    name = " ".join(goal.name.split())
    period = f"{goal.first_day:%d.%m.%Y} to {goal.last_day:%d.%m.%Y}"
    if news is ActivityKind.GOAL_REACHED:
        subject = f"Goal reached: {name}"
        said = f"Your team's goal {name} ({period}) has reached its target of {goal.target:f}."
    else:
        subject = f"Goal behind pace: {name}"
        said = (
            f"Your team's goal {name} ({period}) is behind the pace that reaches its target"
            f" of {goal.target:f}. Its progress and forecast are on the goal in Leadhub."
        )
    return text_message(to=to, subject=subject, text=f"{said}\n")
