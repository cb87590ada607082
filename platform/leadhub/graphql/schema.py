"""The one GraphQL schema, composed from one class per domain."""

import strawberry
from strawberry import relay
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

from leadhub.graphql.errors import MaskInternalErrors
from leadhub.graphql.tenants.mutations import TenantMutations
from leadhub.graphql.tenants.queries import TenantQueries

# Generous for real clients (GraphiQL's introspection is 13 deep), tight enough
# that one request cannot ask for an exponential tree.
MAX_DEPTH = 15
MAX_TOKENS = 5000
MAX_ALIASES = 30


@strawberry.type
class Query(TenantQueries):
    node: relay.Node | None = relay.node(description="Any object by its global id.")


@strawberry.type
class Mutation(TenantMutations):
    pass


schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    extensions=[
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        MaskInternalErrors,
    ],
)
