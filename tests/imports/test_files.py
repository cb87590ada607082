"""Reading the files lists come in: encodings, delimiters, quoting, XLSX, and the
files refused before an import starts."""

import codecs
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from leadhub.imports import files
from leadhub.imports.errors import ImportErrorCode, LeadImportError
from leadhub.imports.files import FileFormat

HEADER = ["Navn", "E-post", "Firma"]
ROWS = [
    ["Åse Ødegård", "ase@havbruk.no", "Havbruk Øst AS"],
    ["Bjørn Ærø", "bjorn@fisk.no", "Fisk & Skalldyr AS"],
    ["Zoë Müller", "zoe@example.com", "Straße GmbH"],
]
MAX_ROWS = 1000


def _written(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _csv(rows: list[list[str]], delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in rows)


def _cells(path: Path, table: files.Table) -> list[list[str]]:
    return [list(row.cells) for row in files.rows(path, table.layout)]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("cp1252", "cp1252"),
    ],
)
def test_the_encoding_is_found_and_every_letter_read(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], ";"), encoding)

    table = files.inspect(path, max_rows=MAX_ROWS)

    assert table.layout == files.Layout(FileFormat.CSV, expected, ";")
    assert table.headers == tuple(HEADER)
    assert table.rows == len(ROWS)
    assert _cells(path, table) == ROWS


def test_a_short_windows_1252_list_is_not_taken_for_japanese(tmp_path: Path) -> None:
    # charset-normalizer left to choose among every encoding reads this as cp932
    path = _written(tmp_path / "list.csv", "Navn;Firma\nÅse Ødegård;Havbruk Øst AS\n", "cp1252")

    table = files.inspect(path, max_rows=MAX_ROWS)

    assert table.layout.encoding == "cp1252"
    assert _cells(path, table) == [["Åse Ødegård", "Havbruk Øst AS"]]


def test_latin_1_letters_after_a_long_ascii_start_are_read(tmp_path: Path) -> None:
    # the first 64 KB decode as UTF-8; the guess is made again where they stop
    ascii_rows = [[f"Person {n}", f"p{n}@example.com", "Acme AS"] for n in range(3000)]
    text = _csv([HEADER, *ascii_rows, ROWS[0]], ",")
    path = _written(tmp_path / "list.csv", text, "latin-1")

    table = files.inspect(path, max_rows=10_000)

    assert table.layout.encoding in ("cp1252", "iso8859-15", "latin_1", "iso8859-1")
    assert _cells(path, table)[-1] == ROWS[0]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_found(tmp_path: Path, delimiter: str) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], delimiter), "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)

    assert table.layout.delimiter == delimiter
    assert _cells(path, table) == ROWS


def test_semicolons_beat_decimal_commas(tmp_path: Path) -> None:
    text = "Navn;Beløp;Firma\nÅse;1 234,50;Havbruk AS\nBjørn;12,5;Fisk AS\n"
    path = _written(tmp_path / "list.csv", text, "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)

    assert table.layout.delimiter == ";"
    assert _cells(path, table) == [["Åse", "1 234,50", "Havbruk AS"], ["Bjørn", "12,5", "Fisk AS"]]


def test_quoted_values_keep_delimiters_quotes_and_line_breaks(tmp_path: Path) -> None:
    text = (
        "Navn,Firma,Kommentar\n"
        '"Ødegård, Åse","Havbruk ""Øst"" AS","Første linje\nandre linje"\n'
        "Bjørn Ærø,Fisk AS,kort\n"
    )
    path = _written(tmp_path / "list.csv", text, "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)
    rows = list(files.rows(path, table.layout))

    assert table.rows == 2
    assert rows[0].cells == ("Ødegård, Åse", 'Havbruk "Øst" AS', "Første linje\nandre linje")
    assert [row.line for row in rows] == [2, 4]  # the second starts after the line break


def test_a_given_layout_is_kept(tmp_path: Path) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], "|"), "cp1252")

    table = files.inspect(path, max_rows=MAX_ROWS, encoding="windows-1252", delimiter="|")

    assert table.layout == files.Layout(FileFormat.CSV, "cp1252", "|")


def test_an_encoding_the_file_is_not_in_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], ";"), "cp1252")

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS, encoding="utf-8")

    assert refused.value.code is ImportErrorCode.WRONG_ENCODING
    assert refused.value.field == "encoding"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "field"),
    [("klingon-8", None, "encoding"), (None, ":", "delimiter")],
)
def test_an_unknown_encoding_or_delimiter_is_refused(
    tmp_path: Path, encoding: str | None, delimiter: str | None, field: str
) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], ";"), "utf-8")

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS, encoding=encoding, delimiter=delimiter)

    assert refused.value.code is ImportErrorCode.INVALID
    assert refused.value.field == field


