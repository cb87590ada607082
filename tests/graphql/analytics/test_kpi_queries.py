"""The KPI queries from outside: one document asks for all of them; another
tenant's, and a sales rep's, count only what they may see; bad arguments are
refused with the field at fault, and nothing else runs."""

from datetime import datetime
from typing import Any

import httpx
import pytest

from leadhub.analytics.filters import MAX_VALUES
from tests.analytics.scenario import OSLO
from tests.builders import Account, graphql, graphql_refusal, join, post, sign_up

CREATE = """
mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } errors { code } } }
"""
WIN = """
mutation($id: ID!) { winLead(input: {leadId: $id, amount: "12500.50"}) { errors { code } } }
"""
KPIS = """
query($period: PeriodInput!, $filters: KpiFiltersInput) {
  leadVolume(period: $period, bucket: MONTH, filters: $filters) {
    total { count } points { firstDay lastDay value { count } }
    bySource { source { name } series { total { count } } }
  }
  funnel(period: $period, filters: $filters) {
    stage { name } reached fromPrevious { numerator denominator rate }
  }
  winRate(period: $period, filters: $filters) { total { numerator denominator rate } }
  salesVolume(period: $period, filters: $filters) { total { amount count average } }
  salesCycleTime(period: $period, filters: $filters) { total { median mean count } }
  leadToCustomerConversion(period: $period, filters: $filters) { total { rate } }
  pipelineValue(period: $period, filters: $filters) { total { amount count } }
  responseTime(period: $period, filters: $filters) {
    total { median count overSla { numerator denominator } }
  }
  customerRetention(period: $period, filters: $filters) { total { numerator denominator } }
  sourceReturn(period: $period, filters: $filters) { source { name } won { total { amount } } }
}
"""


def this_year() -> dict[str, str]:
    year = datetime.now(OSLO).year
    return {"firstDay": f"{year}-01-01", "lastDay": f"{year}-12-31"}


async def create(client: httpx.AsyncClient, account: Account, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"lead": lead}, account=account)
    assert body["data"]["createLead"]["errors"] == [], body
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def kpis(client: httpx.AsyncClient, account: Account, **filters: Any) -> dict[str, Any]:
    body = await graphql(
        client, KPIS, {"period": this_year(), "filters": filters or None}, account=account
    )
    data: dict[str, Any] = body["data"]
    return data


