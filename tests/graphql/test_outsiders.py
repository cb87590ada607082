"""Outsiders reach nothing: built from the schema, so a mutation or node type added
tomorrow is covered the day it lands.

Every mutation that takes an id is sent, once per id it takes, by the owner of
another tenant naming the first tenant's object there (their own objects fill the
other ids): each answers NOT_FOUND on that field and the first tenant is left as
it was. Leads are also tried by a sales rep outside the team that owns them.
Every node type's object of the first tenant is null to the outsider.
"""

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from graphql import GraphQLInputObjectType, GraphQLScalarType
from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import Account, graphql, join, post, sign_up
from tests.graphql.schema_inputs import (
    ID_TYPES,
    MUTATIONS,
    SDL,
    input_type_of,
    names_lists,
    objects_in,
    unwrap,
    valid_input,
)


def _id_paths(
    input_type: GraphQLInputObjectType, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Every ID field of an input, nested inputs included, as paths of names."""
    paths = []
    for name, field in input_type.fields.items():
        inner = unwrap(field.type)
        if isinstance(inner, GraphQLScalarType) and inner.name == "ID":
            paths.append((*prefix, name))
        elif isinstance(inner, GraphQLInputObjectType):
            paths += _id_paths(inner, (*prefix, name))
    return paths


ID_MUTATIONS = sorted(name for name in MUTATIONS if _id_paths(input_type_of(name)))


@dataclass
class World:
    """The first tenant's objects of each node type, and the outsiders."""

    owner: Account
    victims: dict[str, str]  # node type -> the first tenant's object of it
    outsider: Account
    own: dict[str, str]  # node type -> the outsider's own object of it
    rep_outside: Account  # a sales rep of the first tenant, not on the lead's team
    reps_lead: str  # a lead that rep owns


async def _world(
    client: httpx.AsyncClient, database: Database, settings: Settings, *, lists: bool = True
) -> World:
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
        victims=await objects_in(client, owner, insider, database, settings, lists=lists),
        outsider=outsider,
        own=await objects_in(client, outsider, None, database, settings, lists=lists),
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
    leadViews { id name filter }
  }
}
"""


def _document(mutation: str) -> str:
    return (
        f"mutation($input: {input_type_of(mutation).name}!) {{"
        f" {mutation}(input: $input) {{ errors {{ field code }} }} }}"
    )


@pytest.mark.parametrize("mutation", ID_MUTATIONS)
async def test_another_tenant_reaches_nothing_by_any_id(
    client: httpx.AsyncClient, database: Database, settings: Settings, mutation: str
) -> None:
    world = await _world(client, database, settings, lists=names_lists(mutation))
    before = await graphql(client, SNAPSHOT, account=world.owner)
    for tested in _id_paths(input_type_of(mutation)):
        # the outsider's own objects fill every id, but the tested one names the victim's
        fields = valid_input(input_type_of(mutation), world.own, tested)
        names = _set(fields, tested, world.victims[ID_TYPES[tested[-1]]])
        body = await graphql(client, _document(mutation), {"input": fields}, account=world.outsider)
        errors = body["data"][mutation]["errors"]
        assert any(
            error == {"field": name, "code": "NOT_FOUND"} for error in errors for name in names
        ), (tested, errors)
    assert await graphql(client, SNAPSHOT, account=world.owner) == before


LEAD_MUTATIONS = sorted(
    name
    for name in ID_MUTATIONS
    if any(ID_TYPES.get(path[-1]) == "Lead" for path in _id_paths(input_type_of(name)))
)


@pytest.mark.parametrize("mutation", LEAD_MUTATIONS)
async def test_a_rep_outside_the_team_reaches_none_of_its_leads(
    client: httpx.AsyncClient, database: Database, settings: Settings, mutation: str
) -> None:
    world = await _world(client, database, settings, lists=names_lists(mutation))
    before = await graphql(client, SNAPSHOT, account=world.owner)
    for tested in _id_paths(input_type_of(mutation)):
        if ID_TYPES[tested[-1]] != "Lead":
            continue
        # the tenant's other objects are the rep's to name, and their own lead; the
        # team's lead is not
        own = {**world.victims, "Lead": world.reps_lead}
        fields = valid_input(input_type_of(mutation), own, tested)
        names = _set(fields, tested, world.victims["Lead"])
        response = await post(
            client, _document(mutation), {"input": fields}, account=world.rep_outside
        )
        body = response.json()
        if body.get("errors"):  # a role that may not call it at all
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
            continue
        errors = body["data"][mutation]["errors"]
        assert any(
            error == {"field": name, "code": "NOT_FOUND"} for error in errors for name in names
        ), (tested, errors)
    assert await graphql(client, SNAPSHOT, account=world.owner) == before


NODE_TYPES = sorted(
    name
    for name, graphql_type in SDL.type_map.items()
    if any(interface.name == "Node" for interface in getattr(graphql_type, "interfaces", ()))
)


async def test_every_node_type_is_null_to_an_outsider(
    client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    world = await _world(client, database, settings)
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


def _set(fields: dict[str, Any], path: tuple[str, ...], value: str) -> set[str]:
    """Put the victim's id at ``path`` (in a list, as its only item; within a list of
    inputs, in the first); the names a refusal may give it: its own (in a list, by
    its place), or with the inputs it is in (``target.teamId``, ``leads.0.sourceId``)."""
    *parents, last = path
    named = []
    for name in parents:
        fields = fields[name]
        if isinstance(fields, list):
            fields = fields[0]
            name = f"{name}.0"
        named.append(name)
    own = last
    if isinstance(fields.get(last), list):
        fields[last] = [value]
        own = f"{last}.0"
    else:
        fields[last] = value
    return {".".join((*named[start:], own)) for start in range(len(named) + 1)}


def test_every_id_argument_names_a_node_type() -> None:
    for mutation in ID_MUTATIONS:
        for path in _id_paths(input_type_of(mutation)):
            assert path[-1] in ID_TYPES, f"{mutation}.{'.'.join(path)}: add it to ID_TYPES"
