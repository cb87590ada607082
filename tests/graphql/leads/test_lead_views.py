"""Saved views of the leads list: a person's filter and sort kept by name, opened again
from any browser; their own, or shared with the whole company."""

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from leadhub.db import Database
from leadhub.leads import views as lead_views
from leadhub.leads.models import LeadView
from leadhub.leads.views import MAX_VIEWS
from leadhub.oauth.scopes import SCOPES
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, join, post, row_id, sign_up, system_job
from tests.oauth.conftest import register
from tests.oauth.partner import access_token

SAVE = """
mutation($input: SaveLeadViewInput!) {
  saveLeadView(input: $input) {
    leadView { id name filter orderBy descending shared mine createdBy { name } }
    errors { field code message }
  }
}
"""
DELETE = """
mutation($id: ID!) {
  deleteLeadView(input: {leadViewId: $id}) { deletedLeadViewId errors { field code } }
}
"""
VIEWS = """
query {
  tenant { leadViews { id name filter orderBy descending shared mine createdBy { name } } }
}
"""
NODE = "query($id: ID!) { node(id: $id) { ... on LeadView { name } } }"
LEADS = """
query($filter: LeadFilterInput, $orderBy: LeadOrder, $descending: Boolean) {
  tenant {
    leads(filter: $filter, orderBy: $orderBy, descending: $descending) {
      edges { node { name } }
    }
  }
}
"""
CREATE_LEAD = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { errors { field code } } }
"""
FAIR = """
mutation { createSource(input: {name: "Sjømatmessen", kind: TRADE_FAIR}) { source { id } } }
"""
FIRST_STAGE = "query { tenant { funnelStages(first: 1) { edges { node { id } } } } }"


async def save(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, SAVE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["saveLeadView"]
    return payload


async def saved(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    """The view saved, which must be accepted."""
    payload = await save(client, account, **fields)
    assert payload["errors"] == [], payload
    view: dict[str, Any] = payload["leadView"]
    return view


async def views(client: httpx.AsyncClient, account: Account) -> list[dict[str, Any]]:
    body = await graphql(client, VIEWS, account=account)
    found: list[dict[str, Any]] = body["data"]["tenant"]["leadViews"]
    return found


async def names_of_views(client: httpx.AsyncClient, account: Account) -> list[str]:
    return [view["name"] for view in await views(client, account)]


async def delete(client: httpx.AsyncClient, account: Account, view_id: str) -> dict[str, Any]:
    body = await graphql(client, DELETE, {"id": view_id}, account=account)
    payload: dict[str, Any] = body["data"]["deleteLeadView"]
    return payload


async def lead_names(client: httpx.AsyncClient, account: Account, **arguments: Any) -> list[str]:
    body = await graphql(client, LEADS, arguments, account=account)
    return [edge["node"]["name"] for edge in body["data"]["tenant"]["leads"]["edges"]]


async def create_leads(
    client: httpx.AsyncClient, account: Account, leads: list[dict[str, Any]]
) -> None:
    for lead in leads:
        body = await graphql(client, CREATE_LEAD, {"input": {"lead": lead}}, account=account)
        assert body["data"]["createLead"]["errors"] == [], body


async def test_views_are_saved_and_listed_by_name(client: httpx.AsyncClient) -> None:
    # given a tenant's owner
    owner = await sign_up(client, company="Fjordkraft Salg AS")

    # when they save two views, one with a filter and a sort of its own
    hot = await saved(
        client,
        owner,
        name="  Varme   i Trøndelag ",
        filter={"temperatures": ["HOT"], "tags": ["messe"], "stageIds": []},
        orderBy="SCORE",
        descending=False,
    )
    await saved(client, owner, name="Alle leads")

    # then the name is cleaned, the filter kept as sent without what was left at its
    # default, and the views listed by name
    assert hot == {
        "id": hot["id"],
        "name": "Varme i Trøndelag",
        "filter": {"temperatures": ["HOT"], "tags": ["messe"]},
        "orderBy": "SCORE",
        "descending": False,
        "shared": False,
        "mine": True,
        "createdBy": {"name": "Owner Person"},
    }
    listed = await views(client, owner)
    assert [view["name"] for view in listed] == ["Alle leads", "Varme i Trøndelag"]
    assert listed[0]["filter"] == {}
    assert (listed[0]["orderBy"], listed[0]["descending"]) == ("CREATED", True)
    assert listed[1] == hot


async def test_saving_a_name_again_replaces_that_view(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    first = await saved(client, owner, name="Mine", filter={"temperatures": ["COLD"]})

    again = await saved(
        client, owner, name=" Mine", filter={"parked": True}, orderBy="NAME", shared=True
    )

    assert again["id"] == first["id"]
    assert (again["filter"], again["orderBy"], again["shared"]) == ({"parked": True}, "NAME", True)
    assert await views(client, owner) == [again]


async def test_a_saved_filter_selects_the_same_leads_again(client: httpx.AsyncClient) -> None:
    # given leads at a company, from a trade fair or not, and one elsewhere
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    fair = (await graphql(client, FAIR, account=owner))["data"]["createSource"]["source"]["id"]
    stages = await graphql(client, FIRST_STAGE, account=owner)
    first_stage = stages["data"]["tenant"]["funnelStages"]["edges"][0]["node"]["id"]
    at_the_fair = {"company": "Bjørnøya Fisk AS", "tags": ["messe"], "sourceId": fair}
    await create_leads(
        client,
        owner,
        [
            {"name": "Øyvind Ås", **at_the_fair},
            {"name": "Ærlig Ødegård", **at_the_fair},
            {"name": "Åse Bråten", "company": "Bjørnøya Fisk AS", "tags": ["messe"]},
            {"name": "Kåre Nær", "company": "Annet AS", "tags": ["messe"], "sourceId": fair},
        ],
    )
    sent = {
        "text": "bjornoya",
        "tags": ["MESSE"],
        "sourceKinds": ["TRADE_FAIR"],
        "stageIds": [first_stage],
        "createdAfter": "2020-01-01T00:00:00+01:00",
        "parked": False,
        "minScore": 0,
    }
    expected = ["Ærlig Ødegård", "Øyvind Ås"]
    assert await lead_names(client, owner, filter=sent, orderBy="NAME", descending=False) == (
        expected
    )

    # when the list's filter and sort are saved, and the view read back
    await saved(
        client, owner, name="Bjørnøya på messa", filter=sent, orderBy="NAME", descending=False
    )
    [view] = await views(client, owner)

    # then its filter is what was sent (its time the same instant, in UTC), and sent
    # back as it is it finds the same leads
    assert view["filter"] == {**sent, "createdAfter": "2019-12-31T23:00:00+00:00"}
    opened = await lead_names(
        client,
        owner,
        filter=view["filter"],
        orderBy=view["orderBy"],
        descending=view["descending"],
    )
    assert opened == expected


async def test_a_shared_view_is_seen_by_colleagues_and_a_private_one_is_not(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rune")
    private = await saved(client, owner, name="Mine")
    shared = await saved(client, owner, name="Felles", shared=True)

    # the rep sees the shared view alone, as someone else's, and may keep a "Mine" too
    [seen] = await views(client, rep)
    assert seen == {**shared, "mine": False}
    own = await saved(client, rep, name="Mine")
    assert await names_of_views(client, rep) == ["Felles", "Mine"]
    assert own["id"] != private["id"]
    # by id too
    for view_id, expected in ((private["id"], None), (shared["id"], {"name": "Felles"})):
        found = await graphql(client, NODE, {"id": view_id}, account=rep)
        assert found["data"]["node"] == expected
    # and the owner does not see the rep's own
    assert await names_of_views(client, owner) == ["Felles", "Mine"]
    assert [view["id"] for view in await views(client, owner)] == [shared["id"], private["id"]]


async def test_a_reps_view_shows_only_the_leads_the_rep_may_see(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rune")
    await create_leads(
        client,
        owner,
        [
            {"name": "Rune sin", "tags": ["messe"], "ownerId": rep.user_id},
            {"name": "Eierens", "tags": ["messe"], "ownerId": owner.user_id},
        ],
    )
    await saved(client, owner, name="Messa", filter={"tags": ["messe"]}, shared=True)

    [view] = await views(client, rep)

    assert await lead_names(client, rep, filter=view["filter"]) == ["Rune sin"]
    assert await lead_names(client, owner, filter=view["filter"]) == ["Eierens", "Rune sin"]


async def test_only_its_creator_deletes_a_view_and_owners_and_admins_a_shared_one(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rune")
    admin = await join(client, owner, "ADMIN", name="Anne")
    reps_private = await saved(client, rep, name="Mine")
    reps_shared = await saved(client, rep, name="Felles", shared=True)
    owners_shared = await saved(client, owner, name="Eierens", shared=True)

    # a colleague, an admin even, finds no private view; a rep may not delete a shared one
    for colleague, view, code in (
        (admin, reps_private, "NOT_FOUND"),
        (rep, owners_shared, "NOT_ALLOWED"),
    ):
        refused = await delete(client, colleague, view["id"])
        assert refused == {
            "deletedLeadViewId": None,
            "errors": [{"field": "leadViewId", "code": code}],
        }
    assert await names_of_views(client, rep) == ["Eierens", "Felles", "Mine"]

    # an admin deletes a shared view someone else made, the creator their own
    assert await delete(client, admin, reps_shared["id"]) == {
        "deletedLeadViewId": reps_shared["id"],
        "errors": [],
    }
    assert (await delete(client, rep, reps_private["id"]))["errors"] == []
    assert (await delete(client, owner, owners_shared["id"]))["errors"] == []
    for account in (owner, rep, admin):
        assert await views(client, account) == []


async def test_bad_input_is_named_by_field_and_nothing_is_written(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")

    for bad in ("", "   ", "x" * 101, "Varme\x07", "\x1b[31mVarme"):
        payload = await save(client, owner, name=bad, filter={"temperatures": ["HOT"]})

        assert payload["leadView"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [("name", "INVALID")]
    assert await views(client, owner) == []
    # a hundred characters are a name
    assert (await saved(client, owner, name="x" * 100))["name"] == "x" * 100


async def test_a_person_keeps_fifty_views_and_may_still_save_over_one(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    colleague = await join(client, owner, "MARKETING", name="Mari")
    for number in range(MAX_VIEWS):
        await saved(client, owner, name=f"Visning {number:02}", shared=True)

    refused = await save(client, owner, name="Én for mye")

    assert refused["leadView"] is None
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("name", "TOO_MANY")]
    assert len(await views(client, owner)) == MAX_VIEWS
    # saving over one is no new view; a colleague's are their own to count
    over = await saved(client, owner, name="Visning 07", orderBy="NAME", shared=True)
    assert over["orderBy"] == "NAME"
    await saved(client, colleague, name="Min")
    assert len(await views(client, colleague)) == MAX_VIEWS + 1


async def test_the_company_shares_a_bounded_number_of_views(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bound on the list everyone reads; two stand for its 200.
    monkeypatch.setattr(lead_views, "MAX_SHARED_VIEWS", 2)
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    colleague = await join(client, owner, "MARKETING", name="Mari")
    await saved(client, owner, name="Varme", shared=True)
    await saved(client, colleague, name="Messe", shared=True)

    refused = await save(client, colleague, name="Kalde", shared=True)

    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("shared", "TOO_MANY")]
    # a private view is no share, and a shared one saved over takes no new place
    assert (await saved(client, colleague, name="Kalde"))["shared"] is False
    assert (await saved(client, owner, name="Varme", shared=True))["shared"] is True
    assert len(await views(client, owner)) == 2


async def test_another_tenants_view_is_out_of_reach(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    outsider = await sign_up(client, company="Andre AS")
    shared = await saved(client, owner, name="Felles", shared=True)
    stages = await graphql(client, FIRST_STAGE, account=owner)
    owners_stage = stages["data"]["tenant"]["funnelStages"]["edges"][0]["node"]["id"]

    found = await graphql(client, NODE, {"id": shared["id"]}, account=outsider)
    refused = await delete(client, outsider, shared["id"])
    named = await save(client, outsider, name="Deres", filter={"stageIds": [owners_stage]})

    assert found["data"]["node"] is None
    assert refused["errors"] == [{"field": "leadViewId", "code": "NOT_FOUND"}]
    assert [(e["field"], e["code"]) for e in named["errors"]] == [
        ("filter.stageIds.0", "NOT_FOUND")
    ]
    assert await views(client, outsider) == []
    assert await views(client, owner) == [shared]


async def test_a_private_view_leaves_with_its_creator_and_a_shared_one_stays(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rune")
    await saved(client, rep, name="Mine")
    shared = await saved(client, rep, name="Felles", shared=True)
    members = await graphql(
        client, "{ tenant { members { edges { node { id user { id } } } } } }", account=owner
    )
    [membership] = [
        edge["node"]["id"]
        for edge in members["data"]["tenant"]["members"]["edges"]
        if edge["node"]["user"]["id"] == rep.user_id
    ]

    removed = await graphql(
        client,
        "mutation($id: ID!) { removeMember(input: {membershipId: $id}) { errors { code } } }",
        {"id": membership},
        account=owner,
    )

    assert removed["data"]["removeMember"]["errors"] == []
    assert await views(client, owner) == [{**shared, "mine": False}]
    async with unit_of_work(database, system_job(row_id(owner.tenant_id))) as work:
        assert list(await work.session.scalars(select(LeadView.name))) == ["Felles"]


async def test_views_are_for_people_not_partners(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    await saved(client, owner, name="Felles", shared=True)
    token = await access_token(client, await register(client, owner), " ".join(SCOPES))

    response = await post(client, VIEWS, token=token)

    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "INSUFFICIENT_SCOPE", "scope": None}
