"""Leads: created and updated with every field checked and normalized; feed and history."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

LEAD_FIELDS = """
  id name email phone title company website domain country region industry companySize
  purchaseTimeframe temperature temperatureOverridden expectedValue
  stage { name } source { name } owner { email }
"""
CREATE = f"""
mutation($input: CreateLeadInput!) {{
  createLead(input: $input) {{ lead {{ {LEAD_FIELDS} }} errors {{ field code message }} }}
}}
"""
UPDATE = f"""
mutation($input: UpdateLeadInput!) {{
  updateLead(input: $input) {{ lead {{ {LEAD_FIELDS} }} errors {{ field code }} }}
}}
"""
LEAD = f"""
query($id: ID!) {{
  lead(id: $id) {{
    {LEAD_FIELDS}
    stageHistory {{ fromStage {{ name }} toStage {{ name }} }}
    activities {{ edges {{ node {{ kind details {{
      ... on CreatedDetails {{ stageName }}
      ... on UpdatedDetails {{ changedFields }}
    }} }} }} }}
  }}
}}
"""
LEADS = "query { tenant { leads { edges { node { name } } } } }"
SOURCE = """
mutation { createSource(input: {name: "Website", kind: WEB_FORM}) { source { id } } }
"""


async def create(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(
        client, CREATE, {"input": {"lead": {"name": "Kari Nordmann", **fields}}}, account=account
    )
    payload: dict[str, Any] = body["data"]["createLead"]
    return payload


async def test_a_lead_is_created_normalized_in_the_first_stage(
    client: httpx.AsyncClient,
) -> None:
    # given a Norwegian tenant with a web form source
    owner = await sign_up(client, default_region="NO")
    source = (await graphql(client, SOURCE, account=owner))["data"]["createSource"]["source"]
    me = await graphql(client, "query { me { user { id } } }", account=owner)
    # when a lead is entered as people type it
    payload = await create(
        client,
        owner,
        email="  Kari.Nordmann@Fjord-Sales.NO ",
        phone="412 34 567",
        company="  Fjord   Sales AS ",
        website="www.fjord-sales.no",
        country="no",
        companySize="SMALL",
        purchaseTimeframe="WITHIN_TWO_MONTHS",
        expectedValue="25000",
        sourceId=source["id"],
        ownerId=me["data"]["me"]["user"]["id"],
    )
    # then it is stored normalized, warm, in the funnel's first stage
    assert payload["errors"] == []
    lead = payload["lead"]
    assert lead | {"id": None} == {
        "id": None,
        "name": "Kari Nordmann",
        "email": "kari.nordmann@fjord-sales.no",
        "phone": "+4741234567",
        "title": None,
        "company": "Fjord Sales AS",
        "website": "https://www.fjord-sales.no",
        "domain": "fjord-sales.no",
        "country": "NO",
        "region": None,
        "industry": None,
        "companySize": "SMALL",
        "purchaseTimeframe": "WITHIN_TWO_MONTHS",
        "temperature": "WARM",
        "temperatureOverridden": False,
        "expectedValue": "25000.00",
        "stage": {"name": "Suspect"},
        "source": {"name": "Website"},
        "owner": {"email": owner.email},
    }
    # and its history and feed record the creation
    body = await graphql(client, LEAD, {"id": lead["id"]}, account=owner)
    found = body["data"]["lead"]
    assert found["stageHistory"] == [{"fromStage": None, "toStage": {"name": "Suspect"}}]
    assert [edge["node"] for edge in found["activities"]["edges"]] == [
        {"kind": "CREATED", "details": {"stageName": "Suspect"}}
    ]


@pytest.mark.parametrize(
    ("timeframe", "temperature"),
    [("IMMEDIATE", "HOT"), ("WITHIN_TWO_MONTHS", "WARM"), ("LATER", "COLD"), ("UNKNOWN", "COLD")],
)
async def test_temperature_follows_the_timeframe(
    client: httpx.AsyncClient, timeframe: str, temperature: str
) -> None:
    owner = await sign_up(client)
    lead = (await create(client, owner, purchaseTimeframe=timeframe))["lead"]
    assert (lead["temperature"], lead["temperatureOverridden"]) == (temperature, False)


async def test_a_person_overrides_the_temperature_visibly(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    lead = (await create(client, owner, purchaseTimeframe="LATER", temperature="HOT"))["lead"]
    assert (lead["temperature"], lead["temperatureOverridden"]) == ("HOT", True)


WHOLE_LEAD = f"""
query($id: ID!) {{
  lead(id: $id) {{
    {LEAD_FIELDS} score tags customFields ownerTeam {{ name }} referredBy {{ name }}
    externalIds {{ system externalId }}
  }}
}}
"""
SETUP = """
mutation {
  createScoringRule(input: {name: "Norsk", points: 20,
    fit: {field: COUNTRY, operator: IS_ONE_OF, values: ["NO"]}}) { errors { code } }
  defineCustomField(input: {key: "seats", label: "Seter", type: NUMBER}) { errors { code } }
  createTeam(input: {name: "Nord"}) { team { id } }
}
"""


async def whole_lead(client: httpx.AsyncClient, account: Account, lead_id: str) -> dict[str, Any]:
    body = await graphql(client, WHOLE_LEAD, {"id": lead_id}, account=account)
    lead: dict[str, Any] = body["data"]["lead"]
    return lead


async def update(
    client: httpx.AsyncClient, account: Account, lead_id: str, **changes: Any
) -> dict[str, Any]:
    body = await graphql(
        client, UPDATE, {"input": {"leadId": lead_id, "lead": changes}}, account=account
    )
    payload: dict[str, Any] = body["data"]["updateLead"]
    return payload


async def a_lead_with_everything(client: httpx.AsyncClient, owner: Account) -> dict[str, Any]:
    """A lead with every field a person can set, scored by a rule of its tenant."""
    setup = (await graphql(client, SETUP, account=owner))["data"]
    source = (await graphql(client, SOURCE, account=owner))["data"]["createSource"]["source"]
    payload = await create(
        client,
        owner,
        email="kari@havbruk-øst.no",
        phone="(+47) 92 67 88 28",
        title="Daglig leder",
        company="Havbruk Øst AS",
        website="havbruk.no",
        country="NO",
        region="Trøndelag",
        industry="Havbruk",
        companySize="MEDIUM",
        sourceId=source["id"],
        ownerId=owner.user_id,
        ownerTeamId=setup["createTeam"]["team"]["id"],
        purchaseTimeframe="WITHIN_TWO_MONTHS",
        temperature="HOT",
        expectedValue="250000",
        tags=["sjømat", "messe"],
        externalIds=[{"system": "hubspot", "externalId": "77"}],
        customFields={"seats": 12},
    )
    assert payload["errors"] == []
    lead = await whole_lead(client, owner, payload["lead"]["id"])
    assert lead["score"] == 20
    return lead


async def test_an_update_changes_only_what_it_is_given(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    before = await a_lead_with_everything(client, owner)
    payload = await update(client, owner, before["id"], name="Ingrid Sæther-Ås")
    assert payload["errors"] == []
    after = await whole_lead(client, owner, before["id"])
    assert after == {**before, "name": "Ingrid Sæther-Ås"}


async def test_an_explicit_null_clears_a_field(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    before = await a_lead_with_everything(client, owner)
    payload = await update(
        client,
        owner,
        before["id"],
        email=None,
        website=None,
        temperature=None,
        ownerTeamId=None,
        tags=[],
        customFields={"seats": None},
    )
    assert payload["errors"] == []
    after = await whole_lead(client, owner, before["id"])
    assert after == {
        **before,
        "email": None,
        "website": None,
        "domain": None,
        "temperature": "WARM",
        "temperatureOverridden": False,
        "ownerTeam": None,
        "tags": [],
        "customFields": {},
    }


@pytest.mark.parametrize(
    "field", ["name", "purchaseTimeframe", "tags", "externalIds", "customFields"]
)
async def test_a_field_that_cannot_be_cleared_refuses_null(
    client: httpx.AsyncClient, field: str
) -> None:
    owner = await sign_up(client)
    lead = (await create(client, owner))["lead"]
    payload = await update(client, owner, lead["id"], **{field: None, "title": "CTO"})
    assert payload == {"lead": None, "errors": [{"field": field, "code": "INVALID"}]}
    assert (await whole_lead(client, owner, lead["id"]))["title"] is None


async def test_an_update_is_not_refused_for_what_it_leaves_as_it_was(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    customer = (await create(client, owner, name="Fornøyd Kunde"))["lead"]
    won = await graphql(
        client,
        'mutation($id: ID!) { winLead(input: {leadId: $id, amount: "1000"}) { errors { code } } }',
        {"id": customer["id"]},
        account=owner,
    )
    assert won["data"]["winLead"]["errors"] == []
    referred = (await create(client, owner, name="Henvist", referredById=customer["id"]))["lead"]
    # since then the customer was reopened, and a custom field became required
    await graphql(
        client,
        "mutation($id: ID!) { reopenLead(input: {leadId: $id}) { errors { code } } }",
        {"id": customer["id"]},
        account=owner,
    )
    defined = await graphql(
        client,
        'mutation { defineCustomField(input: {key: "seter", label: "Seter", type: NUMBER,'
        " required: true}) { errors { code } } }",
        account=owner,
    )
    assert defined["data"]["defineCustomField"]["errors"] == []
    # a change of title is not refused for the referrer or the custom field it kept
    payload = await update(client, owner, referred["id"], title="Innkjøper")
    assert payload["errors"] == []
    assert payload["lead"]["title"] == "Innkjøper"
    # while naming the referrer again checks it as a create would
    again = await update(client, owner, referred["id"], referredById=customer["id"])
    assert again["errors"] == [{"field": "referredById", "code": "INVALID"}]


async def test_an_update_feeds_what_changed(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    lead = (await create(client, owner, email="kari@example.com"))["lead"]
    await update(client, owner, lead["id"], name="Kari N.", title="CTO", email="kari@example.com")
    feed = await graphql(client, LEAD, {"id": lead["id"]}, account=owner)
    activities = [edge["node"] for edge in feed["data"]["lead"]["activities"]["edges"]]
    assert activities[0] == {"kind": "UPDATED", "details": {"changedFields": ["name", "title"]}}


async def test_a_local_number_is_read_in_the_leads_country_then_the_tenants(
    client: httpx.AsyncClient,
) -> None:
    anywhere = await sign_up(client)
    norwegian = await sign_up(client, default_region="NO")
    # with no region anywhere, a number needs its country code
    assert (await create(client, anywhere, phone="412 34 567"))["errors"][0]["field"] == "phone"
    in_norway = await create(client, anywhere, phone="412 34 567", country="no")
    assert in_norway["lead"]["phone"] == "+4741234567"
    # the lead's country comes before the tenant's region
    in_sweden = await create(client, norwegian, phone="070-123 45 67", country="SE")
    assert in_sweden["lead"]["phone"] == "+46701234567"
    at_home = await create(client, norwegian, phone="412 34 567")
    assert at_home["lead"]["phone"] == "+4741234567"
    # and a number already stored keeps its country when the lead moves
    moved = await update(client, norwegian, at_home["lead"]["id"], country="SE")
    assert (moved["lead"]["phone"], moved["lead"]["country"]) == ("+4741234567", "SE")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": " "}, "name"),
        ({"email": "not-an-email"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"website": "not a site"}, "website"),
        ({"country": "XX"}, "country"),
        ({"company": "Null\u0000AS"}, "company"),
        ({"expectedValue": "-5"}, "expectedValue"),
        ({"sourceId": "garbage"}, "sourceId"),
        ({"ownerId": "garbage"}, "ownerId"),
    ],
)
async def test_bad_leads_are_refused_and_nothing_is_written(
    client: httpx.AsyncClient, fields: dict[str, Any], field: str
) -> None:
    owner = await sign_up(client)
    payload = await create(client, owner, **fields)
    assert payload["lead"] is None
    assert [error["field"] for error in payload["errors"]] == [field]
    leads = await graphql(client, LEADS, account=owner)
    assert leads["data"]["tenant"]["leads"]["edges"] == []


async def test_another_tenants_leads_sources_and_people_are_out_of_reach(
    client: httpx.AsyncClient,
) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    theirs = (await create(client, first))["lead"]
    their_source = (await graphql(client, SOURCE, account=first))["data"]["createSource"]
    their_owner = await graphql(client, "query { me { user { id } } }", account=first)
    # reading, listing and updating the first tenant's lead from the second
    assert (await graphql(client, LEAD, {"id": theirs["id"]}, account=second))["data"] == {
        "lead": None
    }
    assert (await graphql(client, LEADS, account=second))["data"]["tenant"]["leads"]["edges"] == []
    updated = await graphql(
        client,
        UPDATE,
        {"input": {"leadId": theirs["id"], "lead": {"name": "Taken"}}},
        account=second,
    )
    assert updated["data"]["updateLead"]["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
    # and pointing a lead of its own at the first tenant's source or people
    for fields, field in (
        ({"sourceId": their_source["source"]["id"]}, "sourceId"),
        ({"ownerId": their_owner["data"]["me"]["user"]["id"]}, "ownerId"),
    ):
        payload = await create(client, second, **fields)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, "NOT_FOUND")]
    body = await graphql(client, LEAD, {"id": theirs["id"]}, account=first)
    assert body["data"]["lead"]["name"] == "Kari Nordmann"


async def test_leads_need_a_member(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP")
    assert (await create(client, rep))["errors"] == []
    refusal = await graphql_refusal(client, CREATE, {"input": {"lead": {"name": "Anonymous"}}})
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"


TAGGED = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id tags externalIds { system externalId } }
    errors { field code }
  }
}
"""


