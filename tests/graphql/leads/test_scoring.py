"""Scoring rules through the API: defined by marketing, explained on every lead."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

RULE_FIELDS = """
  rule { id name kind points
         fit { field operator values number customFieldKey }
         engagement { activityKind halfLifeDays } }
  errors { field code }
"""
CREATE = f"""
mutation($input: ScoringRuleInput!) {{ createScoringRule(input: $input) {{ {RULE_FIELDS} }} }}
"""
UPDATE = f"""
mutation($id: ID!, $rule: ScoringRuleChangesInput!) {{
  updateScoringRule(input: {{ruleId: $id, rule: $rule}}) {{ {RULE_FIELDS} }}
}}
"""
DELETE = """
mutation($id: ID!) {
  deleteScoringRule(input: {ruleId: $id}) { deletedRuleId errors { field code } }
}
"""
THRESHOLD = """
mutation($threshold: Int) {
  setMqlScoreThreshold(input: {threshold: $threshold}) { threshold errors { field code } }
}
"""
CREATE_LEAD = """
mutation($lead: LeadInput!) {
  createLead(input: {lead: $lead}) {
    lead { id score scoreBreakdown { ruleId rule points } stage { name } }
  }
}
"""
LOG = """
mutation($id: ID!) {
  logActivity(input: {leadId: $id, kind: MEETING, body: "Demo"}) { errors { code } }
}
"""
SCORE = "query($id: ID!) { lead(id: $id) { score scoreBreakdown { rule points } } }"
NORDIC = {
    "name": "Nordic",
    "points": 10,
    "fit": {"field": "COUNTRY", "operator": "IS_ONE_OF", "values": ["no", "se"]},
}
MEETINGS = {
    "name": "Meetings",
    "points": 25,
    "engagement": {"activityKind": "MEETING", "halfLifeDays": 30},
}


async def create_rule(
    client: httpx.AsyncClient, account: Account, rule: dict[str, Any]
) -> dict[str, Any]:
    body = await graphql(client, CREATE, {"input": rule}, account=account)
    payload: dict[str, Any] = body["data"]["createScoringRule"]
    return payload


async def create_lead(client: httpx.AsyncClient, account: Account, **lead: Any) -> dict[str, Any]:
    body = await graphql(client, CREATE_LEAD, {"lead": lead}, account=account)
    created: dict[str, Any] = body["data"]["createLead"]["lead"]
    return created


async def test_rules_score_leads_as_they_change_and_explain_it(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    marketing = await join(client, owner, "MARKETING", name="marketing")
    nordic = await create_rule(client, marketing, NORDIC)
    assert nordic["errors"] == []
    assert nordic["rule"]["fit"] == {
        "field": "COUNTRY",
        "operator": "IS_ONE_OF",
        "values": ["no", "se"],
        "number": None,
        "customFieldKey": None,
    }
    meetings = await create_rule(client, marketing, MEETINGS)
    assert meetings["rule"]["engagement"] == {"activityKind": "MEETING", "halfLifeDays": 30}

    lead = await create_lead(client, owner, name="Kari", country="NO")
    assert lead["score"] == 10
    assert lead["scoreBreakdown"] == [
        {"ruleId": nordic["rule"]["id"], "rule": "Nordic", "points": 10}
    ]
    # a meeting logged now counts in full, at once
    await graphql(client, LOG, {"id": lead["id"]}, account=owner)
    body = await graphql(client, SCORE, {"id": lead["id"]}, account=owner)
    assert body["data"]["lead"]["score"] == 35
    assert {entry["rule"] for entry in body["data"]["lead"]["scoreBreakdown"]} == {
        "Nordic",
        "Meetings",
    }


async def test_a_rule_is_updated_and_deleted(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rule = (await create_rule(client, owner, NORDIC))["rule"]
    changed = {
        **NORDIC,
        "points": 12,
        "fit": {"field": "EXPECTED_VALUE", "operator": "AT_LEAST", "number": "5000"},
    }
    body = await graphql(client, UPDATE, {"id": rule["id"], "rule": changed}, account=owner)
    updated = body["data"]["updateScoringRule"]["rule"]
    assert updated["points"] == 12
    assert updated["fit"]["field"] == "EXPECTED_VALUE" and updated["fit"]["values"] == []
    # what is left out stays; an engagement given replaces the fit condition
    body = await graphql(client, UPDATE, {"id": rule["id"], "rule": {"points": 3}}, account=owner)
    assert body["data"]["updateScoringRule"]["rule"] == {**updated, "points": 3}
    body = await graphql(
        client,
        UPDATE,
        {"id": rule["id"], "rule": {"engagement": MEETINGS["engagement"]}},
        account=owner,
    )
    switched = body["data"]["updateScoringRule"]["rule"]
    assert (switched["name"], switched["points"], switched["kind"]) == ("Nordic", 3, "ENGAGEMENT")
    assert (switched["fit"], switched["engagement"]) == (None, MEETINGS["engagement"])
    deleted = await graphql(client, DELETE, {"id": rule["id"]}, account=owner)
    assert deleted["data"]["deleteScoringRule"] == {"deletedRuleId": rule["id"], "errors": []}
    rules = await graphql(
        client, "query { tenant { scoringRules { edges { node { id } } } } }", account=owner
    )
    assert rules["data"]["tenant"]["scoringRules"]["edges"] == []


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ({**NORDIC, "engagement": MEETINGS["engagement"]}, {"field": "fit", "code": "INVALID"}),
        ({"name": "Nothing", "points": 1}, {"field": "fit", "code": "INVALID"}),
        ({**NORDIC, "points": 1001}, {"field": "points", "code": "INVALID"}),
        ({**NORDIC, "name": " "}, {"field": "name", "code": "INVALID"}),
        (
            {**NORDIC, "fit": {"field": "COMPANY_SIZE", "operator": "CONTAINS", "values": ["l"]}},
            {"field": "fit.operator", "code": "INVALID"},
        ),
        (
            {
                **NORDIC,
                "fit": {"field": "COMPANY_SIZE", "operator": "IS_ONE_OF", "values": ["huge"]},
            },
            {"field": "fit.values", "code": "INVALID"},
        ),
        (
            {**NORDIC, "fit": {"field": "COUNTRY", "operator": "IS_ONE_OF", "values": []}},
            {"field": "fit.values", "code": "INVALID"},
        ),
        (
            {**NORDIC, "fit": {"field": "EXPECTED_VALUE", "operator": "AT_LEAST"}},
            {"field": "fit.number", "code": "INVALID"},
        ),
        (
            {**NORDIC, "fit": {"field": "CUSTOM", "operator": "IS_SET", "customFieldKey": "nope"}},
            {"field": "fit.customFieldKey", "code": "NOT_FOUND"},
        ),
        (
            {**MEETINGS, "engagement": {"activityKind": "CALL", "halfLifeDays": 0}},
            {"field": "engagement.halfLifeDays", "code": "INVALID"},
        ),
    ],
)
async def test_a_bad_rule_is_refused_and_nothing_saved(
    client: httpx.AsyncClient, rule: dict[str, Any], error: dict[str, str]
) -> None:
    owner = await sign_up(client)
    assert (await create_rule(client, owner, rule))["errors"] == [error]
    rules = await graphql(
        client, "query { tenant { scoringRules { edges { node { id } } } } }", account=owner
    )
    assert rules["data"]["tenant"]["scoringRules"]["edges"] == []


async def test_rule_names_are_unique_and_rules_stay_in_their_tenant(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    other = await sign_up(client, company="Other AS")
    rule = (await create_rule(client, owner, NORDIC))["rule"]
    assert (await create_rule(client, owner, NORDIC))["errors"] == [
        {"field": "name", "code": "NAME_TAKEN"}
    ]
    for mutation, variables in (
        (UPDATE, {"id": rule["id"], "rule": NORDIC}),
        (DELETE, {"id": rule["id"]}),
    ):
        body = await graphql(client, mutation, variables, account=other)
        assert next(iter(body["data"].values()))["errors"] == [
            {"field": "ruleId", "code": "NOT_FOUND"}
        ]
    node = await graphql(
        client, "query($id: ID!) { node(id: $id) { id } }", {"id": rule["id"]}, account=other
    )
    assert node["data"]["node"] is None


async def test_only_owners_admins_and_marketing_set_scoring(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    for role in ("SALES_REP", "SALES_MANAGER"):
        member = await join(client, owner, role, name=role.lower())
        for mutation, variables in ((CREATE, {"input": NORDIC}), (THRESHOLD, {"threshold": 5})):
            error = await graphql_refusal(client, mutation, variables, account=member)
            assert error["extensions"]["code"] == "FORBIDDEN"


async def test_the_threshold_moves_suspects_to_mql(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    await create_rule(client, owner, NORDIC)
    refused = await graphql(client, THRESHOLD, {"threshold": 0}, account=owner)
    assert refused["data"]["setMqlScoreThreshold"]["errors"] == [
        {"field": "threshold", "code": "INVALID"}
    ]
    body = await graphql(client, THRESHOLD, {"threshold": 10}, account=owner)
    assert body["data"]["setMqlScoreThreshold"] == {"threshold": 10, "errors": []}
    tenant = await graphql(client, "query { tenant { mqlScoreThreshold } }", account=owner)
    assert tenant["data"]["tenant"]["mqlScoreThreshold"] == 10
    assert (await create_lead(client, owner, name="Kari", country="SE"))["stage"] == {
        "name": "Marketing qualified lead"
    }
    assert (await create_lead(client, owner, name="Hans", country="DE"))["stage"] == {
        "name": "Suspect"
    }
    await graphql(client, THRESHOLD, {"threshold": None}, account=owner)
    assert (await create_lead(client, owner, name="Ola", country="NO"))["stage"] == {
        "name": "Suspect"
    }


async def test_fit_values_come_back_as_they_were_given(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    sizes = {
        "name": "Store",
        "points": 20,
        "fit": {
            "field": "COMPANY_SIZE",
            "operator": "IS_ONE_OF",
            "values": ["LARGE", "MEDIUM", "large"],
        },
    }
    rule = (await create_rule(client, owner, sizes))["rule"]
    # as the API spells the sizes, once each; and they score as any spelling would
    assert rule["fit"]["values"] == ["LARGE", "MEDIUM"]
    assert (await create_lead(client, owner, name="Stor AS", companySize="LARGE"))["score"] == 20
