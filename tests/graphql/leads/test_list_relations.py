"""A page of leads reads plain rows of the columns its fields need, and loads the
stages, sources and owners it shows once, for every lead: each lead shows as it
does alone."""

from typing import Any

import httpx
from sqlalchemy import event

from graphql import GraphQLField, GraphQLObjectType, get_named_type, is_required_argument
from leadhub.db import Database
from tests.builders import Account, graphql, sign_up
from tests.conftest import StatementCounter
from tests.graphql.schema_inputs import SDL

CREATE = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }
"""
SOURCE = """
mutation { createSource(input: {name: "Fair", kind: TRADE_FAIR}) { source { id } } }
"""
RELATIONS = """
fragment Relations on Lead {
  stage { id name }
  ... on Lead { source { id name kind } }
  owner { id email }
}
"""
PAGE = (
    """
query {
  tenant { leads { edges { node { id name ...Relations } } } }
}
"""
    + RELATIONS
)
LEAD = (
    """
query($id: ID!) { lead(id: $id) { id name ...Relations } }
"""
    + RELATIONS
)


async def seed(client: httpx.AsyncClient, owner: Account) -> None:
    """Leads with and without a source and an owner, in two stages."""
    source = (await graphql(client, SOURCE, account=owner))["data"]["createSource"]["source"]
    stages = await graphql(
        client, "query { tenant { funnelStages { edges { node { id } } } } }", account=owner
    )
    second_stage = stages["data"]["tenant"]["funnelStages"]["edges"][1]["node"]["id"]
    leads: list[dict[str, Any]] = [
        {"lead": {"name": "Bare"}},
        {"lead": {"name": "Sourced", "sourceId": source["id"]}, "stageId": second_stage},
        {"lead": {"name": "Owned", "ownerId": owner.user_id, "sourceId": source["id"]}},
    ]
    for lead in leads:
        body = await graphql(client, CREATE, {"input": lead}, account=owner)
        assert body["data"]["createLead"]["errors"] == []


async def test_a_page_shows_each_lead_as_it_shows_alone(client: httpx.AsyncClient) -> None:
    # given leads with and without sources and owners
    owner = await sign_up(client)
    await seed(client, owner)
    # when the list shows them, its fields selected through fragments
    page = await graphql(client, PAGE, account=owner)
    listed = [edge["node"] for edge in page["data"]["tenant"]["leads"]["edges"]]
    # then each is what the lead shows on its own
    alone = [
        (await graphql(client, LEAD, {"id": lead["id"]}, account=owner))["data"]["lead"]
        for lead in listed
    ]
    assert listed == alone
    assert [lead["name"] for lead in listed] == ["Owned", "Sourced", "Bare"]
    assert listed[0]["owner"]["email"] == owner.email
    assert (listed[2]["source"], listed[2]["owner"]) == (None, None)
    assert listed[0]["stage"] != listed[1]["stage"]


async def test_a_page_loads_only_the_relations_it_shows(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    owner = await sign_up(client)
    await seed(client, owner)
    counts = {}
    for fields in ("name", "name stage { name }", "name stage { name } source { name }"):
        statements.count = 0
        await graphql(
            client,
            f"query {{ tenant {{ leads {{ edges {{ node {{ {fields} }} }} }} }} }}",
            account=owner,
        )
        counts[fields] = statements.count
    # one query more for each kind of relation, whatever the page's size
    by_relations = list(counts.values())
    assert by_relations == [by_relations[0], by_relations[0] + 1, by_relations[0] + 2]


def selection(field: GraphQLField, depth: int = 2) -> str:
    """A field's sub-selection: every field without arguments that must be given,
    ``depth`` levels down; an object at the bottom shows its type's name only."""
    named = get_named_type(field.type)
    if not isinstance(named, GraphQLObjectType):
        return ""
    if depth == 0:
        return "{ __typename }"
    inner = [
        f"{name} {selection(child, depth - 1)}"
        for name, child in named.fields.items()
        if not any(is_required_argument(arg) for arg in child.args.values())
    ]
    return "{ " + " ".join(inner) + " }"


EVERY_FIELD = selection(GraphQLField(SDL.get_type("Lead")))  # type: ignore[arg-type]
EVERY_FIELD_PAGE = f"query {{ tenant {{ leads {{ edges {{ node {EVERY_FIELD} }} }} }} }}"
EVERY_FIELD_LEAD = f"query($id: ID!) {{ lead(id: $id) {EVERY_FIELD} }}"


async def test_a_page_shows_every_field_of_a_lead_as_it_shows_alone(
    client: httpx.AsyncClient,
) -> None:
    # given leads with and without every field of their input set
    owner = await sign_up(client)
    await seed(client, owner)
    full = {
        "name": "Åse Ødegård",
        "email": "ase@fjord.no",
        "phone": "+4791234567",
        "title": "CTO",
        "company": "Fjord AS",
        "website": "https://fjord.no",
        "country": "NO",
        "region": "Vestland",
        "industry": "Fishing",
        "companySize": "SMALL",
        "purchaseTimeframe": "IMMEDIATE",
        "expectedValue": "1200.50",
        "tags": ["vip", "fair"],
        "externalIds": [{"system": "crm", "externalId": "42"}],
        "ownerId": owner.user_id,
    }
    created = await graphql(client, CREATE, {"input": {"lead": full}}, account=owner)
    assert created["data"]["createLead"]["errors"] == []
    # when the list shows every field of every lead
    page = await graphql(client, EVERY_FIELD_PAGE, account=owner)
    listed = [edge["node"] for edge in page["data"]["tenant"]["leads"]["edges"]]
    # then each is what the lead shows on its own
    alone = [
        (await graphql(client, EVERY_FIELD_LEAD, {"id": lead["id"]}, account=owner))["data"]["lead"]
        for lead in listed
    ]
    assert listed == alone
    assert listed[0]["email"] == "ase@fjord.no"
    assert listed[0]["tags"] == ["fair", "vip"]


async def test_a_page_reads_only_the_columns_its_fields_need(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    await seed(client, owner)
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "FROM leads" in statement:
            sent.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        await graphql(
            client,
            "query { tenant { leads { edges { node { name stage { name } } } } } }",
            account=owner,
        )
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    (page,) = sent
    selected = page.partition(" FROM leads")[0]
    assert {"leads.id", "leads.name", "leads.stage_id"} <= set(selected.replace(",", " ").split())
    assert "custom_fields" not in selected and "email" not in selected
