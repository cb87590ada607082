"""The User node: a person, as the API shows them to the members of a tenant.

Every domain's types point at people (owners, members, authors), so the node
sits below them all.
"""

import uuid
from collections.abc import Iterable

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id, global_id_field, resolve_nodes
from leadhub.graphql.permissions import ReadsMembers, SeesMembersEmails
from leadhub.rows_by_id import Values, column_values
from leadhub.tenants import service
from leadhub.tenants.models import User

# What the node shows of a user's row.
USER_COLUMNS = ("id", "name", "email")


@strawberry.type(name="User")
class UserNode(relay.Node):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    name: str
    email: str = strawberry.field(permission_classes=[SeesMembersEmails])

    @classmethod
    def from_model(cls, user: User) -> "UserNode":
        return cls.from_values(column_values(user, USER_COLUMNS))

    @classmethod
    def from_values(cls, values: Values) -> "UserNode":
        """A user from the values of ``USER_COLUMNS``."""
        return cls(
            id=str(values["id"]),
            _id=global_id("User", values["id"]),
            name=values["name"],
            email=values["email"],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["UserNode | None"]:
        # Users are global: only the members of the current tenant are visible.
        return await resolve_nodes(
            info, node_ids, service.members_among, cls.from_model, ReadsMembers
        )


async def load_user(info: Info, user_id: uuid.UUID | None) -> UserNode | None:
    """The person, or None for no id or one the viewer cannot see."""
    user = await info.context.loaders.user.load(user_id) if user_id else None
    return UserNode.from_model(user) if user else None
