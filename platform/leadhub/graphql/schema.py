"""The one GraphQL schema, composed from one class per domain."""

from datetime import datetime
from typing import Any

import strawberry
from starlette.datastructures import UploadFile
from strawberry import relay
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.file_uploads import UploadDefinition
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from graphql import DocumentNode, GraphQLError
from leadhub.graphql.activity.feed import FeedQueries, FeedSubscriptions
from leadhub.graphql.activity.mutations import ActivityMutations
from leadhub.graphql.analytics.goals import GoalMutations, GoalQueries
from leadhub.graphql.analytics.queries import KpiQueries
from leadhub.graphql.context import Info
from leadhub.graphql.direct_resolvers import resolve_directly
from leadhub.graphql.errors import MaskInternalErrors
from leadhub.graphql.execution import LeadhubExecutionContext
from leadhub.graphql.imports.live import ImportSubscriptions
from leadhub.graphql.imports.mutations import ImportMutations
from leadhub.graphql.leads.bulk import BulkMutations
from leadhub.graphql.leads.mutations import (
    CustomFieldMutations,
    DedupeMutations,
    FunnelMutations,
    LeadMutations,
    LifecycleMutations,
    SourceMutations,
)
from leadhub.graphql.leads.queries import LeadQueries
from leadhub.graphql.leads.scoring import ScoringMutations
from leadhub.graphql.leads.upserts import UpsertMutations
from leadhub.graphql.leads.views import LeadViewMutations
from leadhub.graphql.limits import InputLimits
from leadhub.graphql.oauth.clients import ApiClientMutations
from leadhub.graphql.routing.decisions import RoutingDecisionMutations
from leadhub.graphql.routing.mutations import RoutingMutations
from leadhub.graphql.routing.rules import RoutingRuleMutations
from leadhub.graphql.scalars import AWARE_DATE_TIME
from leadhub.graphql.teams.mutations import TeamMutations
from leadhub.graphql.tenants.mutations import TenantMutations
from leadhub.graphql.tenants.queries import TenantQueries
from leadhub.graphql.webhooks.mutations import WebhookMutations

# Generous for real clients (GraphiQL's introspection is 13 deep), tight enough
# that one request cannot ask for an exponential tree.
MAX_DEPTH = 15
MAX_TOKENS = 5000
MAX_ALIASES = 30
# Documents parsed and validated, kept by query text: clients send a few queries
# again and again, and each costs more to parse and validate than to run.
CACHED_DOCUMENTS = 128


# The limiters' rules, built once: the caches key validation on the rule classes,
# and a limiter built per request makes new ones, which no cached result matches.
LIMIT_RULES = [
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
]


def parse_document(query: str) -> DocumentNode:
    """The query parsed as execution parses it, from the same cache: ParserCache
    shares one per size, keyed by the query and the token limit."""
    parse = ParserCache(maxsize=CACHED_DOCUMENTS).cached_parse_document
    document: DocumentNode = parse(query, max_tokens=MAX_TOKENS)
    return document


@strawberry.type
class Query(TenantQueries, LeadQueries, KpiQueries, GoalQueries, FeedQueries):
    @strawberry.field(description="Any object by its global id; null if it is not yours to see.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        try:
            global_id = relay.GlobalID.from_id(id)
            node_type = global_id.resolve_type(info)
        except relay.GlobalIDValueError:
            return None  # malformed, or names no type of ours that is a node
        if node_type is relay.Node:
            return None
        found: relay.Node | None = await global_id.resolve_node(info, required=False)
        return found if isinstance(found, node_type) else None


@strawberry.type
class Mutation(
    TenantMutations,
    TeamMutations,
    RoutingMutations,
    RoutingRuleMutations,
    RoutingDecisionMutations,
    LeadMutations,
    LeadViewMutations,
    LifecycleMutations,
    FunnelMutations,
    SourceMutations,
    ActivityMutations,
    CustomFieldMutations,
    DedupeMutations,
    ScoringMutations,
    BulkMutations,
    ImportMutations,
    GoalMutations,
    ApiClientMutations,
    UpsertMutations,
    WebhookMutations,
):
    pass


@strawberry.type
class Subscription(ImportSubscriptions, FeedSubscriptions):
    pass


class LeadhubSchema(strawberry.Schema):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        resolve_directly(self)

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log nothing here: errors addressed to clients are not ours to log, and
        bugs are logged, once and with their id, by MaskInternalErrors."""


schema = LeadhubSchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    config=StrawberryConfig(scalar_map={datetime: AWARE_DATE_TIME}),
    # Uploads arrive as Starlette's files: typed so, as the Upload scalar.
    scalar_overrides={UploadFile: UploadDefinition},
    execution_context_class=LeadhubExecutionContext,
    extensions=[
        lambda: AddValidationRules(LIMIT_RULES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=CACHED_DOCUMENTS),
        InputLimits,  # before ValidationCache, which validates as it enters
        lambda: ValidationCache(maxsize=CACHED_DOCUMENTS),
        MaskInternalErrors,
    ],
)
