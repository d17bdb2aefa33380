"""CSV files for spreadsheets: two profiles, typed cells, formula injection neutralised.

"Excel (norsk)" is what a Norwegian Excel opens with a double click: UTF-8 with a byte order
mark, semicolons, decimal comma, dd.mm.yyyy. "RFC 4180" is plain comma-separated UTF-8 with
ISO dates, for scripts and other programs. Both end lines with CRLF and quote a field only when
it holds the separator, a double quote, CR or LF (RFC 4180; quotes are doubled).

Cells are typed. Numbers (int, float, Decimal) are written as numbers, never neutralised, so a
negative number stays a number. Text that a spreadsheet would run as a formula (starting with
= + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises.

The file is written by services/reports/outgoing.py: whole, recorded in the ledger, and only
then given its name; a failed write leaves the target as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path

Cell = str | int | float | Decimal | dt.date | bool | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvProfile(Enum):
    EXCEL_NO = "excel-no"
    RFC4180 = "rfc4180"

    @property
    def label(self) -> str:
        return _FORMATS[self].label


@dataclass(frozen=True)
class _Format:
    label: str
    separator: str
    decimal: str
    date: str
    datetime: str
    bom: bool


_FORMATS = {
    CsvProfile.EXCEL_NO: _Format("Excel (norsk)", ";", ",", "%d.%m.%Y", "%d.%m.%Y %H:%M", bom=True),
    CsvProfile.RFC4180: _Format(
        "RFC 4180 (komma, UTF-8)", ",", ".", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", bom=False
    ),
}


@dataclass(frozen=True)
class WrittenFile:
    """What was really written: the bytes on disk have exactly this size and SHA-256."""

    path: Path
    row_count: int
    byte_count: int
    sha256: str


def neutralise(text: str) -> str:
    """Text a spreadsheet would take for a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def format_cell(value: Cell, profile: CsvProfile) -> str:
    """One cell as text in the profile's form (before quoting)."""
    if type(value) is str:  # the common case first: a list has many text cells
        return neutralise(value)
    form = _FORMATS[profile]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return _number(value).replace(".", form.decimal)
    if isinstance(value, dt.datetime):
        return value.strftime(form.datetime)
    if isinstance(value, dt.date):
        return value.strftime(form.date)
    return neutralise(str(value))


def _number(value: float | Decimal) -> str:
    """Plain positional notation: never 1e-05, never a thousands separator."""
    if isinstance(value, float):
        value = Decimal(repr(value))
    return format(abs(value) if value == 0 else value, "f")


def _quoted(field: str, separator: str) -> str:
    if separator in field or '"' in field or "\r" in field or "\n" in field:
        return '"' + field.replace('"', '""') + '"'
    return field


def csv_line(cells: Iterable[Cell], profile: CsvProfile) -> str:
    separator = _FORMATS[profile].separator
    return separator.join(_quoted(format_cell(c, profile), separator) for c in cells) + "\r\n"


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], profile: CsvProfile) -> bytes:
    """The whole file: optional BOM, the header line, one line per row."""
    text = csv_line(header, profile) + "".join(csv_line(row, profile) for row in rows)
    return ("\ufeff" if _FORMATS[profile].bom else "").encode("utf-8") + text.encode("utf-8")
