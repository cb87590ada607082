"""What the leads of a list are expected to bring, summed over every lead that
matches (not one page), with the list's filter, and bounded as its count is."""

from decimal import Decimal
from itertools import combinations
from typing import Any

import httpx
import pytest

from leadhub.db import Database
from leadhub.graphql.leads import filters
from leadhub.leads import search
from tests.builders import Account, graphql, sign_up

CREATE = """
mutation($lead: LeadInput!, $stageId: ID) {
  createLead(input: {lead: $lead, stageId: $stageId}) { errors { code } }
}
"""
STAGES = "query { tenant { funnelStages { edges { node { id name } } } } }"
VALUED = """
query($filter: LeadFilterInput, $first: Int) {
  tenant {
    leads(filter: $filter, first: $first) {
      expectedValueTotal
      expectedValueTotalIsCapped
      edges { node { name } }
    }
  }
}
"""
VALUES = {
    "Anna": Decimal("1000.50"),
    "Bo": Decimal("250.25"),
    "Cai": None,
    "Dag": Decimal("99.99"),
}


async def stage_ids(client: httpx.AsyncClient, account: Account) -> dict[str, str]:
    body = await graphql(client, STAGES, account=account)
    edges = body["data"]["tenant"]["funnelStages"]["edges"]
    return {edge["node"]["name"]: edge["node"]["id"] for edge in edges}


async def create(
    client: httpx.AsyncClient, account: Account, lead: dict[str, Any], stage_id: str | None = None
) -> None:
    body = await graphql(client, CREATE, {"lead": lead, "stageId": stage_id}, account=account)
    assert body["data"]["createLead"]["errors"] == []


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> Account:
    """A tenant of four leads, one without an expected value, Dag's a step further on;
    and another tenant's lead, worth more than all of them."""
    owner = await sign_up(client, "Fjordkraft Salg AS")
    prospect = (await stage_ids(client, owner))["Prospect"]
    for name, value in VALUES.items():
        lead: dict[str, Any] = {"name": name, "company": "Fjord AS" if name < "C" else None}
        if value is not None:
            lead["expectedValue"] = str(value)
        await create(client, owner, lead, prospect if name == "Dag" else None)
    stranger = await sign_up(client, "Havbris AS")
    await create(client, stranger, {"name": "Eva", "expectedValue": "5000000"})
    return owner


async def valued(
    client: httpx.AsyncClient, account: Account, lead_filter: dict[str, Any] | None = None
) -> tuple[Decimal, bool, int]:
    """The list's total, whether it is capped, and how many leads its page shows."""
    body = await graphql(client, VALUED, {"filter": lead_filter, "first": 1}, account=account)
    leads = body["data"]["tenant"]["leads"]
    total = Decimal(leads["expectedValueTotal"])
    return total, leads["expectedValueTotalIsCapped"], len(leads["edges"])


async def test_the_total_sums_every_match_not_the_page_and_no_other_tenants(
    client: httpx.AsyncClient, owner: Account
) -> None:
    # when: a page of one lead
    total, capped, shown = await valued(client, owner)
    # then: the four leads' values, Cai's none adding nothing, and not the stranger's
    assert (total, capped, shown) == (Decimal("1350.74"), False, 1)


async def test_the_total_follows_the_lists_filter(
    client: httpx.AsyncClient, owner: Account
) -> None:
    prospect = (await stage_ids(client, owner))["Prospect"]
    assert await valued(client, owner, {"stageIds": [prospect]}) == (Decimal("99.99"), False, 1)
    # a text search alone, newest first, reads a page of matches: the sum reads all
    # of them (up to its cap)
    assert await valued(client, owner, {"text": "fjord"}) == (Decimal("1250.75"), False, 1)
    assert await valued(client, owner, {"text": "cai"}) == (Decimal("0.00"), False, 1)
    assert await valued(client, owner, {"text": "nobody"}) == (Decimal("0.00"), False, 0)


async def test_a_total_stops_at_the_count_cap_and_says_so(
    client: httpx.AsyncClient, owner: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    # caps of 2 and 1 stand for 10,000 and a search's 1,000
    monkeypatch.setattr(filters, "COUNT_CAP", 2)
    monkeypatch.setattr(filters, "SEARCH_COUNT_CAP", 1)
    values = [value or Decimal(0) for value in VALUES.values()]
    total, capped, _ = await valued(client, owner)
    assert capped
    assert total in {sum(pair, Decimal(0)) for pair in combinations(values, 2)}
    searched, capped, _ = await valued(client, owner, {"text": "fjord"})
    assert capped
    assert searched in {VALUES["Anna"], VALUES["Bo"]}
    exactly = await valued(client, owner, {"text": "dag"})
    assert exactly == (Decimal("99.99"), False, 1)


async def test_a_list_that_asks_no_total_sums_nothing(
    client: httpx.AsyncClient, owner: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    summed: list[int] = []
    valued_statement = filters.LeadsMatching.valued

    def counting(matching: filters.LeadsMatching, cap: int) -> Any:
        summed.append(cap)
        return valued_statement(matching, cap)

    monkeypatch.setattr(filters.LeadsMatching, "valued", counting)
    await graphql(client, "{ tenant { leads { totalCount } } }", account=owner)
    assert summed == []
    await valued(client, owner)
    assert summed == [filters.COUNT_CAP]


async def test_a_search_s_total_reads_no_further_than_its_cap(
    client: httpx.AsyncClient, owner: Account, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int | None] = []
    newest_matches = search.newest_matches

    def recorded(patterns: Any, *, older_than: Any = None, max_rows: int | None = None) -> Any:
        reads.append(max_rows)
        return newest_matches(patterns, older_than=older_than, max_rows=max_rows)

    monkeypatch.setattr(search, "newest_matches", recorded)
    assert await valued(client, owner, {"text": "fjord"}) == (Decimal("1250.75"), False, 1)
    if database.dialect == "postgresql":
        # the page's read and the sum's: neither reads every match of a large tenant
        assert reads == [2, filters.SEARCH_COUNT_CAP + 1]
    else:
        assert reads == []  # SQLite compares the column itself: no function to bound


async def test_a_list_asked_its_count_and_total_reads_its_matches_once(
    client: httpx.AsyncClient, owner: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[int] = []
    counted_statement = filters.LeadsMatching.counted

    def counting(matching: filters.LeadsMatching, cap: int) -> Any:
        counted.append(cap)
        return counted_statement(matching, cap)

    monkeypatch.setattr(filters.LeadsMatching, "counted", counting)
    monkeypatch.setattr(filters, "COUNT_CAP", 2)  # for 10,000
    both = """
    { tenant { leads(first: 1) {
        totalCount totalCountIsCapped expectedValueTotal expectedValueTotalIsCapped
    } } }
    """
    body = await graphql(client, both, account=owner)
    leads = body["data"]["tenant"]["leads"]
    assert (leads["totalCount"], leads["totalCountIsCapped"]) == (2, True)
    assert leads["expectedValueTotalIsCapped"] is True
    assert counted == []  # the sum's pass counted them
    await graphql(client, "{ tenant { leads { totalCount } } }", account=owner)
    assert counted == [2]
