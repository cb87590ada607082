"""A partner's token at /graphql: it acts as its client, in its tenant, within its
scopes and its installer's role, and stops when either is taken away."""

import uuid
from typing import Any

import httpx
import pytest
from strawberry import relay

from leadhub.db import Database
from leadhub.graphql.permissions import IsAuthenticated, IsTenantMember
from leadhub.graphql.schema import schema
from leadhub.oauth.scopes import SCOPES
from leadhub.settings import Settings
from tests.builders import Account, graphql, join, make_lead, post, sign_up
from tests.graphql.schema_inputs import (
    MUTATIONS,
    input_type_of,
    names_lists,
    objects_in,
    valid_input,
)
from tests.oauth.conftest import register, revoke
from tests.oauth.partner import Registered, access_token, code_grant_tokens, partner

TENANT_AND_LEADS = "{ tenant { name leads(first: 10) { edges { node { name } } } } }"
LEAD_ROUTING = "query($id: ID!) { lead(id: $id) { name routingDecision { outcome } } }"
LEAD_FEED = (
    "query($id: ID!) { lead(id: $id) { name activities(first: 5) { edges { node { kind } } } } }"
)
CREATE_LEAD = """
mutation($name: String!) {
  createLead(input: {lead: {name: $name, phone: "(+47) 92 67 88 28"}}) {
    lead { id name phone activities(first: 1) { edges { node { actor { __typename } } } } }
    errors { code }
  }
}
"""
INVITE = """
mutation { inviteMember(input: {email: "ny@fjordkraft.example", role: ADMIN}) { errors { code } } }
"""


async def ask(
    server_url: str, token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The body of a GraphQL request with the partner's bearer token, and no tenant named."""
    async with httpx.AsyncClient(base_url=server_url) as http:
        response = await http.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"authorization": f"Bearer {token}"},
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def client_credentials_token(server_url: str, registered: Registered, scope: str) -> str:
    async with partner(server_url, registered, scope=scope) as app:
        token = await app.fetch_token("/oauth/token", grant_type="client_credentials")
    access_token: str = token["access_token"]
    return access_token


def _scope_refused(body: dict[str, Any], scope: str | None) -> list[Any]:
    """The paths refused for want of ``scope``."""
    return [
        error["path"]
        for error in body.get("errors", [])
        if error["extensions"] == {"code": "INSUFFICIENT_SCOPE", "scope": scope}
    ]


async def test_a_client_credentials_token_reads_its_tenants_leads(
    server_url: str, confidential: Registered, owner: Account, database: Database
) -> None:
    await make_lead(database, owner, name="Åse Ødegård")
    token = await client_credentials_token(server_url, confidential, "leads:read")
    body = await ask(server_url, token, TENANT_AND_LEADS)
    assert "errors" not in body, body
    tenant = body["data"]["tenant"]
    assert tenant["name"] == "Fjordkraft Salg AS"
    assert [edge["node"]["name"] for edge in tenant["leads"]["edges"]] == ["Åse Ødegård"]


async def test_a_field_whose_scope_the_token_lacks_is_refused_alone(
    server_url: str, confidential: Registered, owner: Account, database: Database
) -> None:
    lead_id = await make_lead(database, owner, name="Kari Nordmann")
    token = await client_credentials_token(server_url, confidential, "leads:read")
    lead = {"id": _lead_global_id(lead_id)}
    # The lead is read; how it was routed (routing:read) is not.
    routing = await ask(server_url, token, LEAD_ROUTING, lead)
    assert routing["data"]["lead"] == {"name": "Kari Nordmann", "routingDecision": None}
    assert _scope_refused(routing, "routing:read") == [["lead", "routingDecision"]]
    # Its feed (activity:read) is a field that is never null: the lead goes with it.
    feed = await ask(server_url, token, LEAD_FEED, lead)
    assert feed["data"]["lead"] is None
    assert _scope_refused(feed, "activity:read") == [["lead", "activities"]]


