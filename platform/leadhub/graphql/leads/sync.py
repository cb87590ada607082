"""Partners' incremental sync: the leads changed since a time, and those deleted, each
in the order the transactions that changed them committed.

A lead names the batch of the transaction that last changed it, and each batch
took its tenant's next position as it committed (``leadhub.commits``). Paging by
(position, id) never skips a lead: a transaction still open while a partner pages
commits at a later position than any the partner has read, however early it
began. A lead changed again while a partner pages moves to the end, and comes once
more. Deleted and merged leads are kept as tombstones for
``LEAD_TOMBSTONE_RETENTION_DAYS``, paged the same way.
"""

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from typing import Any

import strawberry
from sqlalchemy import Select, select
from strawberry import relay

from leadhub.activity import feed
from leadhub.activity.models import FeedCommit
from leadhub.db import utcnow
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.leads.types import lead_columns
from leadhub.graphql.node import by_ids, global_id, resolve_nodes
from leadhub.graphql.pagination import decode_cursor, paginate_rows
from leadhub.graphql.permissions import ReadsLeads
from leadhub.leads.models import Lead as LeadModel
from leadhub.leads.models import LeadTombstone


def changed_since(
    statement: Select[Any], since: datetime, after: str | None, fields: Collection[str]
) -> Select[Any]:
    """The leads ``statement`` matches whose last change committed at or after ``since``
    (and after the cursor), with the columns the page's ``fields`` read and the
    position that orders them."""
    return _from_commits(
        statement.with_only_columns(
            *lead_columns(fields, key=[LeadModel.id]), FeedCommit.position
        ).join(FeedCommit, feed.committed(LeadModel)),
        since,
        after,
        SYNC_KEY,
    )


def _from_commits(
    statement: Select[Any], since: datetime, after: str | None, key: list[Any]
) -> Select[Any]:
    """``statement`` bounded to the commits it may read: since a time, and from the
    cursor's position on. The bounds let a page read the commits' index from where
    it starts, instead of every commit of the tenant's."""
    statement = statement.where(FeedCommit.committed_at >= since)
    if after is not None:
        position = decode_cursor(after, key)[0]
        statement = statement.where(FeedCommit.position >= position)
    return statement


# A lead's place in the sync: the position its change committed at, then its id.
SYNC_KEY = [FeedCommit.position, LeadModel.id]


@strawberry.type(description="A lead deleted, or merged into another, kept for partners' sync.")
class DeletedLead(relay.Node):
    id: relay.NodeID[str]
    lead_id: strawberry.ID = strawberry.field(description="The deleted lead's id, as it was.")
    merged_into_id: strawberry.ID | None = strawberry.field(
        description="The lead it was merged into (which may since have gone too); null if"
        " it was deleted."
    )
    deleted_at: datetime

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> "DeletedLead":
        merged_into = values["merged_into_id"]
        return cls(
            id=str(values["id"]),
            lead_id=strawberry.ID(global_id("Lead", values["id"])),
            merged_into_id=strawberry.ID(global_id("Lead", merged_into)) if merged_into else None,
            deleted_at=values["deleted_at"],
        )

    @classmethod
    def from_model(cls, tombstone: LeadTombstone) -> "DeletedLead":
        return cls.from_values(vars(tombstone))

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["DeletedLead | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(LeadTombstone), cls.from_model, ReadsLeads
        )


@strawberry.type
class TenantDeletedLeads:
    """The Tenant node's list of deleted leads (the Tenant node inherits it)."""

    @strawberry.field(
        permission_classes=[ReadsLeads],
        description="The leads deleted or merged at or after 'since', in the order those"
        " deletions committed; kept LEAD_TOMBSTONE_RETENTION_DAYS (90 by default).",
    )
    async def deleted_leads(
        self, info: Info, since: datetime, first: int | None = None, after: str | None = None
    ) -> relay.Connection[DeletedLead]:
        kept = timedelta(days=info.context.settings.lead_tombstone_retention_days)
        # Resuming after a cursor, the time no longer bounds the page; at the start,
        # one further back than deletions are kept would promise what is gone.
        if since.utcoffset() is None or (after is None and since < utcnow() - kept):
            raise UserInputError(
                f"Deletions are kept {kept.days} days: give a time within them, with its"
                " offset; further back, read every lead again.",
                field="since",
            )
        key = [FeedCommit.position, LeadTombstone.id]
        statement: Select[Any] = select(  # type: ignore[assignment]  # four columns, by name
            LeadTombstone.id,
            LeadTombstone.merged_into_id,
            LeadTombstone.deleted_at,
            FeedCommit.position,
        ).join(FeedCommit, feed.committed(LeadTombstone))
        return await paginate_rows(
            info.context.session,
            _from_commits(statement, since, after, key),
            key=key,
            first=first,
            after=after,
            to_node=DeletedLead.from_values,
        )