async def test_one_document_asks_for_every_kpi(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjellvann AS")
    won = await create(client, owner, name="Åsmund Ødegård", email="asmund@fjellvann.no")
    await create(client, owner, name="Bente Bø", phone="412 34 567", country="NO")
    body = await graphql(client, WIN, {"id": won}, account=owner)
    assert body["data"]["winLead"]["errors"] == []

    found = await kpis(client, owner)
    assert found["leadVolume"]["total"] == {"count": 2}
    assert len(found["leadVolume"]["points"]) == 12
    assert sum(point["value"]["count"] for point in found["leadVolume"]["points"]) == 2
    assert found["leadVolume"]["bySource"] == [{"source": None, "series": {"total": {"count": 2}}}]
    assert [step["reached"] for step in found["funnel"]] == [2, 1, 1, 1, 1]
    assert found["funnel"][1]["fromPrevious"] == {"numerator": 1, "denominator": 2, "rate": 0.5}
    assert found["winRate"]["total"] == {"numerator": 1, "denominator": 1, "rate": 1.0}
    assert found["salesVolume"]["total"] == {
        "amount": "12500.50",
        "count": 1,
        "average": "12500.50",
    }
    assert found["salesCycleTime"]["total"]["count"] == 1
    assert found["leadToCustomerConversion"]["total"] == {"rate": 0.5}
    assert found["pipelineValue"]["total"] == {"amount": "0", "count": 0}
    assert found["responseTime"]["total"] == {
        "median": None,
        "count": 0,
        "overSla": {"numerator": 0, "denominator": 0},
    }
    assert found["customerRetention"]["total"] == {"numerator": 0, "denominator": 0}
    assert found["sourceReturn"] == [{"source": None, "won": {"total": {"amount": "12500.50"}}}]


async def test_another_tenant_and_a_sales_rep_count_only_what_they_see(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjellvann AS")
    rep = await join(client, owner, "SALES_REP", name="Rønnaug")
    mine = await create(client, owner, name="Rep's own", ownerId=rep.user_id)
    await graphql(client, WIN, {"id": mine}, account=owner)
    for name in ("Øystein", "Ærlend", "Åge"):
        await create(client, owner, name=name)
    stranger = await sign_up(client, "Havbris AS")

    assert (await kpis(client, owner))["leadVolume"]["total"] == {"count": 4}
    seen_by_rep = await kpis(client, rep)
    assert seen_by_rep["leadVolume"]["total"] == {"count": 1}
    assert seen_by_rep["funnel"][0]["reached"] == 1
    assert seen_by_rep["salesVolume"]["total"]["count"] == 1
    seen_by_stranger = await kpis(client, stranger)
    assert seen_by_stranger["leadVolume"]["total"] == {"count": 0}
    assert seen_by_stranger["salesVolume"]["total"] == {"amount": "0", "count": 0, "average": None}
    # Naming the first tenant's member finds nothing of theirs either.
    assert (await kpis(client, stranger, userIds=[rep.user_id]))["leadVolume"]["total"] == {
        "count": 0
    }


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ('period: {firstDay: "2026-02-01", lastDay: "2026-01-01"}', "period.lastDay"),
        ('period: {firstDay: "1990-01-01", lastDay: "2026-01-01"}', "period.lastDay"),
        ('period: {firstDay: "0001-01-01", lastDay: "0001-01-31"}', "period.firstDay"),
        ('period: {firstDay: "2026-12-01", lastDay: "9999-12-31"}', "period.lastDay"),
        ('period: {firstDay: "2020-01-01", lastDay: "2026-01-01"}, bucket: DAY', "bucket"),
        (
            'period: {firstDay: "2026-01-01", lastDay: "2026-01-31"}, filters: {sourceKinds: ['
            + ", ".join(["WEB_FORM"] * (MAX_VALUES + 1))
            + "]}",
            "filters.sourceKinds",
        ),
    ],
    ids=[
        "reversed",
        "too long",
        "the calendar's first days",
        "its last day",
        "too many points",
        "too many filter values",
    ],
)
async def test_a_bad_argument_is_refused_with_its_field(
    client: httpx.AsyncClient, arguments: str, field: str
) -> None:
    owner = await sign_up(client)
    query = f"{{ winRate({arguments}) {{ total {{ rate }} }} }}"
    error = await graphql_refusal(client, query, account=owner)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        (
            '{ leadVolume(period: {firstDay: "2026-01-01", lastDay: "2026-01-31"},'
            ' filters: {teamIds: ["nonsense"]}) { total { count } } }',
            "filters.teamIds",
        ),
        (
            '{ stageConversion(period: {firstDay: "2026-01-01", lastDay: "2026-01-31"},'
            ' fromStageId: "nonsense", toStageId: "nonsense") { total { rate } } }',
            "fromStageId",
        ),
    ],
    ids=["filter", "stage"],
)
async def test_an_id_of_nothing_is_refused(
    client: httpx.AsyncClient, query: str, field: str
) -> None:
    owner = await sign_up(client)
    error = await graphql_refusal(client, query, account=owner)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


async def test_kpis_are_for_members_only(client: httpx.AsyncClient) -> None:
    response = await post(
        client,
        '{ winRate(period: {firstDay: "2026-01-01", lastDay: "2026-01-31"}) { total { rate } } }',
    )
    [error] = response.json()["errors"]
    assert "rate" not in str(response.json().get("data") or "")
    assert error["message"]
