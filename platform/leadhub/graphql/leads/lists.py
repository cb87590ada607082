"""The Tenant node's lists of the leads domain: leads, the funnel, sources, custom
fields and scoring rules (the Tenant node inherits them)."""

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.leads.filters import (
    COUNT_FIELDS,
    SEARCH_COUNT_CAP,
    SORT_KEYS,
    VALUE_FIELDS,
    LeadConnection,
    LeadFilterInput,
    count_beside,
)
from leadhub.graphql.leads.scoring import ScoringRule
from leadhub.graphql.leads.sync import SYNC_KEY, changed_since
from leadhub.graphql.leads.types import CustomField, Lead, PageRelations, Source, lead_columns
from leadhub.graphql.pagination import (
    connection_fields,
    decode_cursor,
    node_fields,
    page_size,
    paginate,
    paginate_rows,
)
from leadhub.graphql.permissions import ReadsLeads
from leadhub.graphql.stages import FunnelStage
from leadhub.leads import custom_fields as lead_custom_fields
from leadhub.leads import funnel, sources
from leadhub.leads import scoring_rules as lead_scoring_rules
from leadhub.leads.models import CustomFieldDefinition as CustomFieldModel
from leadhub.leads.models import FunnelStage as FunnelStageModel
from leadhub.leads.models import LeadOrder
from leadhub.leads.models import ScoringRule as ScoringRuleModel
from leadhub.leads.models import Source as SourceModel
from leadhub.leads.search import LeadFilter, LeadsMatching, NewestPage, leads_matching


@strawberry.type
class TenantLeadLists:
    if TYPE_CHECKING:
        id: str  # the Tenant node's
        default_region: str | None

    @strawberry.field(permission_classes=[ReadsLeads])
    async def leads(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: LeadFilterInput | None = None,
        order_by: LeadOrder = LeadOrder.CREATED,
        descending: bool = True,
        updated_since: Annotated[
            datetime | None,
            strawberry.argument(
                description="For a partner's sync: the leads whose last change committed at"
                " or after this time, in the order those changes committed (orderBy and"
                " descending do not apply; totalCount counts without it). Keep this time"
                " and page on with 'after' the last endCursor: that never skips a lead"
                " changed meanwhile, and a lead changed again comes again, later. With a"
                " filter, a lead that stops matching it is not told."
            ),
        ] = None,
    ) -> LeadConnection:
        session = info.context.session
        key = SORT_KEYS[order_by]
        # A search's matches may come newest first already: ids are time-ordered.
        by_creation = order_by is LeadOrder.CREATED and descending and updated_since is None
        conditions = filter.conditions() if filter else LeadFilter()

        def matching_page(newest_page: NewestPage | None) -> LeadsMatching:
            return leads_matching(
                uuid.UUID(self.id),
                conditions,
                phone_region=self.default_region,
                postgresql=session.get_bind().dialect.name == "postgresql",
                newest_page=newest_page,
            )

        newest_page = _newest_page(after, first) if by_creation else None
        matching = matching_page(newest_page)
        # Counted while the page is read, if asked for; a count the page's failure
        # leaves behind ends on its own connection (count_beside).
        asked = connection_fields(info)
        summed = bool(asked & VALUE_FIELDS)  # then the sum's one pass counts too
        count = count_beside(info, matching) if asked & COUNT_FIELDS and not summed else None
        # A text search alone may read one page of matches only: a sum reads up to
        # its cap of them, never all.
        whole = (
            matching_page(NewestPage(None, SEARCH_COUNT_CAP + 1))
            if newest_page and summed
            else matching
        )
        fields = node_fields(info)
        if updated_since is not None:
            page = await paginate_rows(
                session,
                changed_since(matching.statement, _with_offset(updated_since), after, fields),
                key=SYNC_KEY,
                first=first,
                after=after,
                to_node=Lead.from_row,
            )
        else:
            page = await paginate_rows(
                session,
                matching.statement.with_only_columns(*lead_columns(fields, key=key)),
                key=key,
                first=first,
                after=after,
                to_node=Lead.from_row,
                newest_first=descending,
                order=matching.newest_first if by_creation else None,
            )
        # The stages, sources and owners the page shows, loaded once for all its leads.
        leads = [edge.node for edge in page.edges]
        relations = await PageRelations.load(info, leads, fields)
        for lead in leads:
            lead.page = relations
        return LeadConnection(
            edges=page.edges,
            page_info=page.page_info,
            matching=matching,
            all_matching=whole,
            counted_beside=count,
            summed=summed,
        )

    @strawberry.field(permission_classes=[ReadsLeads], description="By name.")
    async def scoring_rules(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[ScoringRule]:
        return await paginate(
            info.context.session,
            lead_scoring_rules.rules(uuid.UUID(self.id)),
            key=[ScoringRuleModel.name, ScoringRuleModel.id],
            first=first,
            after=after,
            to_node=ScoringRule.from_model,
        )

    @strawberry.field(permission_classes=[ReadsLeads])
    async def custom_fields(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[CustomField]:
        return await paginate(
            info.context.session,
            lead_custom_fields.definitions(uuid.UUID(self.id)),
            key=[CustomFieldModel.key, CustomFieldModel.id],
            first=first,
            after=after,
            to_node=CustomField.from_model,
        )

    @strawberry.field(permission_classes=[ReadsLeads])
    async def sources(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[Source]:
        return await paginate(
            info.context.session,
            sources.sources(uuid.UUID(self.id)),
            key=[SourceModel.name, SourceModel.id],
            first=first,
            after=after,
            to_node=Source.from_model,
        )

    @strawberry.field(permission_classes=[ReadsLeads])
    async def funnel_stages(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[FunnelStage]:
        return await paginate(
            info.context.session,
            funnel.funnel_stages(uuid.UUID(self.id)),
            key=[FunnelStageModel.position, FunnelStageModel.id],
            first=first,
            after=after,
            to_node=FunnelStage.from_model,
        )


def _newest_page(after: str | None, first: int | None) -> NewestPage:
    """The page ``paginate_rows`` reads newest first: one lead past its size, to know
    whether there are more."""
    older_than = decode_cursor(after, SORT_KEYS[LeadOrder.CREATED])[0] if after else None
    return NewestPage(older_than=older_than, size=page_size(first) + 1)


def _with_offset(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise UserInputError(
            "Give the time with its offset, such as 2026-11-30T08:00:00Z.", field="updatedSince"
        )
    return moment
