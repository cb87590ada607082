"""Reading the files lead lists come in: CSV in any common dialect, and XLSX.

``inspect`` looks a file over once, before anything is imported: its format, a
CSV's encoding and delimiter (guessed, unless a person says), its header, and how
many rows it holds. A file that cannot be imported is refused there, with the
reason. ``rows`` then streams the data rows, each with the line it starts on; a
malformed row is reported in its place and the rows after it are read on.
"""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from charset_normalizer import from_bytes
from python_calamine import CalamineError, CalamineWorkbook

from leadhub.imports.errors import ImportErrorCode, LeadImportError
from leadhub.written import number_text

# What the format and encoding are guessed from.
HEAD_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
# Lines the delimiter is guessed from.
SNIFFED_LINES = 50
MAX_COLUMNS = 500
MAX_HEADER_LENGTH = 200
MAX_ENCODING_NAME = 30  # the longest codec name ("iso2022_jp_ext" and the like) and then some
# Single-byte encodings of Western Europe that lists come in, the Windows one
# first: charset-normalizer guesses among these only, as with every encoding to
# choose from it reads a short Norwegian text in Windows-1252 as Japanese (cp932).
SINGLE_BYTE_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850"]
# Decodes any bytes at all: the last resort when the guess fails further on.
ANY_BYTES = "latin_1"

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and .doc, before Office 2007
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"7z\xbc\xaf")
# Bytes that text never holds (tabs, newlines and form feeds aside).
_CONTROL = bytes(range(0x09)) + bytes(range(0x0E, 0x20))


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Layout:
    """How a file is written. A CSV has an encoding and a delimiter too."""

    format: FileFormat
    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class Table:
    """What ``inspect`` found: the layout, the header, and how many data rows follow."""

    layout: Layout
    headers: tuple[str, ...]
    rows: int


@dataclass(frozen=True)
class Row:
    """A data row: the line of the file it starts on (the header's is 1, in a CSV
    without blank lines above it), and its cells as text; or, where it cannot be
    read, why (``problem``), and no cells."""

    line: int
    cells: tuple[str, ...] = ()
    problem: str | None = None


# What a spreadsheet program takes a cell for a formula by, when it opens a CSV:
# "+47..." and "-5" are numbers, and stay as they are.
_FORMULA = re.compile(r"[=@]|[+-][^\d\s(]")


def safe_cell(text: str) -> str:
    """A cell for a CSV others open, never run as a formula: one that would be is
    written after a quote, as spreadsheet programs read it (OWASP's advice)."""
    return f"'{text}" if _FORMULA.match(text) else text


def _cell_read(text: str) -> str:
    """A cell as ``safe_cell`` had it, its quote taken off: an export reads back."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text[1:]) else text


def refused(code: ImportErrorCode, message: str) -> LeadImportError:
    return LeadImportError(code, message, "file")


def inspect(
    path: Path, *, max_rows: int, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """Look the file over: its layout (``encoding`` and ``delimiter``, if given,
    instead of the guesses), its header and its number of data rows. Refuses an
    empty file, one that is not a table, one without a usable header, and one of
    more than ``max_rows`` rows."""
    with path.open("rb") as file:
        head = file.read(HEAD_BYTES)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise refused(ImportErrorCode.EMPTY_FILE, "The file is empty.")
    if head.startswith(_ZIP):
        _refuse_far_reaching_sheet(path, max_rows)
        return _inspected(path, Layout(FileFormat.XLSX), max_rows)
    if delimiter is not None and delimiter not in DELIMITERS:
        raise LeadImportError(
            ImportErrorCode.INVALID, "The delimiter is one of , ; | or a tab.", "delimiter"
        )
    if encoding is not None:
        layout = Layout(FileFormat.CSV, _known_encoding(encoding), delimiter)
        try:
            return _inspected(path, layout, max_rows)
        except UnicodeError as error:  # a UTF-16 without its byte order mark, too
            raise LeadImportError(
                ImportErrorCode.WRONG_ENCODING,
                f"The file is not in {encoding}: {error}. Leave the encoding out to have it"
                " guessed.",
                "encoding",
            ) from None
    guess = _guessed_encoding(head)
    try:
        return _inspected(path, Layout(FileFormat.CSV, guess, delimiter), max_rows)
    except UnicodeDecodeError as error:
        # The head decoded, a later part did not: guess again from that part.
        guess = _single_byte_encoding(error.object[max(0, error.start - 4096) : error.end + 4096])
    try:
        return _inspected(path, Layout(FileFormat.CSV, guess, delimiter), max_rows)
    except UnicodeDecodeError:
        return _inspected(path, Layout(FileFormat.CSV, ANY_BYTES, delimiter), max_rows)


def rows(path: Path, layout: Layout) -> Iterator[Row]:
    """The file's data rows, after its header, in order; blank rows left out."""
    records = _records(path, layout)
    next(records, None)
    yield from records


