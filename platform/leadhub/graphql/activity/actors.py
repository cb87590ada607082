"""Who did an activity: a member, a partner's client, or the system."""

import uuid
from typing import Annotated

import strawberry

from leadhub.activity.models import Activity, ActorKind
from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id
from leadhub.graphql.users import UserNode, load_user


@strawberry.type(description="A member of the tenant did it.")
class MemberActor:
    member_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Null if the person's account is gone.")
    async def member(self, info: Info) -> UserNode | None:
        return await load_user(info, self.member_id)


@strawberry.type(description="A partner's API client installed in the tenant did it.")
class PartnerClientActor:
    client_id: strawberry.ID


@strawberry.type(description="The system did it: a job, or a rule of the tenant.")
class SystemActor:
    job: str | None = strawberry.field(
        description="What it was doing, such as decay_scores, return_due_leads or "
        "mql_score_threshold; null on activities recorded before it was kept."
    )
    on_behalf_of_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The person whose action set it going, if one did.")
    async def on_behalf_of(self, info: Info) -> UserNode | None:
        return await load_user(info, self.on_behalf_of_id)


Actor = Annotated[
    MemberActor | PartnerClientActor | SystemActor,
    strawberry.union("Actor", description="Who did an activity."),
]


def actor_of(activity: Activity) -> MemberActor | PartnerClientActor | SystemActor:
    match activity.actor_kind:
        case ActorKind.MEMBER:
            return MemberActor(member_id=activity.actor_id)
        case ActorKind.PARTNER_CLIENT:
            assert activity.actor_client_id is not None  # recorded with every client's activity
            return PartnerClientActor(
                client_id=strawberry.ID(global_id("PartnerClient", activity.actor_client_id))
            )
        case ActorKind.SYSTEM:
            return SystemActor(job=activity.actor_job, on_behalf_of_id=activity.actor_id)