def test_a_malformed_row_is_reported_with_its_line_and_the_rest_read(tmp_path: Path) -> None:
    text = 'Navn,Firma\nÅse,Havbruk AS\nBjørn,"Fisk" AS\nKari,Nordmann AS\n'
    path = _written(tmp_path / "list.csv", text, "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)
    rows = list(files.rows(path, table.layout))

    assert [(row.line, row.cells) for row in rows if row.problem is None] == [
        (2, ("Åse", "Havbruk AS")),
        (4, ("Kari", "Nordmann AS")),
    ]
    [malformed] = [row for row in rows if row.problem is not None]
    assert malformed.line == 3
    assert "Not a valid CSV row" in malformed.problem


def test_blank_rows_are_left_out(tmp_path: Path) -> None:
    text = "\n\nNavn;Firma\n;\nÅse;Havbruk AS\n\n;;\n"
    path = _written(tmp_path / "list.csv", text, "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)

    assert table.headers == ("Navn", "Firma")
    assert [(row.line, row.cells) for row in files.rows(path, table.layout)] == [
        (5, ("Åse", "Havbruk AS"))
    ]


def test_an_xlsx_sheet_is_read_with_its_numbers_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Leads")
    dated = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["Navn", "Telefon", "Ansatte", "Opprettet", "Omsetning"])
    sheet.write_row(1, 0, ["Åse Ødegård", 41234567, 12])
    sheet.write_datetime(1, 3, datetime(2024, 3, 5), dated)
    sheet.write_number(1, 4, 1234.5)
    sheet.write_row(3, 0, ["Bjørn Ærø", "(+47) 92 67 88 28"])
    workbook.close()

    table = files.inspect(path, max_rows=MAX_ROWS)
    rows = list(files.rows(path, table.layout))

    assert table.layout == files.Layout(FileFormat.XLSX)
    assert table.headers == ("Navn", "Telefon", "Ansatte", "Opprettet", "Omsetning")
    assert table.rows == 2
    opened = date(2024, 3, 5).isoformat()
    assert rows[0].cells == ("Åse Ødegård", "41234567", "12", opened, "1234.5")
    assert rows[1].line == 4
    assert rows[1].cells[:2] == ("Bjørn Ærø", "(+47) 92 67 88 28")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ImportErrorCode.EMPTY_FILE),
        (b"\r\n\r\n  \n", ImportErrorCode.EMPTY_FILE),
        (codecs.BOM_UTF8, ImportErrorCode.EMPTY_FILE),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ImportErrorCode.NOT_A_TABLE),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ImportErrorCode.NOT_A_TABLE),
        (bytes(range(256)) * 40, ImportErrorCode.NOT_A_TABLE),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), ImportErrorCode.NOT_A_TABLE),
        (b"PK\x03\x04 not really a spreadsheet", ImportErrorCode.NOT_A_TABLE),
        (b"ase@havbruk.no;41234567\nbjorn@fisk.no;92678828\n", ImportErrorCode.NO_HEADER),
        (("x" * 300 + ";Firma\nÅse;Havbruk\n").encode(), ImportErrorCode.NO_HEADER),
    ],
    ids=[
        "empty",
        "blank lines",
        "a byte order mark alone",
        "a PDF",
        "a PNG",
        "binary",
        "an old Excel file",
        "a zip that is no spreadsheet",
        "data where the header should be",
        "a header of 300 characters",
    ],
)
def test_files_that_cannot_be_imported_are_refused(
    tmp_path: Path, content: bytes, code: ImportErrorCode
) -> None:
    path = tmp_path / "upload"
    path.write_bytes(content)

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS)

    assert refused.value.code is code
    assert refused.value.field == "file"
    assert refused.value.message


def test_a_file_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], ","), "utf-8")

    assert files.inspect(path, max_rows=3).rows == 3
    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=2)

    assert refused.value.code is ImportErrorCode.TOO_MANY_ROWS
    assert "2" in refused.value.message


@pytest.mark.parametrize(
    ("far_cell", "code"),
    [((0, 16_383), ImportErrorCode.NO_HEADER), ((1_048_575, 0), ImportErrorCode.TOO_MANY_ROWS)],
    ids=["a far column", "a far row"],
)
def test_a_sheet_reaching_past_what_an_import_reads_is_refused_before_it_is_read(
    tmp_path: Path, far_cell: tuple[int, int], code: ImportErrorCode
) -> None:
    # read whole, A1 to XFD1048576 is seventeen billion cells: the process would end
    path = tmp_path / "far.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["Navn", "E-post"])
    sheet.write(*far_cell, "x")
    workbook.close()

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS)

    assert refused.value.code is code