async def test_a_mutation_needs_its_scope_and_a_peoples_mutation_takes_none(
    server_url: str, confidential: Registered
) -> None:
    reader = await client_credentials_token(server_url, confidential, "leads:read")
    refused = await ask(server_url, reader, CREATE_LEAD, {"name": "Ola"})
    assert refused["data"] is None
    assert _scope_refused(refused, "leads:write") == [["createLead"]]
    writer = await client_credentials_token(server_url, confidential, "leads:write settings:write")
    invited = await ask(server_url, writer, INVITE)
    assert _scope_refused(invited, None) == [["inviteMember"]]


async def test_a_partner_writes_a_lead_as_itself(server_url: str, confidential: Registered) -> None:
    token = await client_credentials_token(server_url, confidential, "leads:write activity:read")
    body = await ask(server_url, token, CREATE_LEAD, {"name": "Per Ærlig"})
    assert "errors" not in body, body
    created = body["data"]["createLead"]
    assert created["errors"] == []
    assert created["lead"]["name"] == "Per Ærlig"
    assert created["lead"]["phone"] == "+4792678828"
    [event] = created["lead"]["activities"]["edges"]
    assert event["node"]["actor"]["__typename"] == "PartnerClientActor"


async def test_a_token_never_gets_more_than_its_installers_role_grants(
    server_url: str,
    client: httpx.AsyncClient,
    owner: Account,
    database: Database,
) -> None:
    rep = await join(client, owner, "SALES_REP", "rune")
    registered = await register(client, owner, scopes=["leads:read", "routing:write"])
    token = await code_grant_tokens(server_url, registered, rep, "leads:read routing:write")
    assert token["scope"] == "leads:read"  # a sales rep may not route leads
    # A rep's token reaches the rep's leads, as the rep does.
    await make_lead(database, owner, name="Someone else's")
    body = await ask(server_url, token["access_token"], TENANT_AND_LEADS)
    assert body["data"]["tenant"]["leads"]["edges"] == []


@pytest.mark.parametrize("taken_away", ["installer removed", "client revoked"])
async def test_a_token_stops_when_its_installer_leaves_or_its_client_is_revoked(
    taken_away: str,
    server_url: str,
    client: httpx.AsyncClient,
    owner: Account,
) -> None:
    admin = await join(client, owner, "ADMIN", "anne")
    registered = await register(client, owner)
    token = await code_grant_tokens(server_url, registered, admin, "leads:read")
    assert "errors" not in await ask(server_url, token["access_token"], TENANT_AND_LEADS)
    if taken_away == "installer removed":
        await _remove_member(client, owner, admin)
    else:
        await revoke(client, owner, registered)
    body = await ask(server_url, token["access_token"], TENANT_AND_LEADS)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def _lead_global_id(lead_id: uuid.UUID) -> str:
    return str(relay.GlobalID("Lead", str(lead_id)))


async def _remove_member(client: httpx.AsyncClient, owner: Account, member: Account) -> None:
    found = await graphql(
        client,
        "{ tenant { members(first: 10) { edges { node { id user { id } } } } } }",
        account=owner,
    )
    [membership] = [
        edge["node"]["id"]
        for edge in found["data"]["tenant"]["members"]["edges"]
        if edge["node"]["user"]["id"] == member.user_id
    ]
    removed = await graphql(
        client,
        "mutation($id: ID!) { removeMember(input: {membershipId: $id}) { errors { code } } }",
        {"id": membership},
        account=owner,
    )
    assert removed["data"]["removeMember"]["errors"] == []


MUTATION_FIELDS = {
    schema.config.name_converter.get_graphql_name(field): field
    for field in schema.get_type_by_name("Mutation").fields  # type: ignore[union-attr]
}


# Mutations of people's own: anyone may sign up, log in, accept an invitation or
# reset a password; a logged-in person founds a tenant or logs out.
PEOPLES_OWN = {
    name
    for name, field in MUTATION_FIELDS.items()
    if not field.permission_classes or field.permission_classes == [IsAuthenticated]
}


def _scope_of(mutation: str) -> str | None:
    """The scope the mutation's permission class asks of a partner, if any."""
    [permission] = MUTATION_FIELDS[mutation].permission_classes
    assert issubclass(permission, IsTenantMember)
    return permission.scope


