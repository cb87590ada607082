"""The activity feed as people follow it: a lead's, a person's, a team's or the
whole tenant's, of some kinds, in pages newest first, and live over a WebSocket.

A person's feed holds what they did and what happened to the leads they own; a
team's, what its members did and what happened to the leads the team or its
members own. So marketing follows what sales does with its leads, and sales the
marketing touches on theirs. A sales rep sees the leads in reach, as everywhere.
"""

import asyncio
import base64
import binascii
import contextlib
import uuid
from collections.abc import AsyncGenerator

import strawberry
from strawberry import relay

from leadhub.activity import feed as activity_feed
from leadhub.activity import news
from leadhub.activity.feed import AFTER_ALL, Cursor, FeedFilter
from leadhub.activity.models import Activity as ActivityModel
from leadhub.activity.models import ActivityKind
from leadhub.graphql.activity.types import Activity
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.live import LiveInfo
from leadhub.graphql.node import argument_row_id
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import ReadsActivity
from leadhub.leads import service as leads
from leadhub.teams import service as teams
from leadhub.work import unit_of_work

# Activities a look sends at most before it looks again: a subscriber far behind
# catches up in steps, each a transaction of its own.
SENT_AT_ONCE = 200
# How long a subscriber waits for news before it looks anyway: news lost on the
# way (a listener reconnecting) delays an activity by this much at most.
LOOK_ANYWAY_SECONDS = 5.0
MAX_POSITION = 2**63 - 1  # a BIGINT's


@strawberry.input(
    description="Whose feed: a lead's, a person's or a team's (one of them at most);"
    " none of them: the whole tenant's. Of the kinds named, or of all."
)
class FeedInput:
    lead_id: strawberry.ID | None = None
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="What the person did, and what happened to the leads they own."
    )
    team_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="What its members did, and what happened to the leads it or they own.",
    )
    kinds: list[ActivityKind] = strawberry.field(default_factory=list)

    def to_filter(self) -> FeedFilter:
        named = [value for value in (self.lead_id, self.user_id, self.team_id) if value]
        if len(named) > 1:
            raise UserInputError("Follow one lead, person or team at most.", field="feed")
        kinds = tuple(dict.fromkeys(self.kinds))  # a kind named twice is one kind
        if self.lead_id:
            return FeedFilter(kinds, lead_id=argument_row_id(self.lead_id, "Lead", "feed.leadId"))
        if self.user_id:
            person = [argument_row_id(self.user_id, "User", "feed.userId")]
            return FeedFilter(kinds, on_leads=leads.owned_lead_ids(owners=person), by_people=person)
        if self.team_id:
            team_id = argument_row_id(self.team_id, "Team", "feed.teamId")
            members = teams.member_ids(team_id)
            on_leads = leads.owned_lead_ids(owners=members, team_id=team_id)
            return FeedFilter(kinds, on_leads=on_leads, by_people=members)
        return FeedFilter(kinds)


@strawberry.type
class FeedEvent:
    cursor: str = strawberry.field(
        description="Where this activity stands in the order of commits: subscribe again"
        " 'after' it to resume without a gap."
    )
    activity: Activity


def encode_cursor(cursor: Cursor) -> str:
    after_all = cursor.row_id == AFTER_ALL
    text = f"{cursor.position}:{'' if after_all else cursor.row_id}"
    return base64.urlsafe_b64encode(text.encode()).decode()


def decode_cursor(value: str) -> Cursor:
    try:
        position, _, activity_id = base64.urlsafe_b64decode(value.encode()).decode().partition(":")
        cursor = Cursor(int(position), uuid.UUID(activity_id) if activity_id else AFTER_ALL)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise UserInputError("The 'after' cursor is not one this feed gave out.") from None
    if not 0 <= cursor.position <= MAX_POSITION:
        raise UserInputError("The 'after' cursor is not one this feed gave out.")
    return cursor


@strawberry.type
class FeedQueries:
    @strawberry.field(
        permission_classes=[ReadsActivity],
        description="The feed, newest first: the whole tenant's, or a lead's, a person's or"
        " a team's (FeedInput).",
    )
    async def activity_feed(
        self,
        info: Info,
        feed: FeedInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> relay.Connection[Activity]:
        wanted = (feed or FeedInput()).to_filter()
        return await paginate(
            info.context.session,
            activity_feed.page(wanted),
            key=[ActivityModel.occurred_at, ActivityModel.id],
            first=first,
            after=after,
            to_node=Activity.from_model,
            newest_first=True,
        )


@strawberry.type
class FeedSubscriptions:
    @strawberry.subscription(
        permission_classes=[ReadsActivity],
        description="Activities as they are recorded, in the order their transactions"
        " commit, of the feed asked for and as the viewer may see them; 'after' an event's"
        " cursor, first every activity since it (a connection lost resumes without a gap)."
        " Over a WebSocket at /graphql (graphql-transport-ws), logged in by"
        ' connection_init\'s payload: {"Authorization": "Bearer <token>",'
        ' "X-Tenant-ID": "<tenant id>"}.',
    )
    async def activity_feed(
        self, info: LiveInfo, feed: FeedInput | None = None, after: str | None = None
    ) -> AsyncGenerator[FeedEvent, None]:
        wanted = (feed or FeedInput()).to_filter()
        cursor = decode_cursor(after) if after is not None else None
        principal = await info.context.allowed(ReadsActivity)
        with news.watching(principal.tenant_id) as moved_on:
            if cursor is None:
                async with unit_of_work(info.context.database, principal) as work:
                    cursor = await activity_feed.head(work)
            while True:
                moved_on.clear()  # before the look: news that comes during it counts
                principal = await info.context.allowed(ReadsActivity)
                async with unit_of_work(info.context.database, principal) as work:
                    # The head first: every commit up to it is seen by the look after.
                    head = await activity_feed.head(work)
                    found = await activity_feed.since(work, cursor, wanted, SENT_AT_ONCE)
                # Sent with the look's unit of work closed: a slow client holds no connection.
                info.context.read_as(principal)
                for activity, cursor in found:
                    yield FeedEvent(
                        cursor=encode_cursor(cursor), activity=Activity.from_model(activity)
                    )
                if len(found) < SENT_AT_ONCE:
                    # Nothing else of it is for this subscriber: the next look starts past
                    # it, not at the last activity it was sent (a quiet lead's feed).
                    cursor = max(cursor, head)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(moved_on.wait(), LOOK_ANYWAY_SECONDS)