def _inspected(path: Path, layout: Layout, max_rows: int) -> Table:
    if layout.format is FileFormat.CSV and layout.delimiter is None:
        layout = Layout(layout.format, layout.encoding, _guessed_delimiter(path, layout))
    records = _records(path, layout)
    header = next(records, None)
    if header is None:
        raise refused(ImportErrorCode.EMPTY_FILE, "The file has no rows.")
    headers = _usable_header(header)
    count = 0
    for _ in records:
        count += 1
        if count > max_rows:
            raise refused(
                ImportErrorCode.TOO_MANY_ROWS,
                f"The file has more than {max_rows:,} rows: split it into smaller files.",
            )
    return Table(layout, headers, count)


def _usable_header(header: Row) -> tuple[str, ...]:
    names = tuple(cell.strip() for cell in header.cells)
    if header.problem is not None or not any(names):
        raise refused(ImportErrorCode.NO_HEADER, "The first row must name the columns.")
    if len(names) > MAX_COLUMNS:
        raise refused(ImportErrorCode.NO_HEADER, f"A file has at most {MAX_COLUMNS} columns.")
    if any(len(name) > MAX_HEADER_LENGTH for name in names):
        raise refused(
            ImportErrorCode.NO_HEADER,
            f"A column's name is at most {MAX_HEADER_LENGTH} characters:"
            " the first row must name the columns.",
        )
    if all(_looks_like_data(name) for name in names if name):
        raise refused(
            ImportErrorCode.NO_HEADER,
            "The first row holds data, not column names: add a row naming the columns.",
        )
    return names


def _looks_like_data(name: str) -> bool:
    """An email address or a number, which no column is named."""
    return "@" in name or name.replace(" ", "").lstrip("+").replace(".", "").isdigit()


def _records(path: Path, layout: Layout) -> Iterator[Row]:
    """Every non-blank row of the file, the header first."""
    if layout.format is FileFormat.XLSX:
        return _sheet_records(path)
    return _csv_records(path, layout)


def _csv_records(path: Path, layout: Layout) -> Iterator[Row]:
    assert layout.encoding is not None and layout.delimiter is not None
    with path.open("rb") as raw, io.TextIOWrapper(raw, layout.encoding, newline="") as text:
        # Strict: a stray quote is reported with its line rather than read on as data.
        reader = csv.reader(text, delimiter=layout.delimiter, strict=True)
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield Row(line, problem=f"Not a valid CSV row: {error}.")
                continue
            if len(cells) > MAX_COLUMNS:
                yield Row(line, problem=f"The row has over {MAX_COLUMNS} values.")
            elif any(cell.strip() for cell in cells):
                yield Row(line, tuple(_cell_read(cell) for cell in cells))


def _sheet_records(path: Path) -> Iterator[Row]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        first_line = (sheet.start or (0, 0))[0] + 1
        values = sheet.iter_rows()
    except CalamineError as error:
        raise refused(
            ImportErrorCode.NOT_A_TABLE, f"Not a spreadsheet we can read (XLSX): {error}"
        ) from None
    for offset, cells in enumerate(values):
        texts = tuple(_cell_text(cell) for cell in cells)
        if any(text.strip() for text in texts):
            yield Row(first_line + offset, texts)


