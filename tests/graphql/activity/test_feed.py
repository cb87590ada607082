"""The feed reads as people need it: who did each thing, and its details by kind."""

import uuid
from datetime import timedelta
from typing import Any

import httpx
from strawberry import relay

from leadhub.activity.models import Activity, ActivityKind, ActorKind
from leadhub.db import Database, new_id, utcnow
from leadhub.graphql.node import global_id
from leadhub.leads import lifecycle, nurture
from leadhub.leads import service as lead_service
from leadhub.principal import PartnerClient, Role, SystemJob
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, join, make_lead, sign_up, system_job

FEED = """
query($id: ID!) {
  lead(id: $id) {
    activities {
      edges { node {
        kind
        actor {
          __typename
          ... on MemberActor { member { id name } }
          ... on PartnerClientActor { clientId }
          ... on SystemActor { job onBehalfOf { id } }
        }
        details {
          __typename
          ... on CreatedDetails { stageName stage { id } }
          ... on UpdatedDetails { changedFields }
          ... on AssignedDetails { ownerId teamId owner { id } team { name } }
          ... on StageChangedDetails {
            fromStageName toStageName fromStage { id } toStage { id }
            wonAmount reason recycled score threshold
          }
          ... on LoggedDetails { body }
          ... on CallDetails { outcome durationSeconds }
          ... on MergedDetails { mergedLeadId mergedLeadName }
          ... on ParkedDetails { until }
          ... on NurtureEndedDetails { parkedUntil due }
        }
      } }
    }
  }
}
"""
CREATE = """
mutation($lead: LeadInput!) { createLead(input: {lead: $lead}) { lead { id } errors { code } } }
"""
UPDATE = """
mutation($id: ID!, $lead: LeadChangesInput!) {
  updateLead(input: {leadId: $id, lead: $lead}) { errors { field code } }
}
"""
STAGES = "query { tenant { funnelStages { edges { node { id name } } } } }"
OPERATIONS = {
    name: f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ errors {{ code }} }} }}"
    for name, input_type in (
        ("moveLead", "MoveLeadInput"),
        ("loseLead", "CloseLeadInput"),
        ("recycleLead", "RecycleLeadInput"),
        ("unparkLead", "UnparkLeadInput"),
        ("winLead", "WinLeadInput"),
        ("parkLead", "ParkLeadInput"),
        ("assignLeads", "AssignLeadsInput"),
        ("logActivity", "LogActivityInput"),
        ("mergeLeads", "MergeLeadsInput"),
    )
}
TEAM = "mutation($name: String!) { createTeam(input: {name: $name}) { team { id } } }"
THRESHOLD = "mutation { setMqlScoreThreshold(input: {threshold: 10}) { errors { code } } }"
NORDIC = """
mutation {
  createScoringRule(input: {name: "Norden", points: 10,
    fit: {field: COUNTRY, operator: IS_ONE_OF, values: ["no", "se"]}}) { errors { code } }
}
"""
TODAY = utcnow().date()


async def create(client: httpx.AsyncClient, account: Account, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"lead": lead}, account=account)
    assert body["data"]["createLead"]["errors"] == []
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def run(client: httpx.AsyncClient, account: Account, operation: str, **fields: Any) -> None:
    body = await graphql(client, OPERATIONS[operation], {"input": fields}, account=account)
    assert body["data"][operation]["errors"] == [], body


async def feed(client: httpx.AsyncClient, account: Account, lead_id: str) -> list[dict[str, Any]]:
    """The lead's feed, oldest first, as a story reads."""
    body = await graphql(client, FEED, {"id": lead_id}, account=account)
    return [edge["node"] for edge in reversed(body["data"]["lead"]["activities"]["edges"])]


async def stage_ids(client: httpx.AsyncClient, account: Account) -> dict[str, str]:
    body = await graphql(client, STAGES, account=account)
    edges = body["data"]["tenant"]["funnelStages"]["edges"]
    return {edge["node"]["name"]: edge["node"]["id"] for edge in edges}