def test_a_sheet_of_more_cells_than_is_read_whole_is_refused_and_a_csv_of_them_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_SHEET_CELLS", 3 * 3)  # the header and two rows
    rows = [
        ["Navn", "E-post", "Firma"],
        *([f"Kari {n}", f"k{n}@fisk.no", "Ø AS"] for n in range(3)),
    ]
    path = tmp_path / "liste.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    for number, row in enumerate(rows[:3]):
        sheet.write_row(number, 0, row)
    workbook.close()
    assert files.inspect(path, max_rows=MAX_ROWS).rows == 2

    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    for number, row in enumerate(rows):
        sheet.write_row(number, 0, row)
    workbook.close()
    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS)
    assert refused.value.code is ImportErrorCode.TOO_LARGE
    assert "Save the list as CSV" in refused.value.message

    csv_path = _written(tmp_path / "liste.csv", _csv(rows, ";"), "utf-8")
    assert files.inspect(csv_path, max_rows=MAX_ROWS).rows == 3


def _rewritten_sheet(path: Path, rewrite: Callable[[str], str]) -> None:
    """The workbook with its first sheet's XML rewritten, as other writers write it."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    members[sheet] = rewrite(members[sheet].decode()).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def _without_references(xml: str) -> str:
    """Rows and cells without their references, which the format lets a writer leave out."""
    return re.sub(r' r="[A-Z]*\d+"', "", xml)


def _prefixed(xml: str) -> str:
    """Rows and cells with a namespace prefix, their references after another attribute."""
    xml = re.sub(r"</(row|c)>", r"</x:\1>", xml)
    xml = re.sub(r'<(row|c) r="([A-Z]*\d+)"', r'<x:\1 data="1" r="\2"', xml)
    return xml.replace("<worksheet ", '<worksheet xmlns:x="urn:x" ', 1)


@pytest.mark.parametrize("rewrite", [_without_references, _prefixed])
def test_a_sheet_written_otherwise_is_measured_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rewrite: Callable[[str], str]
) -> None:
    monkeypatch.setattr(files, "MAX_SHEET_CELLS", 3 * 3)
    path = tmp_path / "liste.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    for number in range(4):  # the header and three rows of three cells: twelve
        sheet.write_row(
            number,
            0,
            ["Navn", "E-post", "Firma"]
            if not number
            else [f"Kari {number}", f"k{number}@fisk.no", "Ø AS"],
        )
    workbook.close()
    _rewritten_sheet(path, rewrite)

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS)

    assert refused.value.code is ImportErrorCode.TOO_LARGE
    assert "12 cells" in refused.value.message


def test_numbers_of_a_sheet_read_back_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "numbers.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["Navn", "Beløp"])
    sheet.write_row(1, 0, ["Åse", 1234.567])
    workbook.close()

    table = files.inspect(path, max_rows=MAX_ROWS)
    [row] = files.rows(path, table.layout)

    # a point before three decimals reads as thousands; a fourth decimal says otherwise
    assert row.cells == ("Åse", "1234.5670")


@pytest.mark.parametrize(
    ("encoding", "code", "field"),
    [
        ("utf-16", ImportErrorCode.WRONG_ENCODING, "encoding"),
        ("base64", ImportErrorCode.INVALID, "encoding"),
        ("undefined", ImportErrorCode.INVALID, "encoding"),
    ],
)
def test_an_encoding_that_cannot_read_the_file_is_refused(
    tmp_path: Path, encoding: str, code: ImportErrorCode, field: str
) -> None:
    path = _written(tmp_path / "list.csv", _csv([HEADER, *ROWS], ";"), "utf-8")

    with pytest.raises(LeadImportError) as refused:
        files.inspect(path, max_rows=MAX_ROWS, encoding=encoding)

    assert (refused.value.code, refused.value.field) == (code, field)


def test_a_value_over_the_field_limit_fails_its_row_alone(tmp_path: Path) -> None:
    text = "Navn;Firma\nÅse;" + "x" * 200_000 + "\nBjørn;Fisk AS\n"
    path = _written(tmp_path / "list.csv", text, "utf-8")

    table = files.inspect(path, max_rows=MAX_ROWS)
    too_long, bjorn = files.rows(path, table.layout)

    assert table.layout.delimiter == ";"
    assert too_long.problem is not None
    assert bjorn.cells == ("Bjørn", "Fisk AS")


def test_a_cell_a_csv_quoted_against_formulas_reads_as_it_was(tmp_path: Path) -> None:
    path = _written(tmp_path / "list.csv", "Navn,Telefon\n'=SUM(A1),+4741234567\n", "utf-8")

    [row] = files.rows(path, files.inspect(path, max_rows=MAX_ROWS).layout)

    assert row.cells == ("=SUM(A1)", "+4741234567")
    assert files.safe_cell("=SUM(A1)") == "'=SUM(A1)"
    assert files.safe_cell("+4741234567") == "+4741234567"
