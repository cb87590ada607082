"""What bench.scale times on a grown tenant: each operation's GraphQL document, the
variables of each of its requests, and a check of each answer.

Requests that name a lead go round a sample of the tenant's leads, so that no one
lead's rows stay warm, and mutations never repeat an email.
"""

import itertools
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import asyncpg

from bench.bare_app import global_id
from bench.contacts import Contacts, national
from bench.leads_list import PAGE, PAGE_SIZE
from bench.load import BrokenResponse, Check

SAMPLE_SIZE = 100  # leads the requests about one lead go round
SEARCHED_NAME = "haugland"  # one lead in about two hundred (bench.contacts)
FILTERED_STAGE = "Marketing qualified lead"
FEED_PAGE = 20

LEAD = """
query Lead($id: ID!) { lead(id: $id) { id name } }
"""
SEARCH = """
query Search($text: String!, $first: Int!) {
  tenant {
    leads(first: $first, filter: {text: $text}) {
      totalCount totalCountIsCapped
      edges { node { id name company email phone stage { id name } } }
    }
  }
}
"""
BY_SCORE = """
query ByScore($stageId: ID!, $first: Int!) {
  tenant {
    leads(first: $first, orderBy: SCORE, filter: {stageIds: [$stageId]}) {
      totalCount totalCountIsCapped
      edges { node { id name score owner { id name } stage { id } } }
    }
  }
}
"""
LEAD_PAGE = """
query LeadPage($id: ID!, $feed: Int!) {
  lead(id: $id) {
    id name email phone title company website domain temperature purchaseTimeframe
    score scoreBreakdown { ruleId rule points }
    tags nurtureUntil createdAt updatedAt
    stage { id name } source { id name kind } owner { id name email } ownerTeam { id name }
    stageHistory { changedAt fromStage { id name } toStage { id name } }
    duplicateCandidates { lead { id name email } reasons }
    activities(first: $feed) {
      edges { node {
        id kind occurredAt
        actor {
          ... on MemberActor { member { id name } }
          ... on SystemActor { job }
        }
        details { ... on LoggedDetails { body } }
      } }
    }
  }
}
"""
CREATE_LEAD = """
mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id name score stage { id name } }
    duplicates { lead { id } reasons }
    errors { field code message }
  }
}
"""
LOG_ACTIVITY = """
mutation LogActivity($input: LogActivityInput!) {
  logActivity(input: $input) {
    activity { id kind occurredAt }
    errors { field code message }
  }
}
"""


@dataclass(frozen=True)
class Sample:
    """What the requests name: some of the tenant's leads, and the stage filtered by."""

    lead_ids: tuple[uuid.UUID, ...]
    phones: tuple[str, ...]  # E.164, of leads of the sample
    stage_id: uuid.UUID

    @classmethod
    async def drawn(cls, admin: asyncpg.Connection, tenant_id: uuid.UUID) -> "Sample":
        rows = await admin.fetch(
            "SELECT id, phone FROM leads WHERE tenant_id = $1 AND phone IS NOT NULL"
            " ORDER BY random() LIMIT $2",
            tenant_id,
            SAMPLE_SIZE,
        )
        stage_id = await admin.fetchval(
            "SELECT id FROM funnel_stages WHERE tenant_id = $1 AND name = $2",
            tenant_id,
            FILTERED_STAGE,
        )
        return cls(
            lead_ids=tuple(row["id"] for row in rows),
            phones=tuple(row["phone"] for row in rows),
            stage_id=stage_id,
        )

    def leads(self) -> Iterator[str]:
        return itertools.cycle(global_id("Lead", lead_id) for lead_id in self.lead_ids)


@dataclass(frozen=True)
class Operation:
    name: str
    document: str
    variables: Callable[[Sample], Iterator[dict[str, Any]]]
    check: Check


def _lead(sample: Sample) -> Iterator[dict[str, Any]]:
    return ({"id": lead_id} for lead_id in sample.leads())


