"""Lists imported end to end through the services, on both databases: values
normalized as createLead normalizes them, matches merged by the policy, failed
rows kept with their line and reason, history from another CRM, and the new
leads scored and routed."""

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from leadhub.activity.models import ActivityKind
from leadhub.db import Database
from leadhub.imports.errors import LeadImportError
from leadhub.imports.models import ImportStatus
from leadhub.leads import service as lead_service
from leadhub.leads import sources
from leadhub.leads.intake import MatchKey, OnMatch
from leadhub.leads.models import CompanySize, ExternalId, FieldType, SourceKind
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work
from tests.imports.lists import Importer, importer, jobs_of

NORWEGIAN = (
    "Fornavn;Etternavn;E-post;Telefon;Firma;Nettside;Stilling;Antall ansatte;Kommentar\n"
    "Åse;Ødegård;Ase@Havbruk.NO;412 34 567;Havbruk Øst AS;havbruk.no;Daglig leder;12;"
    "Møtte oss på messa\n"
    "Bjørn;Ærø;bjorn@fisk.no;(+47) 92 67 88 28;Fisk & Skalldyr AS;;Innkjøper;250+;\n"
)


@pytest.fixture
async def tenant(database: Database, settings: Settings, tmp_path: Path) -> Importer:
    return await importer(database, settings, tmp_path)


async def test_a_windows_1252_list_becomes_leads_normalized_as_create_lead_does(
    tenant: Importer,
) -> None:
    lead_import = await tenant.imported(NORWEGIAN.encode("cp1252"))

    assert lead_import.status is ImportStatus.FINISHED
    assert (lead_import.created, lead_import.failed, lead_import.rows_done) == (2, 0, 2)
    ase, bjorn = await tenant.leads()
    created = await tenant.work(
        lambda work: lead_service.create_lead(
            work,
            lead_service.LeadFields(
                name="Åse Ødegård",
                email="Ase@Havbruk.NO",
                phone="412 34 567",
                company="Havbruk Øst AS",
                website="havbruk.no",
                title="Daglig leder",
            ),
        )
    )
    for column in (
        "name",
        "email",
        "phone",
        "company",
        "website",
        "domain",
        "title",
        "search_text",
    ):
        assert getattr(ase, column) == getattr(created, column), column
    assert (ase.email, ase.phone, ase.domain) == ("ase@havbruk.no", "+4741234567", "havbruk.no")
    assert ase.company_size is CompanySize.SMALL
    assert (bjorn.phone, bjorn.company_size) == ("+4792678828", CompanySize.LARGE)


async def test_importing_the_same_file_again_with_skip_creates_nothing(tenant: Importer) -> None:
    first = await tenant.imported(NORWEGIAN)
    again = await tenant.imported(NORWEGIAN)

    assert (first.created, first.skipped) == (2, 0)
    assert (again.created, again.updated, again.skipped, again.failed) == (0, 0, 2, 0)
    assert len(await tenant.leads()) == 2


DUPLICATES = (
    "Navn,E-post,Telefon,Firma,Stilling,Tags\n"
    "Kari Nordmann,kari@nordmann.no,,,,messe\n"
    "Kari N.,KARI@nordmann.no,412 34 567,Nordmann AS,,vip\n"
    "Ola Hansen,,92678828,,Selger,\n"
    "Ola H.,ola@hansen.no,+47 92 67 88 28,Hansen AS,Sjef,\n"
)


@pytest.mark.parametrize(
    ("on_match", "counts", "kari", "ola"),
    [
        (
            OnMatch.SKIP,
            (2, 0, 2),
            ("Kari Nordmann", None, None, ["messe"]),
            ("Ola Hansen", None, "Selger", []),
        ),
        (
            OnMatch.FILL,
            (2, 2, 0),
            ("Kari Nordmann", "+4741234567", "Nordmann AS", ["messe", "vip"]),
            ("Ola Hansen", "ola@hansen.no", "Selger", []),
        ),
        (
            OnMatch.OVERWRITE,
            (2, 2, 0),
            ("Kari N.", "+4741234567", "Nordmann AS", ["messe", "vip"]),
            ("Ola H.", "ola@hansen.no", "Sjef", []),
        ),
    ],
)
async def test_duplicates_within_the_file_are_merged_by_the_policy(
    tenant: Importer,
    on_match: OnMatch,
    counts: tuple[int, int, int],
    kari: tuple[object, ...],
    ola: tuple[object, ...],
) -> None:
    lead_import = await tenant.imported(DUPLICATES, on_match=on_match)

    assert (lead_import.created, lead_import.updated, lead_import.skipped) == counts
    first, second = await tenant.leads()
    tags = await tenant.tags()
    assert (first.name, first.phone, first.company, tags[first.id]) == kari
    assert (second.name, second.email, second.title, tags[second.id]) == ola


