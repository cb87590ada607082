"""The leads list: filters, sort orders, keyset pages and a total count."""

from typing import Any

import httpx
import pytest
from sqlalchemy import Connection, event

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.graphql.leads import filters
from leadhub.settings import Settings
from tests.builders import Account, graphql, graphql_refusal, join, sign_up
from tests.conftest import StatementCounter

CREATE = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }
"""
SOURCE = """
mutation { createSource(input: {name: "Fair", kind: TRADE_FAIR}) { source { id } } }
"""
LIST = """
query($filter: LeadFilterInput, $order: LeadOrder, $descending: Boolean, $first: Int,
      $after: String) {
  tenant {
    leads(filter: $filter, orderBy: $order, descending: $descending, first: $first,
          after: $after) {
      totalCount
      edges { node { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""


async def seed(client: httpx.AsyncClient, account: Account) -> str:
    source = (await graphql(client, SOURCE, account=account))["data"]["createSource"]
    leads: list[dict[str, Any]] = [
        {"name": "Anna Hot", "purchaseTimeframe": "IMMEDIATE", "tags": ["vip"]},
        {"name": "Bo Warm", "purchaseTimeframe": "WITHIN_TWO_MONTHS", "company": "Fjord AS"},
        {"name": "Cai Cold", "email": "cai@fjord.no", "sourceId": source["source"]["id"]},
        {"name": "Dag 100%", "tags": ["vip", "fair"], "sourceId": source["source"]["id"]},
    ]
    for lead in leads:
        body = await graphql(client, CREATE, {"input": {"lead": lead}}, account=account)
        assert body["data"]["createLead"]["errors"] == []
    source_id: str = source["source"]["id"]
    return source_id


async def names(
    client: httpx.AsyncClient, account: Account, **variables: Any
) -> tuple[list[str], int]:
    body = await graphql(client, LIST, variables, account=account)
    leads = body["data"]["tenant"]["leads"]
    return [edge["node"]["name"] for edge in leads["edges"]], leads["totalCount"]


@pytest.mark.parametrize(
    ("lead_filter", "expected"),
    [
        ({"temperatures": ["HOT", "WARM"]}, ["Anna Hot", "Bo Warm"]),
        ({"tags": ["VIP"]}, ["Anna Hot", "Dag 100%"]),
        ({"tags": ["vip", "fair"]}, ["Dag 100%"]),
        ({"sourceKinds": ["TRADE_FAIR"]}, ["Cai Cold", "Dag 100%"]),
        ({"text": "fjord"}, ["Bo Warm", "Cai Cold"]),
        ({"text": "100%"}, ["Dag 100%"]),
        ({"text": "%"}, ["Dag 100%"]),
        ({"minScore": 1}, []),
        (
            {"createdAfter": "2000-01-01T00:00:00Z", "temperatures": ["COLD"]},
            ["Cai Cold", "Dag 100%"],
        ),
    ],
)
async def test_filters_narrow_the_list_and_its_total(
    client: httpx.AsyncClient, lead_filter: dict[str, Any], expected: list[str]
) -> None:
    owner = await sign_up(client)
    await seed(client, owner)
    found, total = await names(client, owner, filter=lead_filter, order="NAME", descending=False)
    assert (found, total) == (expected, len(expected))


async def test_source_filter_and_pages_by_name(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    source_id = await seed(client, owner)
    by_source, _ = await names(
        client, owner, filter={"sourceIds": [source_id]}, order="NAME", descending=True
    )
    assert by_source == ["Dag 100%", "Cai Cold"]
    # two at a time, by name: the total is the whole list's on every page
    seen: list[str] = []
    after = None
    while True:
        body = await graphql(
            client,
            LIST,
            {"order": "NAME", "descending": False, "first": 2, "after": after},
            account=owner,
        )
        leads = body["data"]["tenant"]["leads"]
        assert leads["totalCount"] == 4
        seen += [edge["node"]["name"] for edge in leads["edges"]]
        if not leads["pageInfo"]["hasNextPage"]:
            break
        after = leads["pageInfo"]["endCursor"]
    assert seen == ["Anna Hot", "Bo Warm", "Cai Cold", "Dag 100%"]


async def test_newest_first_by_default(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    await seed(client, owner)
    found, _ = await names(client, owner)
    assert found == ["Dag 100%", "Cai Cold", "Bo Warm", "Anna Hot"]


async def test_a_filter_naming_something_else_is_refused(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    refusal = await graphql_refusal(
        client, LIST, {"filter": {"stageIds": ["garbage"]}}, account=owner
    )
    assert refusal["extensions"]["code"] == "BAD_USER_INPUT"


async def test_another_tenants_leads_are_not_counted(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    await seed(client, first)
    assert await names(client, second) == ([], 0)


PAGE = """
query($first: Int) {
  tenant {
    leads(first: $first) {
      edges { node { name owner { email } source { name } stage { name } tags } }
    }
  }
}
"""


async def test_statements_per_page_do_not_grow_with_its_size(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    owner = await sign_up(client)
    me = await graphql(client, "query { me { user { id } } }", account=owner)
    source_id = await seed(client, owner)
    for index in range(6):
        lead = {
            "name": f"Extra {index}",
            "ownerId": me["data"]["me"]["user"]["id"],
            "sourceId": source_id,
            "tags": ["extra"],
        }
        await graphql(client, CREATE, {"input": {"lead": lead}}, account=owner)
    counts = []
    for first in (1, 10):
        statements.count = 0
        body = await graphql(client, PAGE, {"first": first}, account=owner)
        assert len(body["data"]["tenant"]["leads"]["edges"]) == first
        counts.append(statements.count)
    assert counts[0] == counts[1]


COUNTED = """
query($filter: LeadFilterInput) {
  tenant { leads(first: 1, filter: $filter) { totalCount totalCountIsCapped } }
}
"""


async def test_a_count_stops_at_its_cap_and_says_so(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # caps of 3 and 2 stand for 10,000 and a search's 1,000: what a million leads
    # would otherwise count
    monkeypatch.setattr(filters, "COUNT_CAP", 3)
    monkeypatch.setattr(filters, "SEARCH_COUNT_CAP", 2)
    owner = await sign_up(client)
    for name in ("Åse", "Bjørn", "Ærlig", "Øystein"):
        await graphql(
            client,
            "mutation($name: String!) {"
            " createLead(input: {lead: {name: $name}}) { errors { code } } }",
            {"name": name},
            account=owner,
        )
    everyone = await graphql(client, COUNTED, account=owner)
    assert everyone["data"]["tenant"]["leads"] == {"totalCount": 3, "totalCountIsCapped": True}
    exactly = await graphql(client, COUNTED, {"filter": {"text": "ø"}}, account=owner)
    assert exactly["data"]["tenant"]["leads"] == {"totalCount": 2, "totalCountIsCapped": False}
    searched = await graphql(client, COUNTED, {"filter": {"text": "e"}}, account=owner)
    assert searched["data"]["tenant"]["leads"] == {"totalCount": 2, "totalCountIsCapped": True}


SEARCHED = """
query($text: String!) {
  tenant { leads(first: 1, filter: {text: $text}) { totalCount edges { node { name } } } }
}
"""


SKIPPED = """
query($text: String!, $skip: Boolean = true) {
  tenant {
    leads(first: 1, filter: {text: $text}) { totalCount @skip(if: $skip) edges { node { name } } }
  }
}
"""


async def test_a_count_read_beside_the_page_counts_what_the_page_may_show(
    committing_postgres: Database, settings: Settings
) -> None:
    # given two tenants whose leads share a surname, one of them owned by a rep,
    # on a database whose transactions commit, so that a count can read beside
    transport = httpx.ASGITransport(app=create_app(settings, committing_postgres))
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        owner, outsider = await sign_up(client), await sign_up(client)
        ada = await join(client, owner, "SALES_REP", name="ada")
        for account, name in [
            (owner, "Åse Haugland"),
            (owner, "Bjørn Haugland"),
            (ada, "Haugland"),
        ]:
            await graphql(client, CREATE, {"input": {"lead": {"name": name}}}, account=account)
        await graphql(
            client, CREATE, {"input": {"lead": {"name": "Haugland AS"}}}, account=outsider
        )
        # when each searches the surname, with a count
        sent: list[tuple[object, str]] = []

        def record(connection: Connection, _cursor: object, statement: str, *_: object) -> None:
            sent.append((connection.connection.dbapi_connection, statement))

        engine = committing_postgres.engine.sync_engine
        event.listen(engine, "before_cursor_execute", record)
        try:
            counts = [
                (await graphql(client, SEARCHED, {"text": "haugland"}, account=account))["data"][
                    "tenant"
                ]["leads"]["totalCount"]
                for account in (owner, ada, outsider)
            ]
        finally:
            event.remove(engine, "before_cursor_execute", record)
    # then each counts what their own pages show: their tenant's, in a rep's reach
    assert counts == [3, 1, 1]
    # and each count was read on a connection of its own, beside its page's
    counted_on = [sender for sender, sql in sent if "count_leads_with_search_text_like" in sql]
    paged_on = [sender for sender, sql in sent if "FROM leads" in sql]
    assert len(counted_on) == len(paged_on) == 3
    assert all(count is not page for count, page in zip(counted_on, paged_on, strict=True))
    # and a count the query skips is not read at all
    sent.clear()
    event.listen(engine, "before_cursor_execute", record)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
            skipped = await graphql(client, SKIPPED, {"text": "haugland"}, account=owner)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert skipped["data"]["tenant"]["leads"] == {"edges": [{"node": {"name": "Haugland"}}]}
    assert not [sql for _, sql in sent if "count_leads_with_search_text_like" in sql]