def _list_page(_sample: Sample) -> Iterator[dict[str, Any]]:
    return itertools.repeat({"first": PAGE_SIZE})


def _text_search(_sample: Sample) -> Iterator[dict[str, Any]]:
    return itertools.repeat({"text": SEARCHED_NAME, "first": PAGE_SIZE})


def _phone_search(sample: Sample) -> Iterator[dict[str, Any]]:
    # Typed as people type a Norwegian number: "412 34 567".
    return (
        {"text": national(phone), "first": PAGE_SIZE} for phone in itertools.cycle(sample.phones)
    )


def _by_score(sample: Sample) -> Iterator[dict[str, Any]]:
    return itertools.repeat(
        {"stageId": global_id("FunnelStage", sample.stage_id), "first": PAGE_SIZE}
    )


def _lead_page(sample: Sample) -> Iterator[dict[str, Any]]:
    return ({"id": lead_id, "feed": FEED_PAGE} for lead_id in sample.leads())


def _new_leads(_sample: Sample) -> Iterator[dict[str, Any]]:
    contacts = Contacts(random.Random())
    run = uuid.uuid4().hex[:8]  # emails unseen in this database, whatever ran before
    for number in itertools.count():
        contact = contacts.next()
        lead = {
            "name": contact.name,
            "email": f"new.{run}.{number}.{contact.email}",
            "phone": contact.phone,
            "company": contact.company,
            "tags": ["webinar"],
        }
        yield {"input": {"lead": lead}}


def _calls(sample: Sample) -> Iterator[dict[str, Any]]:
    return (
        {"input": {"leadId": lead_id, "kind": "CALL", "body": "Ringte; sender tilbud."}}
        for lead_id in sample.leads()
    )


def _found_lead(body: dict[str, Any]) -> None:
    _expect(body["data"]["lead"] is not None, "no lead", body)


def _full_page(body: dict[str, Any]) -> None:
    edges = body["data"]["tenant"]["leads"]["edges"]
    _expect(len(edges) == PAGE_SIZE, f"{len(edges)} leads, not {PAGE_SIZE}", body)


def _matches(body: dict[str, Any]) -> None:
    leads = body["data"]["tenant"]["leads"]
    _expect(leads["totalCount"] >= len(leads["edges"]) > 0, "no match, or a wrong count", body)


def _by_descending_score(body: dict[str, Any]) -> None:
    _full_page(body)
    scores = [edge["node"]["score"] for edge in body["data"]["tenant"]["leads"]["edges"]]
    _expect(scores == sorted(scores, reverse=True), "not by score", body)


def _whole_lead(body: dict[str, Any]) -> None:
    lead = body["data"]["lead"]
    _expect(lead is not None, "no lead", body)
    _expect(bool(lead["activities"]["edges"] and lead["stageHistory"]), "no feed or history", body)


def _saved(mutation: str, saved: str) -> Check:
    def check(body: dict[str, Any]) -> None:
        payload = body["data"][mutation]
        _expect(not payload["errors"] and payload[saved] is not None, "refused", body)

    return check


def _expect(condition: bool, problem: str, body: dict[str, Any]) -> None:
    if not condition:
        raise BrokenResponse(f"{problem}: {str(body)[:500]}")


BASELINE = Operation("lead(id:) { id name }", LEAD, _lead, _found_lead)
LIST_PAGE = Operation("list page", PAGE, _list_page, _full_page)
OPERATIONS = (
    LIST_PAGE,
    Operation(f'text search "{SEARCHED_NAME}"', SEARCH, _text_search, _matches),
    Operation("phone search", SEARCH, _phone_search, _matches),
    Operation("by score in a stage", BY_SCORE, _by_score, _by_descending_score),
    Operation("lead page", LEAD_PAGE, _lead_page, _whole_lead),
    Operation("createLead", CREATE_LEAD, _new_leads, _saved("createLead", "lead")),
    Operation("logActivity", LOG_ACTIVITY, _calls, _saved("logActivity", "activity")),
)