@pytest.mark.parametrize("mutation", sorted(set(MUTATIONS) - PEOPLES_OWN))
async def test_every_mutation_runs_for_a_partner_with_its_scope_or_says_which_it_lacks(
    mutation: str, client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    owner = await sign_up(client, "Partnerprøve AS")
    objects = await objects_in(client, owner, None, database, settings, lists=names_lists(mutation))
    registered = await register(client, owner)
    scope = _scope_of(mutation)
    input_type = input_type_of(mutation)
    document = (
        f"mutation($input: {input_type.name}!) {{ {mutation}(input: $input) {{ __typename }} }}"
    )
    variables = {"input": valid_input(input_type, objects, ())}
    with_all = await access_token(client, registered, " ".join(SCOPES))
    answered = (await post(client, document, variables, token=with_all)).json()
    if scope is None:
        # Not for partners: refused whatever the token holds.
        assert _scope_refused(answered, None) == [[mutation]], answered
        return
    assert "errors" not in answered, answered  # its installer, an owner, may do it all
    without = " ".join(name for name in SCOPES if name != scope)
    lacking = await access_token(client, registered, without)
    refused = (await post(client, document, variables, token=lacking)).json()
    assert _scope_refused(refused, scope) == [[mutation]], refused


async def test_a_peoples_own_mutation_is_not_a_partners(
    client: httpx.AsyncClient, owner: Account
) -> None:
    registered = await register(client, owner)
    token = await access_token(client, registered, " ".join(SCOPES))
    log_out = "mutation { logOut(input: {everywhere: false}) { __typename } }"
    body = (await post(client, log_out, token=token)).json()
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


NESTED = """
query($id: ID!) {
  lead(id: $id) { name owner { name email } ownerTeam { name roster { user { name } } } }
}
"""


async def test_what_a_lead_shows_of_other_domains_needs_their_scopes(
    client: httpx.AsyncClient, owner: Account, confidential: Registered
) -> None:
    team = await graphql(
        client,
        'mutation { createTeam(input: {name: "Nord"}) { team { id } } }',
        account=owner,
    )
    team_id = team["data"]["createTeam"]["team"]["id"]
    created = await graphql(
        client,
        "mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } } }",
        {"lead": {"name": "Kari Nordmann", "ownerId": owner.user_id, "ownerTeamId": team_id}},
        account=owner,
    )
    lead = {"id": created["data"]["createLead"]["lead"]["id"]}
    reader = await access_token(client, confidential, "leads:read")
    refused = (await post(client, NESTED, lead, token=reader)).json()
    # The owner's email (members:read) and the team's roster (routing:read) are refused.
    assert _scope_refused(refused, "members:read") == [["lead", "owner", "email"]]
    assert _scope_refused(refused, "routing:read") == [["lead", "ownerTeam", "roster"]]
    everything = await access_token(client, confidential, "leads:read members:read routing:read")
    allowed = (await post(client, NESTED, lead, token=everything)).json()
    assert "errors" not in allowed, allowed
    assert allowed["data"]["lead"]["owner"]["email"] == owner.email


TENANT_FEED = "{ activityFeed(first: 5) { edges { node { kind lead { name } } } } }"


async def test_an_activitys_lead_is_shown_only_to_a_token_that_reads_leads(
    client: httpx.AsyncClient, owner: Account, confidential: Registered, database: Database
) -> None:
    await make_lead(database, owner, name="Kari Nordmann")
    feed_only = await access_token(client, confidential, "activity:read")
    hidden = (await post(client, TENANT_FEED, token=feed_only)).json()
    assert hidden == {
        "data": {"activityFeed": {"edges": [{"node": {"kind": "CREATED", "lead": None}}]}}
    }
    both = await access_token(client, confidential, "activity:read leads:read")
    shown = (await post(client, TENANT_FEED, token=both)).json()
    [edge] = shown["data"]["activityFeed"]["edges"]
    assert edge["node"]["lead"] == {"name": "Kari Nordmann"}


async def test_a_routing_preview_is_a_read_for_a_partner(
    client: httpx.AsyncClient, confidential: Registered
) -> None:
    preview = """
    query { tenant { routingPreview(input: {lead: {name: "Ny"}}) {
      decision { outcome } errors { code } } } }
    """
    token = await access_token(client, confidential, "routing:read")
    answered = (await post(client, preview, token=token)).json()
    assert "errors" not in answered, answered
    assert answered["data"]["tenant"]["routingPreview"]["errors"] == []
