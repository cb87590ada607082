"""Outsiders reach nothing: built from the schema, so a mutation or node type added
tomorrow is covered the day it lands.

Every mutation that takes an id is sent, once per id it takes, by the owner of
another tenant naming the first tenant's object there (their own objects fill the
other ids): each answers NOT_FOUND on that field and the first tenant is left as
it was. Leads are also tried by a sales rep outside the team that owns them.
Every node type's object of the first tenant is null to the outsider.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from graphql.pyutils import Undefined

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    build_schema,
)
from leadhub.graphql.schema import schema
from tests.builders import Account, graphql, join, post, sign_up, unique_email

SDL = build_schema(schema.as_str())
MUTATIONS = SDL.mutation_type.fields if SDL.mutation_type else {}

# The node type each id argument names; a new id argument must be added here.
ID_TYPES = {
    "leadId": "Lead",
    "leadIds": "Lead",
    "survivorId": "Lead",
    "duplicateId": "Lead",
    "referredById": "Lead",
    "stageId": "FunnelStage",
    "stageIds": "FunnelStage",
    "sourceId": "Source",
    "teamId": "Team",
    "ownerTeamId": "Team",
    "userId": "User",
    "ownerId": "User",
    "membershipId": "Membership",
    "invitationId": "Invitation",
    "fieldId": "CustomField",
    "ruleId": "ScoringRule",
}
IN_A_MONTH = (datetime.now(UTC) + timedelta(days=30)).date().isoformat()
# Valid values for required fields, by name; other strings are "X".
VALUES: dict[str, Any] = {
    "until": IN_A_MONTH,
    "amount": "10",
    "points": 1,
    "winProbability": 0.5,
    "kind": "NOTE",  # logActivity's; other enums take their first value
    "milestone": "SQL",
    "role": "MARKETING",
    "everywhere": False,
    "repsSeeAllLeads": False,
}


def _unwrap(field_type: Any) -> Any:
    while isinstance(field_type, GraphQLNonNull | GraphQLList):
        field_type = field_type.of_type
    return field_type


def _id_paths(
    input_type: GraphQLInputObjectType, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Every ID field of an input, nested inputs included, as paths of names."""
    paths = []
    for name, field in input_type.fields.items():
        inner = _unwrap(field.type)
        if isinstance(inner, GraphQLScalarType) and inner.name == "ID":
            paths.append((*prefix, name))
        elif isinstance(inner, GraphQLInputObjectType):
            paths += _id_paths(inner, (*prefix, name))
    return paths


def _input_type(mutation: str) -> GraphQLInputObjectType:
    argument = MUTATIONS[mutation].args["input"]
    input_type = _unwrap(argument.type)
    assert isinstance(input_type, GraphQLInputObjectType)
    return input_type


ID_MUTATIONS = sorted(name for name in MUTATIONS if _id_paths(_input_type(name)))


@dataclass
class World:
    """The first tenant's objects of each node type, and the outsiders."""

    owner: Account
    victims: dict[str, str]  # node type -> the first tenant's object of it
    outsider: Account
    own: dict[str, str]  # node type -> the outsider's own object of it
    rep_outside: Account  # a sales rep of the first tenant, not on the lead's team
    reps_lead: str  # a lead that rep owns


async def _first_in_tenant(client: httpx.AsyncClient, account: Account, connection: str) -> str:
    """The id of the first node of one of the Tenant node's connections."""
    body = await graphql(
        client,
        f"query {{ tenant {{ {connection} {{ edges {{ node {{ id }} }} }} }} }}",
        account=account,
    )
    return str(body["data"]["tenant"][connection]["edges"][0]["node"]["id"])