# A row's or a cell's opening tag in a sheet's XML (with a namespace prefix or
# none), its attributes, and among them its reference (r="B7", r="7"), which the
# format lets a writer leave out: then rows and cells count in their order.
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_REFERENCE = re.compile(rb'\sr="([A-Z]{0,3})(\d{1,9})"')
# A tag longer than this is none a sheet holds.
MAX_TAG_BYTES = 64 * 1024
_FIRST_SHEET = re.compile(rb'<sheet [^>]*r:id="([^"]+)"')
# The sheet's XML an import reads at most: a million rows of 500 cells is far less.
MAX_SHEET_XML_BYTES = 4 * 1024**3
# calamine reads a sheet whole, about 100 bytes a cell: a sheet spanning more cells
# than this (rows times columns) is refused, so that reading one stays near 200 MB.
# A CSV, which streams, has no such limit.
MAX_SHEET_CELLS = 2_000_000


def _refuse_far_reaching_sheet(path: Path, max_rows: int) -> None:
    """Refuse a workbook whose first sheet reaches further than an import reads,
    before calamine sees it: it lays out every cell of the area a sheet spans, and
    a sheet of two cells far apart (A1 and XFD1048576) spans billions, which ends
    the process. The sheet's XML is read as it streams, for its cells' references."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(_first_sheet(archive)) as sheet:
            extent, read, carried = _Extent(), 0, b""
            while chunk := sheet.read(1024 * 1024):
                read += len(chunk)
                if read > MAX_SHEET_XML_BYTES:
                    raise refused(ImportErrorCode.TOO_LARGE, "The sheet is too large to import.")
                text = carried + chunk
                for tag, attributes in _ROW_OR_CELL.findall(text):
                    extent.see(tag, attributes)
                # What follows the last complete tag: the start of one the next chunk ends.
                carried = text[text.rfind(b">") + 1 :]
                if len(carried) > MAX_TAG_BYTES:
                    raise OSError("a tag of no sheet")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        raise refused(
            ImportErrorCode.NOT_A_TABLE, "Not a spreadsheet we can read (XLSX)."
        ) from None
    rows, columns = extent.rows, extent.columns
    if columns > MAX_COLUMNS:
        raise refused(ImportErrorCode.NO_HEADER, f"A sheet has at most {MAX_COLUMNS} columns.")
    if rows > max_rows + SHEET_ROWS_SLACK:
        raise refused(
            ImportErrorCode.TOO_MANY_ROWS,
            f"The sheet has more than {max_rows:,} rows: split it into smaller files.",
        )
    if rows * columns > MAX_SHEET_CELLS:
        raise refused(
            ImportErrorCode.TOO_LARGE,
            f"The sheet spans {rows * columns:,} cells, and a sheet is read whole: at most"
            f" {MAX_SHEET_CELLS:,}. Save the list as CSV, which has no such limit.",
        )


# Rows a sheet may reach beyond the data rows: its header, and blank rows between.
SHEET_ROWS_SLACK = 1000


class _Extent:
    """How far a sheet reaches, as its rows and cells stream by: the furthest row and
    column a reference names, or, where there is none, the row's and the cell's place."""

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._rows_seen = self._cells_in_row = 0

    def see(self, tag: bytes, attributes: bytes) -> None:
        reference = _REFERENCE.search(attributes)
        if tag == b"row":
            self._rows_seen += 1
            self._cells_in_row = 0
            number = int(reference.group(2)) if reference else 0
            self.rows = max(self.rows, number, self._rows_seen)
        else:
            self._cells_in_row += 1
            letters = reference.group(1) if reference else b""
            number = _column_number(letters) if letters else 0
            self.columns = max(self.columns, number, self._cells_in_row)


def _first_sheet(archive: zipfile.ZipFile) -> str:
    """The XML of the workbook's first sheet, which calamine reads as sheet 0."""
    found = _FIRST_SHEET.search(archive.read("xl/workbook.xml"))
    if found is None:
        raise KeyError("no sheet")
    relation = re.escape(found.group(1).decode())
    relations = archive.read("xl/_rels/workbook.xml.rels").decode()
    target = re.search(rf'Id="{relation}"[^>]*Target="([^"]+)"', relations) or re.search(
        rf'Target="([^"]+)"[^>]*Id="{relation}"', relations
    )
    if target is None:
        raise KeyError("no sheet")
    name = target.group(1)
    return name.removeprefix("/") if name.startswith("/") else f"xl/{name}"


