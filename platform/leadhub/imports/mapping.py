"""Which lead field each column of a file fills: guessed from the headers, in
English and Norwegian, and changed by a person before the import starts.

A mapping has one target per column, or None for a column left out. Several
columns may fill one field: the first of them with a value counts (Telefon, then
Mobil), and tags are gathered from all of them.
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from leadhub.imports.errors import invalid


class Field(StrEnum):
    """What a column can fill in a lead."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    TITLE = "title"
    COMPANY = "company"
    WEBSITE = "website"
    COUNTRY = "country"
    REGION = "region"
    INDUSTRY = "industry"
    COMPANY_SIZE = "company_size"  # a headcount, or a band
    SOURCE = "source"  # one of the tenant's sources, by name
    EXPECTED_VALUE = "expected_value"
    TAGS = "tags"  # separated by commas or semicolons
    EXTERNAL_ID = "external_id"  # the lead's id in the system the list comes from
    COMMENT = "comment"  # kept as a note on the lead
    CUSTOM = "custom"  # a custom field, by key
    # A lead's history, moving in from another CRM.
    CREATED_AT = "created_at"
    STAGE = "stage"  # one of the funnel's stages, by name or milestone
    OWNER = "owner"  # a member, by email
    LOST_REASON = "lost_reason"
    CLOSED_AT = "closed_at"  # when it was won or lost
    WON_AMOUNT = "won_amount"


CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True, order=True)
class Target:
    """Where a column goes: a field, or a custom field by its key."""

    field: Field
    custom_key: str | None = None

    def __str__(self) -> str:
        if self.field is Field.CUSTOM:
            return f"{CUSTOM_PREFIX}{self.custom_key}"
        return self.field.value

    @classmethod
    def parse(cls, text: str, where: str = "columns") -> "Target":
        """A target as written: a field's name ("email"), or "custom:" and a key."""
        name = text.strip().casefold()
        if name.startswith(CUSTOM_PREFIX) and name != CUSTOM_PREFIX:
            return cls(Field.CUSTOM, name.removeprefix(CUSTOM_PREFIX))
        try:
            field = Field(name)
        except ValueError:
            raise invalid(
                f"{text!r} is no lead field: give one of {', '.join(_NAMES)}, or custom:KEY.",
                where,
            ) from None
        if field is Field.CUSTOM:
            raise invalid("Name the custom field: custom:KEY.", where)
        return cls(field)


ColumnTargets = tuple[Target | None, ...]
_NAMES = [field.value for field in Field if field is not Field.CUSTOM]
# Fields several columns may fill at once: each adds its values.
GATHERED = frozenset({Field.TAGS})

# Headers as people write them, folded (``folded_header``), for each field.
_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("navn", "name", "fulltnavn", "fullname", "kontaktperson", "kontakt", "contact"),
    Field.FIRST_NAME: ("fornavn", "firstname", "givenname"),
    Field.LAST_NAME: ("etternavn", "lastname", "surname", "familyname"),
    Field.EMAIL: ("epost", "epostadresse", "email", "emailaddress", "mail", "mailadresse"),
    Field.PHONE: (
        "telefon",
        "telefonnummer",
        "tlf",
        "tlfnr",
        "phone",
        "phonenumber",
        "mobil",
        "mobilnummer",
        "mobiltelefon",
        "mobile",
        "mobilephone",
        "cellphone",
    ),
    Field.TITLE: ("stilling", "tittel", "rolle", "title", "jobtitle", "position"),
    Field.COMPANY: (
        "firma",
        "firmanavn",
        "bedrift",
        "selskap",
        "organisasjon",
        "company",
        "companyname",
        "organization",
        "organisation",
    ),
    Field.WEBSITE: ("nettside", "nettsted", "hjemmeside", "website", "web", "url", "homepage"),
    Field.COUNTRY: ("land", "landkode", "country", "countrycode"),
    Field.REGION: ("region", "fylke", "område", "county", "state"),
    Field.INDUSTRY: ("bransje", "sektor", "industry", "sector"),
    Field.COMPANY_SIZE: (
        "antallansatte",
        "ansatte",
        "størrelse",
        "employees",
        "numberofemployees",
        "companysize",
        "headcount",
    ),
    Field.SOURCE: ("kilde", "leadkilde", "source", "leadsource"),
    Field.EXPECTED_VALUE: ("forventetverdi", "verdi", "expectedvalue", "value", "dealvalue"),
    Field.TAGS: ("tags", "tagger", "stikkord", "emneknagger", "etiketter", "labels"),
    Field.EXTERNAL_ID: ("eksternid", "externalid", "id", "crmid", "recordid"),
    Field.COMMENT: ("kommentar", "merknad", "notat", "notater", "comment", "comments", "notes"),
    Field.CREATED_AT: ("opprettet", "opprettetdato", "created", "createdat", "createdate"),
    Field.STAGE: ("fase", "steg", "stage", "status", "leadstatus", "lifecyclestage"),
    Field.OWNER: ("eier", "ansvarlig", "selger", "owner", "leadowner", "owneremail"),
    Field.LOST_REASON: ("tapsårsak", "årsak", "lostreason", "closedreason", "reasonlost"),
    Field.CLOSED_AT: (
        "lukket",
        "lukketdato",
        "avsluttet",
        "vunnetdato",
        "tapsdato",
        "closed",
        "closedate",
        "closeddate",
        "wondate",
        "lostdate",
    ),
    Field.WON_AMOUNT: ("beløp", "ordreverdi", "salgsverdi", "amount", "wonamount", "dealamount"),
}
_FIELD_OF_HEADER = {header: field for field, headers in _HEADERS.items() for header in headers}
# Fields a second column may fill too, where the first has no value.
_REPEATABLE = frozenset({Field.PHONE, Field.TAGS})