def row_id(global_id_: str) -> uuid.UUID:
    return uuid.UUID(relay.GlobalID.from_id(global_id_).node_id)


def member(account: Account, name: str = "Owner Person") -> dict[str, Any]:
    return {"__typename": "MemberActor", "member": {"id": account.user_id, "name": name}}


def stage_changed(stages: dict[str, str], source: str, target: str, **rest: Any) -> dict[str, Any]:
    return {
        "__typename": "StageChangedDetails",
        "fromStageName": source,
        "toStageName": target,
        "fromStage": {"id": stages[source]},
        "toStage": {"id": stages[target]},
        "wonAmount": None,
        "reason": None,
        "recycled": False,
        "score": None,
        "threshold": None,
        **rest,
    }


async def test_a_members_work_reads_as_who_did_what_with_its_details(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Ås AS")
    stages = await stage_ids(client, owner)
    lead = await create(client, owner, name="Åse Øvergård")
    changes = {"companySize": "SMALL", "ownerId": owner.user_id}
    updated = await graphql(client, UPDATE, {"id": lead, "lead": changes}, account=owner)
    assert updated["data"]["updateLead"]["errors"] == []
    await run(client, owner, "moveLead", leadId=lead, stageId=stages["Prospect"])
    await run(client, owner, "loseLead", leadId=lead, reason="Kjøpte hos konkurrenten")
    in_a_week = (TODAY + timedelta(days=7)).isoformat()
    await run(client, owner, "recycleLead", leadId=lead, until=in_a_week)
    await run(client, owner, "unparkLead", leadId=lead)
    await run(
        client,
        owner,
        "logActivity",
        leadId=lead,
        kind="CALL",
        body="Vil ha demo på fredag",
        outcome="CONNECTED",
        durationSeconds=95,
    )
    await run(client, owner, "winLead", leadId=lead, amount="125000.5")

    actors = {item["actor"]["__typename"] for item in await feed(client, owner, lead)}
    assert actors == {"MemberActor"}
    assert [(item["kind"], item["details"]) for item in await feed(client, owner, lead)] == [
        (
            "CREATED",
            {
                "__typename": "CreatedDetails",
                "stageName": "Suspect",
                "stage": {"id": stages["Suspect"]},
            },
        ),
        ("UPDATED", {"__typename": "UpdatedDetails", "changedFields": ["companySize", "ownerId"]}),
        ("STAGE_CHANGED", stage_changed(stages, "Suspect", "Prospect")),
        (
            "STAGE_CHANGED",
            stage_changed(stages, "Prospect", "Lost", reason="Kjøpte hos konkurrenten"),
        ),
        ("STAGE_CHANGED", stage_changed(stages, "Lost", "Suspect", recycled=True)),
        ("PARKED", {"__typename": "ParkedDetails", "until": in_a_week}),
        (
            "NURTURE_ENDED",
            {"__typename": "NurtureEndedDetails", "parkedUntil": in_a_week, "due": False},
        ),
        (
            "CALL",
            {
                "__typename": "CallDetails",
                "body": "Vil ha demo på fredag",
                "outcome": "CONNECTED",
                "durationSeconds": 95,
            },
        ),
        ("STAGE_CHANGED", stage_changed(stages, "Suspect", "Customer", wonAmount="125000.50")),
    ]


async def test_an_assignment_names_the_member_and_team_by_global_id(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="Bjørn")
    team = (await graphql(client, TEAM, {"name": "Sør"}, account=owner))["data"]["createTeam"]
    lead = await create(client, owner, name="Kari Nordmann")
    await run(
        client,
        owner,
        "assignLeads",
        leadIds=[lead],
        ownerId=rep.user_id,
        ownerTeamId=team["team"]["id"],
    )
    await run(client, owner, "assignLeads", leadIds=[lead])
    assigned = [item for item in await feed(client, owner, lead) if item["kind"] == "ASSIGNED"]
    assert [item["details"] for item in assigned] == [
        {
            "__typename": "AssignedDetails",
            "ownerId": rep.user_id,
            "teamId": team["team"]["id"],
            "owner": {"id": rep.user_id},
            "team": {"name": "Sør"},
        },
        {
            "__typename": "AssignedDetails",
            "ownerId": None,
            "teamId": None,
            "owner": None,
            "team": None,
        },
    ]
    assert {item["actor"]["__typename"] for item in assigned} == {"MemberActor"}


async def test_a_merge_names_the_merged_lead_and_its_id_finds_the_survivor(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    survivor = await create(client, owner, name="Kari Nordmann", email="kari@fjord.no")
    duplicate = await create(client, owner, name="Kari Nordmann (gammel)", email="kari@fjord.no")
    await run(client, owner, "mergeLeads", survivorId=survivor, duplicateId=duplicate)
    [merged] = [item for item in await feed(client, owner, survivor) if item["kind"] == "MERGED"]
    assert merged == {
        "kind": "MERGED",
        "actor": member(owner),
        "details": {
            "__typename": "MergedDetails",
            "mergedLeadId": duplicate,
            "mergedLeadName": "Kari Nordmann (gammel)",
        },
    }


async def test_the_nurture_sweep_is_credited_to_its_job(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    lead = await create(client, owner, name="Ola Nordmann")
    in_two_days = TODAY + timedelta(days=2)
    await run(client, owner, "parkLead", leadId=lead, until=in_two_days.isoformat())
    sweep = SystemJob(row_id(owner.tenant_id), "return_due_leads")
    async with unit_of_work(database, sweep) as work, work.transaction():
        assert (await nurture.return_due_leads(work, in_two_days)).changed == 1
    ended = (await feed(client, owner, lead))[-1]
    assert ended == {
        "kind": "NURTURE_ENDED",
        "actor": {"__typename": "SystemActor", "job": "return_due_leads", "onBehalfOf": None},
        "details": {
            "__typename": "NurtureEndedDetails",
            "parkedUntil": in_two_days.isoformat(),
            "due": True,
        },
    }


async def test_a_rule_is_credited_to_the_system_on_behalf_of_whoever_set_it_going(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    stages = await stage_ids(client, owner)
    await graphql(client, NORDIC, account=owner)
    await graphql(client, THRESHOLD, account=owner)
    # a member's new lead and a job's each reach the threshold at once
    by_member = await create(client, owner, name="Åsmund", country="NO")
    job = system_job(row_id(owner.tenant_id))
    async with unit_of_work(database, job) as work, work.transaction():
        fields = lead_service.LeadFields(name="Sigrid", country="SE")
        by_job = global_id("Lead", (await lead_service.create_lead(work, fields)).id)

    qualified = stage_changed(stages, "Suspect", "Marketing qualified lead", score=10, threshold=10)
    rule = {"__typename": "SystemActor", "job": "mql_score_threshold"}
    assert (await feed(client, owner, by_member))[-1] == {
        "kind": "STAGE_CHANGED",
        "actor": {**rule, "onBehalfOf": {"id": owner.user_id}},
        "details": qualified,
    }
    assert [item["actor"] for item in await feed(client, owner, by_job)] == [
        {"__typename": "SystemActor", "job": "test", "onBehalfOf": None},  # tests' job
        {**rule, "onBehalfOf": None},
    ]


async def test_a_partner_clients_work_is_credited_to_the_client(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    stages = await stage_ids(client, owner)
    lead = await create(client, owner, name="Kari Nordmann")
    client_id = new_id()
    partner = PartnerClient(
        row_id(owner.tenant_id), client_id, scopes=frozenset(), installer_role=Role.ADMIN
    )
    async with unit_of_work(database, partner) as work, work.transaction():
        await lifecycle.move(work, row_id(lead), row_id(stages["Prospect"]))
    moved = (await feed(client, owner, lead))[-1]
    assert moved["actor"] == {
        "__typename": "PartnerClientActor",
        "clientId": global_id("PartnerClient", client_id),
    }
    assert moved["details"] == stage_changed(stages, "Suspect", "Prospect")


async def test_activities_recorded_before_the_typed_feed_still_read(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    lead = await make_lead(database, owner, name="Kåre")
    older_shapes: list[tuple[ActivityKind, dict[str, Any]]] = [
        # as written before stage ids and actors were kept
        (ActivityKind.CREATED, {"stage": "Suspect"}),
        (ActivityKind.STAGE_CHANGED, {"from": "Suspect", "to": "Prospect"}),
        (ActivityKind.UPDATED, {"changed": ["company_size", "owner_team_id", "custom_fields"]}),
        (ActivityKind.CALL, {"body": "Ringte, men ingen svarte"}),
        # missing what its kind always wrote: no details, and no error
        (ActivityKind.STAGE_CHANGED, {}),
        (ActivityKind.NOTE, {"text": "Et annet felt"}),
        (ActivityKind.PARKED, {"until": "ikke en dato"}),
        (ActivityKind.STAGE_CHANGED, {"from": "Suspect", "to": "Won", "amount": "mye"}),
        (ActivityKind.ASSIGNED, {"ownerId": 42}),
        # a kind nothing records details for
        (ActivityKind.WEB_VISIT, {"url": "https://fjord.no"}),
    ]
    job = system_job(row_id(owner.tenant_id))
    async with unit_of_work(database, job) as work, work.transaction():
        for minutes, (kind, payload) in enumerate(older_shapes, start=1):
            work.session.add(
                Activity(
                    lead_id=lead,
                    kind=kind,
                    payload=payload,
                    actor_kind=ActorKind.SYSTEM,  # as the migration filled in a row
                    occurred_at=utcnow() + timedelta(minutes=minutes),
                )
            )
    lead_id = global_id("Lead", lead)
    old = (await feed(client, owner, lead_id))[1:]
    unknown_job = {"__typename": "SystemActor", "job": None, "onBehalfOf": None}
    assert [item["actor"] for item in old] == [unknown_job] * len(older_shapes)
    assert [item["details"] for item in old] == [
        {"__typename": "CreatedDetails", "stageName": "Suspect", "stage": None},
        {
            "__typename": "StageChangedDetails",
            "fromStageName": "Suspect",
            "toStageName": "Prospect",
            "fromStage": None,
            "toStage": None,
            "wonAmount": None,
            "reason": None,
            "recycled": False,
            "score": None,
            "threshold": None,
        },
        {
            "__typename": "UpdatedDetails",
            "changedFields": ["companySize", "ownerTeamId", "customFields"],
        },
        {
            "__typename": "CallDetails",
            "body": "Ringte, men ingen svarte",
            "outcome": None,
            "durationSeconds": None,
        },
        None,
        None,
        None,
        None,
        None,
        None,
    ]


async def test_a_creation_recorded_with_its_stage_id_shows_the_stage(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    stages = await stage_ids(client, owner)
    lead = await make_lead(database, owner, name="Kåre")
    job = system_job(row_id(owner.tenant_id))
    async with unit_of_work(database, job) as work, work.transaction():
        work.session.add(
            Activity(
                lead_id=lead,
                kind=ActivityKind.CREATED,
                payload={"stage": "Prospect", "stageId": str(row_id(stages["Prospect"]))},
                actor_kind=ActorKind.SYSTEM,
                occurred_at=utcnow() + timedelta(minutes=1),
            )
        )
    latest = (await feed(client, owner, global_id("Lead", lead)))[-1]
    assert latest["details"] == {
        "__typename": "CreatedDetails",
        "stageName": "Prospect",
        "stage": {"id": stages["Prospect"]},
    }