async def test_create_anyway_makes_a_lead_of_every_row(tenant: Importer) -> None:
    lead_import = await tenant.imported(DUPLICATES, on_match=OnMatch.CREATE)

    assert (lead_import.created, lead_import.updated, lead_import.skipped) == (4, 0, 0)
    assert len(await tenant.leads()) == 4


async def test_rows_fill_or_overwrite_the_tenants_leads_and_nothing_else(
    tenant: Importer,
) -> None:
    await tenant.imported("Navn,E-post,Stilling\nKari Nordmann,kari@nordmann.no,Selger\n")
    changes = "Navn,E-post,Stilling,Firma\nKari N.,kari@nordmann.no,,Nordmann AS\n"

    filled = await tenant.imported(changes, on_match=OnMatch.FILL)
    [kari] = await tenant.leads()
    assert (filled.updated, kari.name, kari.title, kari.company) == (
        1,
        "Kari Nordmann",
        "Selger",
        "Nordmann AS",
    )
    overwritten = await tenant.imported(changes, on_match=OnMatch.OVERWRITE)
    [kari] = await tenant.leads()
    # a blank cell clears nothing
    assert (overwritten.updated, kari.name, kari.title) == (1, "Kari N.", "Selger")
    again = await tenant.imported(changes, on_match=OnMatch.OVERWRITE)
    assert (again.updated, again.skipped) == (0, 1)


async def test_leads_match_by_the_keys_in_their_order(tenant: Importer) -> None:
    await tenant.imported("Navn,E-post,Telefon\nKari,kari@nordmann.no,\nOla,,92678828\n")

    by_phone_only = await tenant.imported(
        "Navn,E-post,Telefon\nKari,kari@nordmann.no,\nOla,ola@hansen.no,92 67 88 28\n",
        match_keys=[MatchKey.PHONE],
    )

    assert (by_phone_only.created, by_phone_only.skipped) == (1, 1)
    assert len(await tenant.leads()) == 3


async def test_an_id_from_the_lists_system_matches_and_is_never_given_twice(
    tenant: Importer,
) -> None:
    crm = "ID,Navn,E-post\nA-1,Kari,kari@nordmann.no\nA-2,Ola,ola@hansen.no\n"
    await tenant.imported(crm, external_system="hubspot")

    renamed = await tenant.imported(
        "ID,Navn,E-post\nA-1,Kari Nordmann,kari@ny.no\nA-2,Per,per@olsen.no\n",
        external_system="hubspot",
        on_match=OnMatch.OVERWRITE,
    )
    taken = await tenant.imported(
        "ID,Navn,E-post\nA-1,Siri,siri@berg.no\n",
        external_system="hubspot",
        match_keys=[MatchKey.EMAIL],
    )

    assert (renamed.updated, renamed.created) == (2, 0)
    assert [lead.name for lead in await tenant.leads()] == ["Kari Nordmann", "Per"]
    assert (taken.created, taken.failed) == (0, 1)
    [failure] = await tenant.failed_rows(taken)
    assert (failure.line, failure.reason) == (2, "Another lead has the id A-1 in hubspot.")


async def test_failed_rows_are_kept_with_their_line_reason_and_cells(tenant: Importer) -> None:
    text = (
        "Navn;E-post;Telefon;Antall ansatte\n"
        "Åse Ødegård;ase@havbruk.no;412 34 567;12\n"
        "Kari;kari@example;99999;mange\n"
        ";;;\n"
        "Ola;ola@hansen.no;;;ekstra\n"
        'Siri;"siri@berg.no;;\n'
    )
    lead_import = await tenant.imported(text)

    assert (lead_import.created, lead_import.failed, lead_import.rows_done) == (1, 3, 4)
    kari, ola, siri = await tenant.failed_rows(lead_import)
    assert kari.line == 3
    assert kari.cells == ["Kari", "kari@example", "99999", "mange"]
    for column in ("E-post:", "Telefon:", "Antall ansatte:"):
        assert column in kari.reason
    assert ola.line == 5
    assert "5 values and the header 4 columns" in ola.reason
    assert siri.line == 6
    assert "Not a valid CSV row" in siri.reason


async def test_a_row_without_a_name_company_or_email_fails(tenant: Importer) -> None:
    lead_import = await tenant.imported("Navn,Firma,Telefon\n,,412 34 567\n,Havbruk AS,\n")

    [lead] = await tenant.leads()
    assert (lead.name, lead_import.failed) == ("Havbruk AS", 1)