def folded_header(header: str) -> str:
    """A header as it is compared: case, accents other than æøå, and everything but
    letters and digits left out ("E-post" is "epost", "Tlf." is "tlf")."""
    # NFKD takes å apart (a and a ring): it is put back, as Norwegian has it.
    decomposed = unicodedata.normalize("NFKD", header.casefold()).replace("a\u030a", "å")
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^\wæøå]|_", "", letters)


def suggest(headers: Sequence[str], custom_fields: Mapping[str, str]) -> ColumnTargets:
    """The field each header most likely names (None for none), each field once
    but for phones and tags; ``custom_fields`` are the tenant's, label by key."""
    custom = {folded_header(key): key for key in custom_fields}
    custom.update({folded_header(label): key for key, label in custom_fields.items()})
    taken: set[Target] = set()
    suggested: list[Target | None] = []
    for header in headers:
        name = folded_header(header)
        target = (
            Target(Field.CUSTOM, custom[name])
            if name in custom
            else Target(_FIELD_OF_HEADER[name])
            if name in _FIELD_OF_HEADER
            else None
        )
        if target in taken and target is not None and target.field not in _REPEATABLE:
            target = None
        if target is not None:
            taken.add(target)
        suggested.append(target)
    return tuple(suggested)


def parsed(targets: Iterable[str | None], width: int) -> ColumnTargets:
    """A mapping as stored or sent (a target's text per column, or None), checked:
    one entry per column, each field once but for phones and tags."""
    listed = list(targets)
    if len(listed) != width:
        raise invalid(f"Give one entry per column: the file has {width}.", "columns")
    mapping = tuple(
        None if text is None or not text.strip() else Target.parse(text, f"columns.{index}")
        for index, text in enumerate(listed)
    )
    seen: set[Target] = set()
    for index, target in enumerate(mapping):
        if target is None:
            continue
        if target in seen and target.field not in _REPEATABLE:
            raise invalid(f"Only one column fills {target}.", f"columns.{index}")
        seen.add(target)
    return mapping


def stored(mapping: ColumnTargets) -> list[str | None]:
    return [None if target is None else str(target) for target in mapping]


def remapped(
    mapping: ColumnTargets, headers: Sequence[str], changes: Mapping[str, str | None]
) -> ColumnTargets:
    """``mapping`` with the columns ``changes`` names by header given other targets
    (None leaves a column out), as ``--map HEADER=field`` asks."""
    columns = {folded_header(header): index for index, header in enumerate(headers)}
    targets = stored(mapping)
    for header, target in changes.items():
        index = columns.get(folded_header(header))
        if index is None:
            raise invalid(f"The file has no column {header!r}.", "columns")
        targets[index] = target
    return parsed(targets, len(headers))


def values_of(cells: Sequence[str], mapping: ColumnTargets) -> dict[Target, str]:
    """What a row gives each target: the first value of the columns that fill it, or
    all of them, joined by commas, for a gathered field. Blank cells give nothing."""
    values: dict[Target, str] = {}
    for cell, target in zip(cells, mapping, strict=False):
        text = cell.strip()
        if target is None or not text:
            continue
        if target not in values:
            values[target] = text
        elif target.field in GATHERED:
            values[target] = f"{values[target]},{text}"
    return values