async def _objects(
    client: httpx.AsyncClient, owner: Account, team_member: Account | None
) -> dict[str, str]:
    """One object of every node type in the owner's tenant: a team (with the member
    on it), a lead it owns, a source, a custom field, a rule, an invitation."""

    async def create(mutation: str, input_type: str, fields: dict[str, Any], result: str) -> str:
        body = await graphql(
            client,
            f"mutation($input: {input_type}!) {{ {mutation}(input: $input) {{"
            f" {result} {{ id }} errors {{ field code }} }} }}",
            {"input": fields},
            account=owner,
        )
        payload = body["data"][mutation]
        assert payload["errors"] == [], payload
        return str(payload[result]["id"])

    objects = {"Tenant": owner.tenant_id, "User": owner.user_id}
    objects["Team"] = await create("createTeam", "CreateTeamInput", {"name": "North"}, "team")
    if team_member is not None:
        member_input = {"teamId": objects["Team"], "userId": team_member.user_id}
        await create("addTeamMember", "TeamMemberInput", member_input, "team")
        objects["User"] = team_member.user_id
    lead = {"lead": {"name": "Kari Nordmann", "ownerTeamId": objects["Team"]}}
    objects["Lead"] = await create("createLead", "CreateLeadInput", lead, "lead")
    source = {"name": "Recycled", "kind": "RECYCLED"}
    objects["Source"] = await create("createSource", "SourceInput", source, "source")
    field = {"key": "seats", "label": "Seats", "type": "NUMBER"}
    objects["CustomField"] = await create(
        "defineCustomField", "DefineCustomFieldInput", field, "field"
    )
    rule = {"name": "Calls", "points": 5, "engagement": {"activityKind": "CALL", "halfLifeDays": 7}}
    objects["ScoringRule"] = await create("createScoringRule", "ScoringRuleInput", rule, "rule")
    invitation = {"email": unique_email("invitee"), "role": "MARKETING"}
    objects["Invitation"] = await create(
        "inviteMember", "InviteMemberInput", invitation, "invitation"
    )
    objects["FunnelStage"] = await _first_in_tenant(client, owner, "funnelStages")
    objects["Membership"] = await _first_in_tenant(client, owner, "members")
    objects["AuditEvent"] = await _first_in_tenant(client, owner, "auditEvents")
    feed = await graphql(
        client,
        "query($id: ID!) { lead(id: $id) { activities { edges { node { id } } } } }",
        {"id": objects["Lead"]},
        account=owner,
    )
    objects["Activity"] = feed["data"]["lead"]["activities"]["edges"][0]["node"]["id"]
    return objects


async def _world(client: httpx.AsyncClient) -> World:
    owner = await sign_up(client, company="Første AS")
    insider = await join(client, owner, "SALES_REP", name="insider")
    rep_outside = await join(client, owner, "SALES_REP", name="outsider")
    outsider = await sign_up(client, company="Andre AS")
    created = await graphql(
        client,
        'mutation { createLead(input: {lead: {name: "Ola"}}) { lead { id } } }',
        account=rep_outside,
    )
    return World(
        owner=owner,
        victims=await _objects(client, owner, insider),
        outsider=outsider,
        own=await _objects(client, outsider, None),
        rep_outside=rep_outside,
        reps_lead=created["data"]["createLead"]["lead"]["id"],
    )


SNAPSHOT = """
query {
  tenant {
    name repsSeeAllLeads mqlScoreThreshold
    leads { edges { node { name owner { id } ownerTeam { id } stage { id } source { id }
      tags nurtureUntil score activities { edges { node { kind } } } } } }
    funnelStages { edges { node { id name kind winProbability } } }
    sources { edges { node { id name kind } } }
    teams { edges { node { id name members { id } } } }
    members { edges { node { id role } } }
    invitations { edges { node { id status } } }
    customFields { edges { node { id key } } }
    scoringRules { edges { node { id name points } } }
  }
}
"""


def _value(
    field_type: GraphQLInputType,
    name: str,
    ids: dict[str, str],
    tested: tuple[str, ...],
    path: tuple[str, ...],
) -> Any:
    """A valid value for a field; an id is the object of ``ids`` of its node type."""
    inner = _unwrap(field_type)
    many = isinstance(field_type, GraphQLList) or (
        isinstance(field_type, GraphQLNonNull) and isinstance(field_type.of_type, GraphQLList)
    )
    if isinstance(inner, GraphQLScalarType) and inner.name == "ID":
        assert name in ID_TYPES, f"{name}: say in ID_TYPES which node type it names"
        value: Any = ids[ID_TYPES[name]]
    elif isinstance(inner, GraphQLInputObjectType):
        value = _input(inner, ids, tested, path)
    elif isinstance(inner, GraphQLEnumType):
        value = VALUES.get(name, next(iter(inner.values)))
        value = value if value in inner.values else next(iter(inner.values))
    else:
        value = VALUES.get(name, "X")
    return [value] if many else value