def _width(line: str, delimiter: str) -> int:
    """The values a line holds, cut at ``delimiter``: 0 for a blank line, or one the
    reader refuses (a value over its limit), which says nothing of the delimiter."""
    try:
        cells = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return 0
    return len(cells) if any(cell.strip() for cell in cells) else 0


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _cell_text(cell: object) -> str:
    """A cell as the text a CSV would hold: whole numbers without ".0", dates in ISO."""
    match cell:
        case bool():
            return "true" if cell else "false"
        case float() if cell.is_integer():
            return str(int(cell))
        case float():
            return number_text(cell)
        case datetime() if cell.time() == time():
            return cell.date().isoformat()
        case datetime() | date() | time():
            return cell.isoformat()
        case _:
            return str(cell)


def _known_encoding(name: str) -> str:
    """A text encoding's name (base64 and zlib are codecs too, of bytes to bytes)."""
    try:
        if len(name) > MAX_ENCODING_NAME:
            raise LookupError(name)
        codec = codecs.lookup(name)
        if not codec._is_text_encoding or codec.name == "undefined":
            raise LookupError(name)
        return codec.name
    except LookupError:
        raise LeadImportError(
            ImportErrorCode.INVALID, f"No encoding is called {name!r}.", "encoding"
        ) from None


def _guessed_encoding(head: bytes) -> str:
    """The encoding the file's first bytes are in: a byte order mark's, UTF-16's
    zero bytes', UTF-8 if they decode, else a single-byte one. Refuses binary files."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
    if zeros_odd > len(head) // 4 and zeros_even == 0:
        return "utf-16-le"
    if zeros_even > len(head) // 4 and zeros_odd == 0:
        return "utf-16-be"
    _refuse_binary(head)
    try:
        # A character cut off at the end of the head is not a fault.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as error:
        return _single_byte_encoding(head[max(0, error.start - 4096) : error.end + 4096])
    return "utf-8"


def _single_byte_encoding(sample: bytes) -> str:
    guess = from_bytes(sample, cp_isolation=SINGLE_BYTE_ENCODINGS).best()
    return codecs.lookup(guess.encoding).name if guess is not None else ANY_BYTES


def _refuse_binary(head: bytes) -> None:
    if head.startswith(_OLE):
        raise refused(
            ImportErrorCode.NOT_A_TABLE,
            "This is an old Excel file (.xls): save it as XLSX or CSV and upload that.",
        )
    if (
        head.startswith(_BINARY_MAGIC)
        or sum(head.count(byte) for byte in _CONTROL) > len(head) // 100
    ):
        raise refused(
            ImportErrorCode.NOT_A_TABLE, "This is not a CSV or XLSX file: it holds binary data."
        )


def _guessed_delimiter(path: Path, layout: Layout) -> str:
    """The delimiter that splits the first lines into the same number of columns, two
    or more, most often; a comma where none does (a file of one column)."""
    assert layout.encoding is not None
    with path.open("rb") as raw, io.TextIOWrapper(raw, layout.encoding, newline="") as text:
        sample = text.read(HEAD_BYTES)
    lines = sample.splitlines()[:SNIFFED_LINES]
    best, best_rows = ",", 0
    for delimiter in DELIMITERS:
        widths = [width for line in lines if (width := _width(line, delimiter))]
        if not widths or widths[0] < 2:
            continue
        agreeing = widths.count(widths[0])
        if agreeing > best_rows:
            best, best_rows = delimiter, agreeing
    return best
