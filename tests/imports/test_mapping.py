"""Columns matched to lead fields from their headers, in English and Norwegian,
and changed by a person."""

import pytest

from leadhub.imports.errors import LeadImportError
from leadhub.imports.mapping import (
    Field,
    Target,
    folded_header,
    parsed,
    remapped,
    stored,
    suggest,
    values_of,
)


def _fields(headers: list[str], custom: dict[str, str] | None = None) -> list[str | None]:
    return stored(suggest(headers, custom or {}))


def test_norwegian_headers_are_matched() -> None:
    headers = [
        "Navn",
        "Fornavn",
        "Etternavn",
        "E-post",
        "Telefon",
        "Mobil",
        "Firma",
        "Stilling",
        "Nettside",
        "Land",
        "Bransje",
        "Antall ansatte",
        "Kilde",
        "Kommentar",
    ]

    assert _fields(headers) == [
        "name",
        "first_name",
        "last_name",
        "email",
        "phone",
        "phone",  # the second phone column is read where the first is empty
        "company",
        "title",
        "website",
        "country",
        "industry",
        "company_size",
        "source",
        "comment",
    ]


def test_english_headers_and_their_spellings_are_matched() -> None:
    headers = ["Full Name", "E-mail Address", "Phone Number", "Company", "Job Title", "Website"]

    assert _fields(headers) == ["name", "email", "phone", "company", "title", "website"]


def test_a_crm_export_brings_its_history() -> None:
    headers = ["Opprettet", "Fase", "Eier", "Tapsårsak", "Lukket dato", "Beløp", "Bedrift"]

    assert _fields(headers) == [
        "created_at",
        "stage",
        "owner",
        "lost_reason",
        "closed_at",
        "won_amount",
        "company",
    ]


def test_custom_fields_match_by_key_or_label_and_unknown_headers_by_nothing() -> None:
    custom = {"budget": "Budsjett", "fleet_size": "Antall båter"}

    headers = ["Budsjett", "fleet_size", "Skonummer", "Firma", "Firma"]

    assert _fields(headers, custom) == [
        "custom:budget",
        "custom:fleet_size",
        None,
        "company",
        None,  # a field is filled from one column
    ]


def test_headers_compare_without_case_spaces_and_punctuation_but_with_æøå() -> None:
    assert folded_header(" E-Post ") == folded_header("epost")
    assert folded_header("Tlf.") == "tlf"
    assert folded_header("Tapsårsak") == "tapsårsak"
    assert folded_header("Størrelse") == "størrelse"


def test_a_mapping_is_checked_column_by_column() -> None:
    assert parsed(["email", None, " Custom:Budget ", ""], 4) == (
        Target(Field.EMAIL),
        None,
        Target(Field.CUSTOM, "budget"),
        None,
    )
    with pytest.raises(LeadImportError) as refused:
        parsed(["email", "shoe_size"], 2)
    assert refused.value.field == "columns.1"
    with pytest.raises(LeadImportError) as refused:
        parsed(["email", "email"], 2)
    assert refused.value.field == "columns.1"
    with pytest.raises(LeadImportError) as refused:
        parsed(["email"], 2)
    assert refused.value.field == "columns"
    with pytest.raises(LeadImportError):
        parsed(["custom"], 1)


def test_columns_change_by_their_header() -> None:
    headers = ["Navn", "E-post", "Notater"]
    mapping = suggest(headers, {})

    changed = remapped(mapping, headers, {"notater": None, "e-post": "email", "Navn": "company"})

    assert stored(changed) == ["company", "email", None]
    with pytest.raises(LeadImportError) as refused:
        remapped(mapping, headers, {"Skonummer": "email"})
    assert "Skonummer" in refused.value.message


def test_a_row_gives_each_field_the_first_value_and_tags_all_of_them() -> None:
    mapping = parsed(["name", "phone", "phone", "tags", "tags", None], 6)

    given = values_of(["  Åse ", "", "412 34 567", "messe", "vip", "ignored"], mapping)

    assert given == {
        Target(Field.NAME): "Åse",
        Target(Field.PHONE): "412 34 567",
        Target(Field.TAGS): "messe,vip",
    }
