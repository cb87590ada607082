"""Searching leads by text: case- and accent-insensitive, and phone numbers typed any way."""

from typing import Any

import httpx
import pytest

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

CREATE = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }
"""
UPDATE = """
mutation($input: UpdateLeadInput!) { updateLead(input: $input) { errors { code } } }
"""
MERGE = """
mutation($input: MergeLeadsInput!) { mergeLeads(input: $input) { errors { code } } }
"""
SEARCH = """
query($text: String) {
  tenant { leads(filter: {text: $text}, orderBy: NAME, descending: false) {
    totalCount edges { node { name } } } }
}
"""
NEWEST = """
query($text: String) {
  tenant { leads(filter: {text: $text}, first: 1) { totalCount edges { node { name } } } }
}
"""

KARI = "Kari Ødegård"
ASE = "Åse Bråten"
JOSE = "José Müller"
OLA = "Ola Nordmann"
LEADS: list[dict[str, Any]] = [
    {"name": KARI, "company": "Havbruk Øst AS", "email": "kari@havbruk.no", "phone": "412 34 567"},
    {"name": ASE, "company": "Ærlig Regnskap", "phone": "+47 926 78 828"},
    {"name": JOSE, "company": "Straße GmbH", "email": "jose@strasse.de"},
    {"name": OLA, "company": "Fjord AS", "email": "ola@fjord.no", "phone": "+46 70 123 45 67"},
]


async def create(client: httpx.AsyncClient, account: Account, lead: dict[str, Any]) -> str:
    body = await graphql(client, CREATE, {"input": {"lead": lead}}, account=account)
    payload = body["data"]["createLead"]
    assert payload["errors"] == []
    lead_id: str = payload["lead"]["id"]
    return lead_id


async def found(client: httpx.AsyncClient, account: Account, text: str | None) -> list[str]:
    body = await graphql(client, SEARCH, {"text": text}, account=account)
    leads = body["data"]["tenant"]["leads"]
    names = [edge["node"]["name"] for edge in leads["edges"]]
    assert leads["totalCount"] == len(names)
    return names


@pytest.fixture
async def norwegian(client: httpx.AsyncClient) -> Account:
    """A tenant in Norway with the leads above."""
    owner = await sign_up(client, company="Søk AS", default_region="NO")
    for lead in LEADS:
        await create(client, owner, lead)
    return owner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names, companies and emails, whatever the case and the accents
        ("Ødegård", [KARI]),
        ("ødegård", [KARI]),
        ("ØDEGÅRD", [KARI]),
        ("Odegard", [KARI]),
        ("  kari   ØDEGÅRD ", [KARI]),
        ("HAVBRUK ØST", [KARI]),
        ("havbruk ost", [KARI]),
        ("Åse", [ASE]),
        ("ase b", [ASE]),
        ("Bråten", [ASE]),
        ("braten", [ASE]),
        ("BRÅTEN", [ASE]),
        ("Ærlig", [ASE]),
        ("aerlig", [ASE]),
        ("ÆRLIG REGNSKAP", [ASE]),
        ("Müller", [JOSE]),
        ("MULLER", [JOSE]),
        ("jose", [JOSE]),
        ("STRASSE", [JOSE]),
        ("straße gmbh", [JOSE]),
        ("Fjord", [OLA]),
        ("@HAVBRUK.no", [KARI]),
        ("fjord as", [OLA]),
        # what should not match
        ("Ødegårds", []),
        ("Odegaard", []),  # aa is not å here: it would match "Saab" to "sab"
        ("Åsen", []),
        ("Ærlige", []),
        ("Müllers", []),
        ("Ødegård Havbruk", []),  # a match never spans the name and the company
        ("kari@havbruk.se", []),
        ("Nordkvinne", []),
    ],
)
async def test_text_is_found_ignoring_case_and_accents(
    client: httpx.AsyncClient, norwegian: Account, text: str, expected: list[str]
) -> None:
    assert await found(client, norwegian, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("412 34 567", [KARI]),
        ("41234567", [KARI]),
        ("+47 412 34 567", [KARI]),
        ("+4741234567", [KARI]),
        ("(+47) 412 34 567", [KARI]),
        ("0047 41234567", [KARI]),
        ("412-34-567", [KARI]),
        ("(+47) 92 67 88 28", [ASE]),
        ("0047 92678828", [ASE]),
        ("92678828", [ASE]),
        ("926 78 828", [ASE]),
        ("+46 70 123 45 67", [OLA]),
        ("0046701234567", [OLA]),
        # parts of numbers, in any format
        ("926788", [ASE]),
        ("412 34", [KARI]),
        ("+47 412", [KARI]),
        ("0047 926", [ASE]),
        ("+47", [KARI, ASE]),
        # what should not match
        ("412 34 568", []),
        ("+46 412 34 567", []),
        ("0046 92678828", []),
        ("070 123 45 67", []),  # a Swedish number without its code, in a Norwegian tenant
        ("9267 8829", []),
        ("00", []),  # the international prefix alone is no number
    ],
)
async def test_phone_numbers_are_found_however_they_are_typed(
    client: httpx.AsyncClient, norwegian: Account, text: str, expected: list[str]
) -> None:
    assert await found(client, norwegian, text) == expected


async def test_a_national_number_is_read_in_the_tenants_region(client: httpx.AsyncClient) -> None:
    swedish = await sign_up(client, company="Sök AB", default_region="SE")
    await create(client, swedish, {"name": "Östen Åkesson", "phone": "070-123 45 67"})
    assert await found(client, swedish, "070-123 45 67") == ["Östen Åkesson"]
    assert await found(client, swedish, "0701234567") == ["Östen Åkesson"]
    assert await found(client, swedish, "osten akesson") == ["Östen Åkesson"]
    assert await found(client, swedish, "070-123 45 68") == []


NEWEST_FIRST = """
query($text: String!, $after: String, $descending: Boolean!) {
  tenant { leads(first: 2, after: $after, filter: {text: $text}, descending: $descending) {
    totalCount pageInfo { endCursor } edges { node { name } } } }
}
"""


async def _pages(
    client: httpx.AsyncClient, account: Account, *, descending: bool
) -> list[list[str]]:
    """The pages of a search for "hansen" in order of creation, one after another."""
    pages, after = [], None
    while True:
        variables = {"text": "hansen", "after": after, "descending": descending}
        body = await graphql(client, NEWEST_FIRST, variables, account=account)
        leads = body["data"]["tenant"]["leads"]
        assert leads["totalCount"] == 3
        pages.append([edge["node"]["name"] for edge in leads["edges"]])
        after = leads["pageInfo"]["endCursor"]
        if len(pages[-1]) < 2:
            return pages


async def test_a_search_pages_by_creation_both_ways(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    # PostgreSQL reads the newest first in the search function's order
    for name in ("Per Hansen", "Kari Hansen-Berg", "Ola Hanssen", "Åse Hansen"):
        await create(client, norwegian, {"name": name})

    newest_first = await _pages(client, norwegian, descending=True)
    oldest_first = await _pages(client, norwegian, descending=False)

    assert newest_first == [["Åse Hansen", "Kari Hansen-Berg"], ["Per Hansen"]]
    assert oldest_first == [["Per Hansen", "Kari Hansen-Berg"], ["Åse Hansen"]]


async def test_blank_text_filters_nothing_and_wildcards_are_literal(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    everyone = sorted(lead["name"] for lead in LEADS)
    assert await found(client, norwegian, "   ") == everyone
    assert await found(client, norwegian, None) == everyone
    assert await found(client, norwegian, "_") == []
    assert await found(client, norwegian, "%") == []
    assert await found(client, norwegian, "ø" * 5000) == []  # searched for its start only


async def test_text_with_control_characters_is_refused(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    refusal = await graphql_refusal(client, SEARCH, {"text": "Ødegård\x00"}, account=norwegian)
    assert refusal["extensions"]["code"] == "BAD_USER_INPUT"


async def test_search_stays_in_the_tenant_and_the_reps_reach(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    other = await sign_up(client, company="Annen AS", default_region="NO")
    assert await found(client, other, "Ødegård") == []
    assert await found(client, other, "412 34 567") == []
    rep = await join(client, norwegian, "SALES_REP")
    assert await found(client, rep, "Ødegård") == []
    await create(client, rep, {"name": "Kåre Ødegård", "phone": "+47 412 34 999"})
    assert await found(client, rep, "odegard") == ["Kåre Ødegård"]
    assert await found(client, rep, "412 34") == ["Kåre Ødegård"]
    # newest first, a page of a search by text alone stops early: within reach
    body = await graphql(client, NEWEST, {"text": "odegard"}, account=rep)
    leads = body["data"]["tenant"]["leads"]
    assert [edge["node"]["name"] for edge in leads["edges"]] == ["Kåre Ødegård"]
    assert leads["totalCount"] == 1


async def test_an_update_changes_what_finds_the_lead(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    ola = await create(
        client, norwegian, {"name": "Ola Hansen", "company": "Fisk AS", "email": "ola@fisk.no"}
    )
    changes = {"name": "Øyvind Ås", "company": "Havbruk Øst", "phone": "41 23 45 99"}
    body = await graphql(
        client, UPDATE, {"input": {"leadId": ola, "lead": changes}}, account=norwegian
    )
    assert body["data"]["updateLead"]["errors"] == []
    assert await found(client, norwegian, "oyvind as") == ["Øyvind Ås"]
    assert await found(client, norwegian, "HAVBRUK ØST") == [KARI, "Øyvind Ås"]
    assert await found(client, norwegian, "41 23 45 99") == ["Øyvind Ås"]
    assert await found(client, norwegian, "ola@fisk") == ["Øyvind Ås"]  # left as it was
    assert await found(client, norwegian, "Ola Hansen") == []
    assert await found(client, norwegian, "Fisk AS") == []
    # clearing a field takes it out of search
    body = await graphql(
        client, UPDATE, {"input": {"leadId": ola, "lead": {"email": None}}}, account=norwegian
    )
    assert body["data"]["updateLead"]["errors"] == []
    assert await found(client, norwegian, "ola@fisk") == []
    assert await found(client, norwegian, "oyvind as") == ["Øyvind Ås"]


async def test_a_survivor_is_found_by_what_it_took_from_its_duplicate(
    client: httpx.AsyncClient, norwegian: Account
) -> None:
    survivor = await create(client, norwegian, {"name": "Øyvind Ås", "email": "oyvind@as.no"})
    duplicate = await create(
        client,
        norwegian,
        {"name": "Øyvind", "email": "oyvind@as.no", "company": "Ås Sag", "phone": "99 88 77 66"},
    )
    body = await graphql(
        client,
        MERGE,
        {"input": {"survivorId": survivor, "duplicateId": duplicate}},
        account=norwegian,
    )
    assert body["data"]["mergeLeads"]["errors"] == []
    assert await found(client, norwegian, "AS SAG") == ["Øyvind Ås"]
    assert await found(client, norwegian, "+47 99 88 77 66") == ["Øyvind Ås"]
