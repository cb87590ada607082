"""upsertLeads: up to 1,000 leads matched by a partner's ids or by email, created or
changed, all or none, idempotent, each fault named by its lead's place."""

import uuid
from typing import Any

import httpx
from strawberry import relay

from tests.builders import Account, graphql, sign_up

UPSERT = """
mutation($input: UpsertLeadsInput!) {
  upsertLeads(input: $input) {
    leads { created lead { id name email phone company tags externalIds { system externalId } } }
    errors { field code message }
  }
}
"""
COUNT = "{ tenant { leads { totalCount } } }"
NO_SOURCE = str(relay.GlobalID("Source", str(uuid.uuid4())))


async def _upsert(client: httpx.AsyncClient, account: Account, **input: Any) -> dict[str, Any]:
    body = await graphql(client, UPSERT, {"input": input}, account=account)
    payload: dict[str, Any] = body["data"]["upsertLeads"]
    return payload


async def _count(client: httpx.AsyncClient, account: Account) -> int:
    body = await graphql(client, COUNT, account=account)
    count: int = body["data"]["tenant"]["leads"]["totalCount"]
    return count


async def test_leads_are_created_then_changed_by_their_id_in_the_partners_system(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjellsport AS", default_region="NO")
    first = [
        {"externalId": "hs-1", "name": "Åse Ødegård", "phone": "412 34 567", "tags": ["messe"]},
        {"externalId": "hs-2", "name": "Per Ærlig", "email": "per@fjellsport.no"},
    ]
    created = await _upsert(client, owner, matchOn="EXTERNAL_ID", system="hubspot", leads=first)
    assert created["errors"] == []
    assert [each["created"] for each in created["leads"]] == [True, True]
    [ase, per] = [each["lead"] for each in created["leads"]]
    assert ase["phone"] == "+4741234567"
    assert per["email"] == "per@fjellsport.no"
    assert ase["externalIds"] == [{"system": "hubspot", "externalId": "hs-1"}]
    changed = [{**first[0], "company": "Fjellsport AS", "tags": ["kunde"]}, first[1]]
    updated = await _upsert(client, owner, matchOn="EXTERNAL_ID", system="hubspot", leads=changed)
    assert [each["created"] for each in updated["leads"]] == [False, False]
    again = updated["leads"][0]["lead"]
    assert (again["id"], again["company"]) == (ase["id"], "Fjellsport AS")
    assert sorted(again["tags"]) == ["kunde", "messe"]
    # The same call again: the same leads, as they were; nothing new.
    repeated = await _upsert(client, owner, matchOn="EXTERNAL_ID", system="hubspot", leads=changed)
    assert repeated["leads"] == updated["leads"]
    assert await _count(client, owner) == 2


async def test_leads_match_by_email_the_tenants_and_each_other(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjellsport AS")
    await _upsert(client, owner, matchOn="EMAIL", leads=[{"name": "Kari", "email": "kari@x.no"}])
    upserted = await _upsert(
        client,
        owner,
        matchOn="EMAIL",
        leads=[
            {"name": "Kari Nordmann", "email": "KARI@x.no"},
            {"name": "Ola", "email": "ola@x.no"},
            {"name": "Ola Nordmann", "email": "ola@x.no"},
        ],
    )
    assert upserted["errors"] == []
    [kari, ola, ola_again] = upserted["leads"]
    assert (kari["created"], kari["lead"]["name"]) == (False, "Kari Nordmann")
    assert ola["created"] and ola_again["lead"]["id"] == ola["lead"]["id"]
    assert await _count(client, owner) == 2


async def test_every_fault_of_every_lead_is_named_by_its_place_and_none_is_written(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjellsport AS")
    refused = await _upsert(
        client,
        owner,
        matchOn="EXTERNAL_ID",
        system="hubspot",
        leads=[
            {"externalId": "1", "name": "Fin"},
            {"externalId": "2", "name": "Feil", "email": "ikke en adresse"},
            {"name": "Uten id"},
            {"externalId": "4", "name": "Ukjent kilde", "sourceId": NO_SOURCE},
            {"externalId": "5", "name": " ", "customFields": {"nope": 1}},
        ],
    )
    assert refused["leads"] == []
    assert {(error["field"], error["code"]) for error in refused["errors"]} == {
        ("leads.1.email", "INVALID"),
        ("leads.2.externalId", "INVALID"),
        ("leads.3.sourceId", "NOT_FOUND"),
        ("leads.4.name", "INVALID"),
        ("leads.4.customFields.nope", "INVALID"),
    }
    assert await _count(client, owner) == 0


async def test_matching_by_id_needs_the_system_and_by_email_an_email(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjellsport AS")
    no_system = await _upsert(
        client, owner, matchOn="EXTERNAL_ID", leads=[{"externalId": "1", "name": "A"}]
    )
    assert [error["field"] for error in no_system["errors"]] == ["system"]
    no_email = await _upsert(client, owner, matchOn="EMAIL", leads=[{"name": "A"}])
    assert [error["field"] for error in no_email["errors"]] == ["leads.0.email"]


async def test_a_call_takes_one_to_a_thousand_leads(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjellsport AS")
    thousand = [{"externalId": str(n), "name": f"Lead {n}"} for n in range(1000)]
    taken = await _upsert(client, owner, matchOn="EXTERNAL_ID", system="crm", leads=thousand)
    assert taken["errors"] == [] and len(taken["leads"]) == 1000
    for leads in ([], [*thousand, {"externalId": "x", "name": "One too many"}]):
        refused = await _upsert(client, owner, matchOn="EXTERNAL_ID", system="crm", leads=leads)
        assert [error["field"] for error in refused["errors"]] == ["leads"]
    assert await _count(client, owner) == 1000


async def test_an_id_of_another_lead_or_without_its_system_is_refused_by_place(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, "Fjellsport AS")
    await _upsert(
        client, owner, matchOn="EXTERNAL_ID", system="crm", leads=[{"externalId": "7", "name": "A"}]
    )
    taken = await _upsert(
        client,
        owner,
        matchOn="EMAIL",
        system="crm",
        leads=[{"email": "b@x.no", "name": "B", "externalId": "7"}],
    )
    assert [(e["field"], e["code"]) for e in taken["errors"]] == [
        ("leads.0.externalId", "EXTERNAL_ID_TAKEN")
    ]
    no_system = await _upsert(
        client, owner, matchOn="EMAIL", leads=[{"email": "c@x.no", "name": "C", "externalId": "8"}]
    )
    assert [e["field"] for e in no_system["errors"]] == ["system"]
    assert await _count(client, owner) == 1
