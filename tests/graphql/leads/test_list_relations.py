"""A page of leads loads the stages, sources and owners it shows once, for every lead."""

from typing import Any

import httpx

from tests.builders import Account, graphql, sign_up
from tests.conftest import StatementCounter

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
