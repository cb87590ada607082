"""Leadhub's GraphQL endpoint as a benchmark's target: a document, each request's
variables, sent as the seeded tenant's owner."""

from collections.abc import Iterator
from typing import Any

from bench.load import Target
from bench.seed import SeededTenant


def graphql_target(
    name: str,
    base_url: str,
    tenant: SeededTenant,
    document: str,
    variables: Iterator[dict[str, Any]],
) -> Target:
    return Target(
        name=name,
        url=f"{base_url}/graphql",
        bodies=({"query": document, "variables": each} for each in variables),
        headers={**tenant.login_headers(), "accept": "application/graphql-response+json"},
    )