def _input(
    input_type: GraphQLInputObjectType,
    ids: dict[str, str],
    tested: tuple[str, ...],
    path: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The required fields of an input, and the tested id wherever it is optional."""
    built = {}
    for name, field in input_type.fields.items():
        here = (*path, name)
        required = isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
        on_the_way = tested[: len(here)] == here
        if required or on_the_way:
            built[name] = _value(field.type, name, ids, tested, here)
    return built


def _document(mutation: str) -> str:
    return (
        f"mutation($input: {_input_type(mutation).name}!) {{"
        f" {mutation}(input: $input) {{ errors {{ field code }} }} }}"
    )


@pytest.mark.parametrize("mutation", ID_MUTATIONS)
async def test_another_tenant_reaches_nothing_by_any_id(
    client: httpx.AsyncClient, mutation: str
) -> None:
    world = await _world(client)
    before = await graphql(client, SNAPSHOT, account=world.owner)
    for tested in _id_paths(_input_type(mutation)):
        # the outsider's own objects fill every id, but the tested one names the victim's
        fields = _input(_input_type(mutation), world.own, tested)
        field = _set(fields, tested, world.victims[ID_TYPES[tested[-1]]])
        body = await graphql(client, _document(mutation), {"input": fields}, account=world.outsider)
        errors = body["data"][mutation]["errors"]
        assert {"field": field, "code": "NOT_FOUND"} in errors, (tested, errors)
    assert await graphql(client, SNAPSHOT, account=world.owner) == before


LEAD_MUTATIONS = sorted(
    name
    for name in ID_MUTATIONS
    if any(ID_TYPES.get(path[-1]) == "Lead" for path in _id_paths(_input_type(name)))
)


@pytest.mark.parametrize("mutation", LEAD_MUTATIONS)
async def test_a_rep_outside_the_team_reaches_none_of_its_leads(
    client: httpx.AsyncClient, mutation: str
) -> None:
    world = await _world(client)
    before = await graphql(client, SNAPSHOT, account=world.owner)
    for tested in _id_paths(_input_type(mutation)):
        if ID_TYPES[tested[-1]] != "Lead":
            continue
        # the tenant's other objects are the rep's to name, and their own lead; the
        # team's lead is not
        own = {**world.victims, "Lead": world.reps_lead}
        fields = _input(_input_type(mutation), own, tested)
        field = _set(fields, tested, world.victims["Lead"])
        response = await post(
            client, _document(mutation), {"input": fields}, account=world.rep_outside
        )
        body = response.json()
        if body.get("errors"):  # a role that may not call it at all
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
            continue
        errors = body["data"][mutation]["errors"]
        assert {"field": field, "code": "NOT_FOUND"} in errors, (tested, errors)
    assert await graphql(client, SNAPSHOT, account=world.owner) == before


NODE_TYPES = sorted(
    name
    for name, graphql_type in SDL.type_map.items()
    if any(interface.name == "Node" for interface in getattr(graphql_type, "interfaces", ()))
)


async def test_every_node_type_is_null_to_an_outsider(client: httpx.AsyncClient) -> None:
    world = await _world(client)
    for node_type in NODE_TYPES:
        assert node_type in world.victims, f"{node_type}: give the world one of these"
        body = await graphql(
            client,
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": world.victims[node_type]},
            account=world.outsider,
        )
        assert body["data"]["node"] is None, node_type
        # while its own tenant's owner sees it
        seen = await graphql(
            client,
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": world.victims[node_type]},
            account=world.owner,
        )
        assert seen["data"]["node"] == {"id": world.victims[node_type]}, node_type
    for node_type in ("Lead", "Activity"):
        body = await graphql(
            client,
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": world.victims[node_type]},
            account=world.rep_outside,
        )
        assert body["data"]["node"] is None, node_type


def _set(fields: dict[str, Any], path: tuple[str, ...], value: str) -> str:
    """Put the victim's id at ``path`` (in a list, as its only item); the field a
    refusal names for it (in a list, by its place)."""
    *parents, last = path
    for name in parents:
        fields = fields[name]
    if isinstance(fields.get(last), list):
        fields[last] = [value]
        return f"{last}.0"
    fields[last] = value
    return last


def test_every_id_argument_names_a_node_type() -> None:
    for mutation in ID_MUTATIONS:
        for path in _id_paths(_input_type(mutation)):
            assert path[-1] in ID_TYPES, f"{mutation}.{'.'.join(path)}: add it to ID_TYPES"
