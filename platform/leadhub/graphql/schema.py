"""The one GraphQL schema, composed from one class per domain."""

import strawberry
from strawberry import relay
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

from leadhub.graphql.errors import MaskInternalErrors
from leadhub.graphql.tenants.mutations import TenantMutations
from leadhub.graphql.tenants.queries import TenantQueries
from leadhub.settings import Settings


@strawberry.type
class Query(TenantQueries):
    node: relay.Node | None = relay.node(description="Any object by its global id.")


@strawberry.type
class Mutation(TenantMutations):
    pass


def build_schema(settings: Settings) -> strawberry.Schema:
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=[
            QueryDepthLimiter(max_depth=settings.graphql_max_depth),
            MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
            MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
            MaskInternalErrors(),
        ],
    )