MOVING_IN = (
    "Navn;E-post;Opprettet;Fase;Lukket dato;Beløp;Tapsårsak;Eier\n"
    "Åse Ødegård;ase@havbruk.no;05.03.2024;Vunnet;2024-04-20;kr 125 000,-;;{owner}\n"
    "Bjørn Ærø;bjorn@fisk.no;2024-01-10;Tapt;15.02.2024;;For dyrt;\n"
    "Kari Nordmann;kari@nordmann.no;2024-06-01;Opportunity;;;;{owner}\n"
    "Ola Hansen;ola@hansen.no;2024-06-01;Ukjent fase;;;;\n"
    "Siri Berg;siri@berg.no;2031-01-01;;;;;\n"
    "Per Olsen;per@olsen.no;;;;;;sjefen@example.com\n"
)


async def test_a_lead_moving_in_from_another_crm_brings_its_history(tenant: Importer) -> None:
    owner = tenant.signed_up.user.email
    lead_import = await tenant.imported(MOVING_IN.format(owner=owner))

    assert (lead_import.created, lead_import.failed) == (3, 3)
    reasons = [row.reason for row in await tenant.failed_rows(lead_import)]
    assert reasons == [
        "Fase: No stage is called 'Ukjent fase'.",
        "The day it was created has not come yet.",
        "Eier: sjefen@example.com is not a member: invite them, or map no owner.",
    ]
    ase, bjorn, kari = await tenant.leads()
    stages = await tenant.stage_names()
    oslo_midnight = datetime(2024, 3, 4, 23, 0, tzinfo=UTC)  # 5 March in Oslo (UTC+1)
    assert (ase.created_at, stages[ase.stage_id], ase.won_amount) == (
        oslo_midnight,
        "Customer",
        Decimal("125000.00"),
    )
    assert ase.closed_at == datetime(2024, 4, 19, 22, 0, tzinfo=UTC)  # summer time: UTC+2
    assert ase.owner_id == tenant.signed_up.user.id
    assert (stages[bjorn.stage_id], bjorn.closed_reason) == ("Lost", "For dyrt")
    # a stage named by its milestone
    assert (stages[kari.stage_id], kari.closed_at, kari.won_amount) == ("Prospect", None, None)
    history = await tenant.stage_history(ase.id)
    assert history == [
        (None, "Suspect", oslo_midnight),
        ("Suspect", "Customer", ase.closed_at),
    ]
    # the funnel counts it as having reached every stage it entered (analytics)
    masks = await tenant.stage_masks()
    assert ase.reached_stages == masks["Suspect"] | masks["Customer"]
    assert kari.reached_stages == masks["Suspect"] | masks["Prospect"]
    moves = await tenant.activities(ase.id)
    assert [(activity.kind, activity.occurred_at) for activity in moves] == [
        (ActivityKind.STAGE_CHANGED, ase.closed_at)
    ]
    assert moves[0].payload["amount"] == "125000.00"


async def test_new_leads_are_scored_qualified_and_routed_in_bulk(tenant: Importer) -> None:
    await tenant.scoring_rule("Havbruk", points=30, industry="Havbruk")
    await tenant.work(lambda work: tenants.set_mql_score_threshold(work, 25))
    owner = tenant.signed_up.user.email
    text = (
        "Navn,Bransje,Eier,Fase\n"
        "Åse,Havbruk,,\n"
        "Bjørn,Fiske,,\n"
        f"Kari,Fiske,{owner},\n"
        "Ola,Fiske,,Tapt\n"
    )
    jobs_of("route_leads")  # none but the import's from here

    await tenant.imported(text)

    ase, bjorn, kari, ola = await tenant.leads()
    stages = await tenant.stage_names()
    assert (ase.score, stages[ase.stage_id]) == (30, "Marketing qualified lead")
    assert ase.score_breakdown == [
        {"ruleId": str(tenant.rule_ids["Havbruk"]), "rule": "Havbruk", "points": 30}
    ]
    assert (bjorn.score, stages[bjorn.stage_id]) == (0, "Suspect")
    # one job routes the open leads nobody owns
    [routing] = jobs_of("route_leads")
    assert sorted(routing["lead_ids"]) == sorted([str(ase.id), str(bjorn.id)])
    assert (kari.owner_id, stages[ola.stage_id]) == (tenant.signed_up.user.id, "Lost")


