"""Duplicate candidates: leads sharing an email, a phone, or a name at a domain."""

from typing import Any

import httpx

from tests.builders import Account, graphql, join, sign_up

CREATE = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }
"""
CANDIDATES = """
query($id: ID!) { lead(id: $id) { duplicateCandidates { lead { name } reasons } } }
"""


async def create(client: httpx.AsyncClient, account: Account, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"input": {"lead": lead}}, account=account)
    payload = body["data"]["createLead"]
    assert payload["errors"] == []
    lead_id: str = payload["lead"]["id"]
    return lead_id


async def candidates(client: httpx.AsyncClient, account: Account, lead_id: str) -> Any:
    body = await graphql(client, CANDIDATES, {"id": lead_id}, account=account)
    return body["data"]["lead"]["duplicateCandidates"]


async def test_duplicates_are_found_by_normalized_email_phone_and_company(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, default_region="NO")
    kari = await create(
        client, owner, name="Kari Nordmann", email="kari@fjord.no", phone="+47 412 34 567"
    )
    await create(client, owner, name="K. Nordmann", email="  KARI@Fjord.no ")
    await create(client, owner, name="Kari at work", phone="41234567")
    await create(client, owner, name="kari nordmann", website="https://www.fjord.no")
    await create(client, owner, name="Someone Else", email="else@fjord.no")
    found = await candidates(client, owner, kari)
    assert found == [
        # the same email; the same domain too, but under another name
        {"lead": {"name": "K. Nordmann"}, "reasons": ["SAME_EMAIL"]},
        {"lead": {"name": "Kari at work"}, "reasons": ["SAME_PHONE"]},
        {"lead": {"name": "kari nordmann"}, "reasons": ["SAME_NAME_AT_DOMAIN"]},
    ]


async def test_one_name_at_one_domain_is_a_duplicate_whatever_its_case_and_accents(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, default_region="NO")
    same = ["Øyvind Ås", "Oyvind As", "ØYVIND ÅS"]
    ids = [await create(client, owner, name=name, website="https://havbruk.no") for name in same]
    # not the same: another name, a wildcard in a name, another domain, no domain
    await create(client, owner, name="Øyvind Åsen", website="https://havbruk.no")
    wildcard = await create(client, owner, name="Øyvind%", website="https://havbruk.no")
    await create(client, owner, name="Øyvind Ås", website="https://fjord.no")
    await create(client, owner, name="Øyvind Ås")
    for lead_id, name in zip(ids, same, strict=True):
        assert await candidates(client, owner, lead_id) == [
            {"lead": {"name": other}, "reasons": ["SAME_NAME_AT_DOMAIN"]}
            for other in same
            if other != name
        ]
    assert await candidates(client, owner, wildcard) == []


async def test_a_lead_without_contact_data_has_no_candidates(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    lone = await create(client, owner, name="Lone")
    await create(client, owner, name="Lone")
    assert await candidates(client, owner, lone) == []


async def test_duplicates_stay_inside_the_tenant_and_the_reps_view(
    client: httpx.AsyncClient,
) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    mine = await create(client, first, name="Kari", email="kari@fjord.no")
    await create(client, second, name="Kari", email="kari@fjord.no")
    assert await candidates(client, first, mine) == []
    # a rep sees candidates among the leads they may see only
    rep = await join(client, first, "SALES_REP")
    theirs = await create(client, rep, name="Kari too", email="kari@fjord.no")
    assert await candidates(client, rep, theirs) == []
    assert await candidates(client, first, theirs) == [
        {"lead": {"name": "Kari"}, "reasons": ["SAME_EMAIL"]}
    ]


MERGE = """
mutation($input: MergeLeadsInput!) {
  mergeLeads(input: $input) {
    lead {
      id name email phone tags externalIds { system externalId }
      stageHistory { toStage { name } }
      activities { edges { node { kind } } }
    }
    errors { field code }
  }
}
"""
LEAD = "query($id: ID!) { lead(id: $id) { id name } node(id: $id) { id } }"


async def test_a_duplicate_is_merged_into_its_survivor(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, default_region="NO")
    survivor = await create(
        client,
        owner,
        name="Kari Nordmann",
        email="kari@fjord.no",
        tags=["vip"],
        externalIds=[{"system": "crm", "externalId": "1"}],
    )
    duplicate = await create(
        client,
        owner,
        name="K. Nordmann",
        email="kari@fjord.no",
        phone="41234567",
        tags=["vip", "fair"],
        externalIds=[{"system": "hubspot", "externalId": "9"}],
    )
    body = await graphql(
        client,
        MERGE,
        {"input": {"survivorId": survivor, "duplicateId": duplicate}},
        account=owner,
    )
    payload = body["data"]["mergeLeads"]
    assert payload["errors"] == []
    lead = payload["lead"]
    # the survivor keeps its own values and takes what it lacked
    assert (lead["id"], lead["name"], lead["email"], lead["phone"]) == (
        survivor,
        "Kari Nordmann",
        "kari@fjord.no",
        "+4741234567",
    )
    assert lead["tags"] == ["fair", "vip"]
    assert lead["externalIds"] == [
        {"system": "crm", "externalId": "1"},
        {"system": "hubspot", "externalId": "9"},
    ]
    # both histories and feeds are its now, with the merge recorded
    assert [change["toStage"]["name"] for change in lead["stageHistory"]] == ["Suspect"] * 2
    kinds = [edge["node"]["kind"] for edge in lead["activities"]["edges"]]
    assert kinds == ["MERGED", "CREATED", "CREATED"]
    # and the duplicate is gone: its id leads to the survivor, and names no node
    gone = await graphql(client, LEAD, {"id": duplicate}, account=owner)
    assert gone["data"] == {"lead": {"id": survivor, "name": "Kari Nordmann"}, "node": None}


async def test_bad_merges_are_refused_and_change_nothing(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    mine = await create(client, first, name="Mine", email="a@b.no")
    other = await create(client, first, name="Other", email="a@b.no")
    theirs = await create(client, second, name="Theirs", email="a@b.no")
    for survivor, duplicate, field, code in (
        (mine, mine, "duplicateId", "INVALID"),
        (mine, theirs, "duplicateId", "NOT_FOUND"),
        (theirs, mine, "survivorId", "NOT_FOUND"),
        ("garbage", other, "survivorId", "NOT_FOUND"),
    ):
        body = await graphql(
            client,
            MERGE,
            {"input": {"survivorId": survivor, "duplicateId": duplicate}},
            account=first,
        )
        assert body["data"]["mergeLeads"] == {
            "lead": None,
            "errors": [{"field": field, "code": code}],
        }
    for lead_id, account in ((mine, first), (other, first), (theirs, second)):
        assert (await graphql(client, LEAD, {"id": lead_id}, account=account))["data"]["lead"]


SAVE_FIELDS = "lead { id } duplicates { lead { name } reasons } errors { code }"
CREATE_REPORTING = f"""
mutation($input: CreateLeadInput!) {{ createLead(input: $input) {{ {SAVE_FIELDS} }} }}
"""
UPDATE_REPORTING = f"""
mutation($input: UpdateLeadInput!) {{ updateLead(input: $input) {{ {SAVE_FIELDS} }} }}
"""


async def test_saving_a_lead_reports_the_duplicates_it_has(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, default_region="NO")
    await create(client, owner, name="Kari Nordmann", email="kari@fjord.no")
    await create(client, owner, name="Ola", phone="41234567")
    body = await graphql(
        client,
        CREATE_REPORTING,
        {"input": {"lead": {"name": "Kari N.", "email": "Kari@Fjord.no"}}},
        account=owner,
    )
    created = body["data"]["createLead"]
    assert created["duplicates"] == [{"lead": {"name": "Kari Nordmann"}, "reasons": ["SAME_EMAIL"]}]
    # an update that gives the lead Ola's phone reports both
    body = await graphql(
        client,
        UPDATE_REPORTING,
        {
            "input": {
                "leadId": created["lead"]["id"],
                "lead": {"name": "Kari N.", "email": "kari@fjord.no", "phone": "+4741234567"},
            }
        },
        account=owner,
    )
    assert body["data"]["updateLead"]["duplicates"] == [
        {"lead": {"name": "Kari Nordmann"}, "reasons": ["SAME_EMAIL"]},
        {"lead": {"name": "Ola"}, "reasons": ["SAME_PHONE"]},
    ]
    # a refused save reports nothing
    body = await graphql(
        client,
        CREATE_REPORTING,
        {"input": {"lead": {"name": "Bad", "email": "not an email"}}},
        account=owner,
    )
    assert body["data"]["createLead"] == {
        "lead": None,
        "duplicates": [],
        "errors": [{"code": "INVALID"}],
    }


async def test_a_rep_is_told_only_of_duplicates_in_reach(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    await create(client, owner, name="Owner's Kari", email="kari@fjord.no")
    body = await graphql(
        client,
        CREATE_REPORTING,
        {"input": {"lead": {"name": "Rep's Kari", "email": "kari@fjord.no"}}},
        account=rep,
    )
    assert body["data"]["createLead"]["duplicates"] == []


async def test_a_rep_cannot_merge_away_a_referrer_of_leads_out_of_reach(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    survivor = await create(client, rep, name="Kari", email="kari@fjord.no")
    duplicate = await create(client, rep, name="Kari N.", email="kari@fjord.no")
    await graphql(
        client,
        """mutation($id: ID!) {
             winLead(input: {leadId: $id, amount: "10"}) { errors { code } } }""",
        {"id": duplicate},
        account=rep,
    )
    source = await graphql(
        client,
        'mutation { createSource(input: {name: "Friends", kind: REFERRAL}) { source { id } } }',
        account=owner,
    )
    await create(
        client,
        owner,
        name="Referred",
        sourceId=source["data"]["createSource"]["source"]["id"],
        referredById=duplicate,
    )
    body = await graphql(
        client,
        """mutation($survivor: ID!, $duplicate: ID!) {
             mergeLeads(input: {survivorId: $survivor, duplicateId: $duplicate}) {
               errors { field code } } }""",
        {"survivor": survivor, "duplicate": duplicate},
        account=rep,
    )
    assert body["data"]["mergeLeads"]["errors"] == [{"field": "duplicateId", "code": "NOT_ALLOWED"}]
    assert len(await candidates(client, rep, survivor)) == 1  # both still there


ASSIGN = """
mutation($input: AssignLeadsInput!) { assignLeads(input: $input) { errors { code } } }
"""


async def test_a_merged_id_follows_every_merge_since_for_whom_may_see_the_survivor(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjord AS")
    outsider = await sign_up(client, company="Annen AS")
    rep = await join(client, owner, "SALES_REP", name="Bjørn")
    first = await create(client, owner, name="Åse", email="aase@fjord.no")
    second = await create(client, owner, name="Åse Ø.", email="aase@fjord.no")
    third = await create(client, owner, name="Åse Øvergård", email="aase@fjord.no")
    for survivor, duplicate in ((second, first), (third, second)):
        body = await graphql(
            client,
            MERGE,
            {"input": {"survivorId": survivor, "duplicateId": duplicate}},
            account=owner,
        )
        assert body["data"]["mergeLeads"]["errors"] == []

    for gone in (first, second):
        found = await graphql(client, LEAD, {"id": gone}, account=owner)
        assert found["data"] == {"lead": {"id": third, "name": "Åse Øvergård"}, "node": None}
    # another tenant learns nothing; a rep, only once the survivor is theirs
    for account in (outsider, rep):
        found = await graphql(client, LEAD, {"id": first}, account=account)
        assert found["data"] == {"lead": None, "node": None}
    body = await graphql(
        client, ASSIGN, {"input": {"leadIds": [third], "ownerId": rep.user_id}}, account=owner
    )
    assert body["data"]["assignLeads"]["errors"] == []
    found = await graphql(client, LEAD, {"id": first}, account=rep)
    assert found["data"]["lead"] == {"id": third, "name": "Åse Øvergård"}
