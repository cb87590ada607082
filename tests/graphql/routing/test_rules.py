"""Routing rules over GraphQL: made, changed, reordered and deleted by managers and
audited; refused whole, naming the condition, when they cannot be; and leads
routed on demand, as a dry run, and previewed, each decision explained."""

from typing import Any

import httpx

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

RULE_FIELDS = """
id name position match strategy sticky slaMinutes
conditions { field operator values number upTo customFieldKey }
target { kind team { name } user { id } }
overflow { kind }
"""
CREATE = f"""
mutation($input: CreateRoutingRuleInput!) {{
  createRoutingRule(input: $input) {{ rule {{ {RULE_FIELDS} }} errors {{ field code message }} }}
}}
"""
UPDATE = """
mutation($input: UpdateRoutingRuleInput!) {
  updateRoutingRule(input: $input) { rule { name conditions { field } } errors { field code } }
}
"""
REORDER = """
mutation($input: ReorderRoutingRulesInput!) {
  reorderRoutingRules(input: $input) { rules { name position } errors { field code } }
}
"""
DELETE = """
mutation($input: DeleteRoutingRuleInput!) {
  deleteRoutingRule(input: $input) { deletedRuleId errors { field code } }
}
"""
RULES = "query { tenant { routingRules { name position } } }"
DECISION = """
outcome trigger ruleName rule { name } rulesPassed owner { id } team { name }
conditions { holds condition { field values } }
steps { target { kind } strategy available chosen { id } skipped { reason user { id } } }
"""
ROUTE = f"""
mutation($input: RouteLeadInput!) {{
  routeLead(input: $input) {{ decision {{ {DECISION} }} passed errors {{ field code }} }}
}}
"""
PREVIEW = f"""
query($input: CreateLeadInput!, $score: Int!) {{
  tenant {{ routingPreview(input: $input, score: $score) {{
    decision {{ {DECISION} leadId }} errors {{ field code }} }} }}
}}
"""
CREATE_TEAM = """
mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } errors { code } } }
"""
ADD_MEMBER = """
mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { errors { code } } }
"""
CREATE_LEAD = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id owner { id } } errors { field code } }
}
"""
LEAD_DECISION = (
    f"query($id: ID!) {{ lead(id: $id) {{ owner {{ id }} routingDecision {{ {DECISION} }} }} }}"
)
STAGES = "query { tenant { funnelStages { edges { node { id name } } } } }"
AUDIT = "query { tenant { auditEvents(first: 50) { edges { node { action details } } } } }"


async def _team(client: httpx.AsyncClient, owner: Account, *members: Account) -> str:
    body = await graphql(client, CREATE_TEAM, {"input": {"name": "Salg Øst"}}, account=owner)
    team_id: str = body["data"]["createTeam"]["team"]["id"]
    for member in members:
        added = await graphql(
            client,
            ADD_MEMBER,
            {"input": {"teamId": team_id, "userId": member.user_id}},
            account=owner,
        )
        assert added["data"]["addTeamMember"]["errors"] == []
    return team_id


async def _create(client: httpx.AsyncClient, account: Account, **rule: Any) -> dict[str, Any]:
    position = rule.pop("position", None)
    body = await graphql(
        client, CREATE, {"input": {"rule": rule, "position": position}}, account=account
    )
    payload: dict[str, Any] = body["data"]["createRoutingRule"]
    return payload


async def _lead(client: httpx.AsyncClient, account: Account, **lead: Any) -> dict[str, Any]:
    body = await graphql(client, CREATE_LEAD, {"input": {"lead": lead}}, account=account)
    payload = body["data"]["createLead"]
    assert payload["errors"] == [], payload
    created: dict[str, Any] = payload["lead"]
    return created


async def test_a_manager_makes_orders_changes_and_deletes_rules_and_each_is_audited(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    team = await _team(client, owner, manager)
    stages = await graphql(client, STAGES, account=owner)
    sql = next(
        edge["node"]["id"]
        for edge in stages["data"]["tenant"]["funnelStages"]["edges"]
        if edge["node"]["name"] == "Sales qualified lead"
    )
    norway = {"field": "COUNTRY", "operator": "IS_ONE_OF", "values": ["NO", "no"]}
    in_sql = {"field": "STAGE", "operator": "IS_ONE_OF", "values": [sql]}
    scored = {"field": "SCORE", "operator": "BETWEEN", "number": "50", "upTo": "100"}
    created = await _create(
        client,
        manager,
        name="  Norske   SQL-er ",
        conditions=[norway, in_sql, scored],
        target={"kind": "TEAM", "teamId": team},
        sticky=True,
        slaMinutes=30,
    )
    assert created["errors"] == []
    rule = created["rule"]
    assert (rule["name"], rule["position"], rule["target"]["team"]) == (
        "Norske SQL-er",
        1,
        {"name": "Salg Øst"},
    )
    assert rule["conditions"] == [
        {**norway, "values": ["NO"], "number": None, "upTo": None, "customFieldKey": None},
        {**in_sql, "number": None, "upTo": None, "customFieldKey": None},
        {**scored, "values": [], "number": "50.00", "upTo": "100.00", "customFieldKey": None},
    ]
    assert rule["overflow"] == {"kind": "QUEUE"}
    first = await _create(
        client, manager, name="Ærlige først", target={"kind": "QUEUE"}, position=1
    )
    assert first["errors"] == []

    rules = await graphql(client, RULES, account=owner)
    assert rules["data"]["tenant"]["routingRules"] == [
        {"name": "Ærlige først", "position": 1},
        {"name": "Norske SQL-er", "position": 2},
    ]
    reordered = await graphql(
        client,
        REORDER,
        {"input": {"routingRuleIds": [rule["id"], first["rule"]["id"]]}},
        account=manager,
    )
    assert reordered["data"]["reorderRoutingRules"]["rules"] == [
        {"name": "Norske SQL-er", "position": 1},
        {"name": "Ærlige først", "position": 2},
    ]
    changed = await graphql(
        client,
        UPDATE,
        {"input": {"routingRuleId": rule["id"], "rule": {"conditions": [norway]}}},
        account=manager,
    )
    assert changed["data"]["updateRoutingRule"] == {
        "rule": {"name": "Norske SQL-er", "conditions": [{"field": "COUNTRY"}]},
        "errors": [],
    }
    deleted = await graphql(
        client, DELETE, {"input": {"routingRuleId": first["rule"]["id"]}}, account=manager
    )
    assert deleted["data"]["deleteRoutingRule"]["errors"] == []
    rules = await graphql(client, RULES, account=owner)
    assert rules["data"]["tenant"]["routingRules"] == [{"name": "Norske SQL-er", "position": 1}]

    audit = await graphql(client, AUDIT, account=owner)
    actions = [edge["node"]["action"] for edge in audit["data"]["tenant"]["auditEvents"]["edges"]]
    for action in ("created", "rules_reordered", "changed", "deleted"):
        expected = action if action == "rules_reordered" else f"rule_{action}"
        assert f"routing.{expected}" in actions


async def test_a_rule_that_cannot_be_is_refused_whole_naming_each_condition(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    stranger = await sign_up(client, company="Andre AS")
    refused = await _create(
        client,
        owner,
        name="Feil",
        conditions=[
            {"field": "COUNTRY", "operator": "IS_ONE_OF", "values": ["NO"]},
            {"field": "SCORE", "operator": "CONTAINS", "values": ["5"]},
            {"field": "CUSTOM", "operator": "IS_SET", "customFieldKey": "ukjent"},
            {"field": "TAGS", "operator": "AT_LEAST", "number": "1"},
        ],
        target={"kind": "USER", "userId": stranger.user_id},
    )
    assert refused["rule"] is None
    assert [(error["field"], error["code"]) for error in refused["errors"]] == [
        ("conditions.1.operator", "INVALID"),
        ("conditions.2.customFieldKey", "NOT_FOUND"),
        ("conditions.3.operator", "INVALID"),
        ("target.userId", "NOT_FOUND"),
    ]
    empty_team = await _create(client, owner, name="Tomt", target={"kind": "TEAM"})
    assert [(e["field"], e["code"]) for e in empty_team["errors"]] == [("target.teamId", "INVALID")]
    rules = await graphql(client, RULES, account=owner)
    assert rules["data"]["tenant"]["routingRules"] == []


async def test_reps_and_marketing_may_not_set_rules_or_route(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    lead = await _lead(client, owner, name="Kari")
    for role in ("SALES_REP", "MARKETING"):
        member = await join(client, owner, role, name=role.lower())
        for query, variables in (
            (CREATE, {"input": {"rule": {"name": "Min", "target": {"kind": "QUEUE"}}}}),
            (ROUTE, {"input": {"leadId": lead["id"]}}),
        ):
            error = await graphql_refusal(client, query, variables, account=member)
            assert error["extensions"]["code"] == "FORBIDDEN"


async def test_a_lead_routed_on_demand_shows_why_and_a_dry_run_and_preview_agree(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS", default_region="NO")
    first = await join(client, owner, "SALES_REP", name="first")
    second = await join(client, owner, "SALES_REP", name="second")
    team = await _team(client, owner, first, second)
    west = {"field": "REGION", "operator": "CONTAINS", "values": ["vest"]}
    made = await _create(
        client, owner, name="Vestlandet", conditions=[west], target={"kind": "TEAM", "teamId": team}
    )
    assert made["errors"] == []
    lead = await _lead(
        client,
        owner,
        name="Åse Ødegård",
        company="Bølgen & Bæ AS",
        phone="(+47) 92 67 88 28",
        region="Vestland",
        ownerId=owner.user_id,
    )

    preview = await graphql(
        client,
        PREVIEW,
        {"input": {"lead": {"name": "Åse", "region": "Vestland"}}, "score": 10},
        account=owner,
    )
    previewed = preview["data"]["tenant"]["routingPreview"]["decision"]
    dry = await graphql(
        client, ROUTE, {"input": {"leadId": lead["id"], "dryRun": True}}, account=owner
    )
    dry_decision = dry["data"]["routeLead"]["decision"]
    # nothing moved: the owner keeps the lead, which has no decision yet
    seen = await graphql(client, LEAD_DECISION, {"id": lead["id"]}, account=owner)
    assert seen["data"]["lead"] == {"owner": {"id": owner.user_id}, "routingDecision": None}

    real = await graphql(client, ROUTE, {"input": {"leadId": lead["id"]}}, account=owner)
    decision = real["data"]["routeLead"]["decision"]
    seen = await graphql(client, LEAD_DECISION, {"id": lead["id"]}, account=owner)

    assert decision["owner"] == {"id": first.user_id} or decision["owner"] == {"id": second.user_id}
    assert seen["data"]["lead"]["owner"] == decision["owner"]
    assert seen["data"]["lead"]["routingDecision"] == {**decision, "trigger": "ON_DEMAND"}
    assert {**dry_decision, "trigger": "ON_DEMAND"} == seen["data"]["lead"]["routingDecision"]
    assert {key: value for key, value in previewed.items() if key != "leadId"} == dry_decision
    assert previewed["leadId"] is None
    assert (decision["ruleName"], decision["rule"]) == ("Vestlandet", {"name": "Vestlandet"})
    assert decision["conditions"] == [
        {"holds": True, "condition": {"field": "REGION", "values": ["vest"]}}
    ]
    assert decision["steps"][0]["available"] == 2


async def test_routing_a_lead_of_another_tenant_finds_nothing(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    other = await sign_up(client, company="Andre AS")
    lead = await _lead(client, other, name="Hemmelig")
    body = await graphql(client, ROUTE, {"input": {"leadId": lead["id"]}}, account=owner)
    assert body["data"]["routeLead"]["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]