async def test_tags_custom_fields_and_comments_are_imported(tenant: Importer) -> None:
    await tenant.custom_field("budget", "Budsjett", FieldType.NUMBER)
    await tenant.custom_field("kunde", "Eksisterende kunde", FieldType.BOOLEAN)
    await tenant.custom_field("messe", "Messedato", FieldType.DATE)
    await tenant.custom_field("sted", "Sted", FieldType.CHOICE, ("Tromsø", "Bergen"))
    text = (
        "Navn;Budsjett;Eksisterende kunde;Messedato;Sted;Stikkord;Kommentar\n"
        "Åse;1 234,50;ja;05.03.2024;TROMSO;Messe, VIP;Ringes etter påske\n"
        "Bjørn;mye;kanskje;i går;Oslo;;\n"
    )

    lead_import = await tenant.imported(text)

    [ase] = await tenant.leads()
    assert ase.custom_fields == {
        "budget": 1234.5,
        "kunde": True,
        "messe": "2024-03-05",
        "sted": "Tromsø",
    }
    assert (await tenant.tags())[ase.id] == ["messe", "vip"]
    [note] = await tenant.activities(ase.id)
    assert (note.kind, note.payload) == (ActivityKind.NOTE, {"body": "Ringes etter påske"})
    [bjorn] = await tenant.failed_rows(lead_import)
    for header in ("Budsjett:", "Eksisterende kunde:", "Messedato:", "Sted:"):
        assert header in bjorn.reason


async def test_a_cell_no_library_can_read_fails_its_row_not_the_import(tenant: Importer) -> None:
    await tenant.custom_field("seats", "Seats", FieldType.NUMBER)
    text = (
        "Navn;Opprettet;Seats;Antall ansatte\n"
        "Åse;0001-01-01;1;\n"
        "Bjørn;;1e400000;\n"
        f"Kari;;;{'9' * 5000}\n"
        "Ola;2024-03-05;2;12\n"
    )

    lead_import = await tenant.imported(text)

    assert (lead_import.status, lead_import.created, lead_import.failed) == (
        ImportStatus.FINISHED,
        2,  # Ola, and Kari, whose headcount reads as its first ten digits
        2,
    )
    ase, bjorn = await tenant.failed_rows(lead_import)
    assert "Opprettet:" in ase.reason
    assert "Seats:" in bjorn.reason


async def test_a_name_standing_in_for_a_missing_one_overwrites_no_name(tenant: Importer) -> None:
    await tenant.imported("Navn,E-post\nKari Nordmann,kari@nordmann.no\n")

    overwritten = await tenant.imported(
        "E-post,Firma\nkari@nordmann.no,Nordmann AS\n", on_match=OnMatch.OVERWRITE
    )

    [kari] = await tenant.leads()
    assert (overwritten.updated, kari.name, kari.company) == (1, "Kari Nordmann", "Nordmann AS")


async def test_the_imports_source_is_stamped_on_the_leads_it_creates_alone(
    tenant: Importer,
) -> None:
    await tenant.imported("Navn,E-post\nKari Nordmann,kari@nordmann.no\n")
    fair = await tenant.work(
        lambda work: sources.create_source(
            work, sources.SourceFields("Messe 2026", SourceKind.TRADE_FAIR)
        )
    )
    referral = await tenant.work(
        lambda work: sources.create_source(
            work, sources.SourceFields("Anbefalinger", SourceKind.REFERRAL)
        )
    )

    filled = await tenant.imported(
        "Navn,E-post\nKari,kari@nordmann.no\nOla,ola@hansen.no\n",
        on_match=OnMatch.FILL,
        source_id=fair.id,
    )
    with pytest.raises(LeadImportError) as refused:
        await tenant.upload("Navn\nSiri\n", source_id=referral.id)

    kari, ola = await tenant.leads()
    assert (filled.created, kari.source_id, ola.source_id) == (1, None, fair.id)
    assert refused.value.field == "sourceId"


async def test_an_id_another_lead_takes_first_in_the_file_is_not_given_twice(
    tenant: Importer,
) -> None:
    await tenant.imported("Navn,E-post\nKari,kari@nordmann.no\nOla,ola@hansen.no\n")

    filled = await tenant.imported(
        "ID,E-post\nA-1,kari@nordmann.no\nA-1,ola@hansen.no\n",
        on_match=OnMatch.FILL,
        match_keys=[MatchKey.EMAIL],
    )

    kari, _ = await tenant.leads()
    assert (filled.status, filled.failed) == (ImportStatus.FINISHED, 0)
    assert await tenant.external_ids() == {kari.id: "A-1"}


@pytest.mark.parametrize("on_match", [OnMatch.FILL, OnMatch.OVERWRITE])
async def test_a_lead_with_an_id_in_the_lists_system_keeps_it(
    tenant: Importer, on_match: OnMatch
) -> None:
    await tenant.imported("ID,Navn,E-post\nA-1,Kari,kari@nordmann.no\n")

    matched = await tenant.imported(
        "ID,Navn,E-post\nB-7,Kari Nordmann,kari@nordmann.no\n",
        on_match=on_match,
        match_keys=[MatchKey.EMAIL],
    )

    assert (matched.updated + matched.skipped, matched.failed) == (1, 0)
    async with unit_of_work(tenant.database, tenant.system) as work:
        ids = await work.session.scalars(select(ExternalId.external_id))
        assert list(ids) == ["A-1"]  # one id for the lead in the list's system