async def create_tagged(
    client: httpx.AsyncClient, account: Account, **fields: Any
) -> dict[str, Any]:
    body = await graphql(
        client, TAGGED, {"input": {"lead": {"name": "Tagged", **fields}}}, account=account
    )
    payload: dict[str, Any] = body["data"]["createLead"]
    return payload


async def test_tags_and_external_ids_are_kept_normalized(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    payload = await create_tagged(
        client,
        owner,
        tags=["VIP", " vip ", "Trade  fair"],
        externalIds=[{"system": "HubSpot", "externalId": "1234"}],
    )
    assert payload["errors"] == []
    assert payload["lead"]["tags"] == ["trade fair", "vip"]
    assert payload["lead"]["externalIds"] == [{"system": "hubspot", "externalId": "1234"}]
    # an update replaces them, and the feed says so
    body = await graphql(
        client,
        UPDATE,
        {"input": {"leadId": payload["lead"]["id"], "lead": {"tags": ["new"], "externalIds": []}}},
        account=owner,
    )
    assert body["data"]["updateLead"]["errors"] == []
    feed = await graphql(client, LEAD, {"id": payload["lead"]["id"]}, account=owner)
    changed = feed["data"]["lead"]["activities"]["edges"][0]["node"]["details"]["changedFields"]
    assert changed == ["externalIds", "tags"]


async def test_an_external_id_names_one_lead_per_tenant(client: httpx.AsyncClient) -> None:
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    partner_id = [{"system": "hubspot", "externalId": "42"}]
    assert (await create_tagged(client, first, externalIds=partner_id))["errors"] == []
    taken = await create_tagged(client, first, externalIds=partner_id)
    assert taken == {
        "lead": None,
        "errors": [{"field": "externalIds", "code": "EXTERNAL_ID_TAKEN"}],
    }
    # another tenant's partner may well use the same id
    assert (await create_tagged(client, second, externalIds=partner_id))["errors"] == []


@pytest.mark.parametrize(
    "fields",
    [
        {"tags": ["x" * 51]},
        {"tags": [f"tag{index}" for index in range(51)]},
        {"tags": ["  "]},
        {"externalIds": [{"system": "Hub Spot!", "externalId": "1"}]},
        {"externalIds": [{"system": "hubspot", "externalId": " "}]},
    ],
)
async def test_bad_tags_and_external_ids_are_refused(
    client: httpx.AsyncClient, fields: dict[str, Any]
) -> None:
    owner = await sign_up(client)
    payload = await create_tagged(client, owner, **fields)
    assert payload["lead"] is None
    assert [error["code"] for error in payload["errors"]] == ["INVALID"]
    leads = await graphql(client, LEADS, account=owner)
    assert leads["data"]["tenant"]["leads"]["edges"] == []


REFERRAL = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { name referredBy { name } } errors { field code } }
}
"""
REFERRAL_SOURCE = """
mutation { createSource(input: {name: "Referrals", kind: REFERRAL}) { source { id } } }
"""
WIN = """
mutation($id: ID!) { winLead(input: {leadId: $id, amount: "1000"}) { errors { code } } }
"""


async def test_a_referral_links_to_the_customer_who_gave_it(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    source = (await graphql(client, REFERRAL_SOURCE, account=owner))["data"]["createSource"]
    customer = (await create(client, owner, name="Happy Customer"))["lead"]["id"]
    prospect = (await create(client, owner, name="Not Yet"))["lead"]["id"]

    async def referral(**fields: Any) -> dict[str, Any]:
        lead = {"name": "Referred", "sourceId": source["source"]["id"], **fields}
        body = await graphql(client, REFERRAL, {"input": {"lead": lead}}, account=owner)
        payload: dict[str, Any] = body["data"]["createLead"]
        return payload

    # a referral source needs a referrer, and the referrer must be a customer
    assert (await referral())["errors"] == [{"field": "referredById", "code": "INVALID"}]
    not_won = await referral(referredById=prospect)
    assert not_won["errors"] == [{"field": "referredById", "code": "INVALID"}]
    assert (await graphql(client, WIN, {"id": customer}, account=owner))["data"]["winLead"][
        "errors"
    ] == []
    linked = await referral(referredById=customer)
    assert linked == {
        "lead": {"name": "Referred", "referredBy": {"name": "Happy Customer"}},
        "errors": [],
    }
