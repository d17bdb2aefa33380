"""The nurse's spreadsheet (CSV) read whatever Excel saved it as, or a plain message why not.

Accepted: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode-tekst", tab separated),
and the old single-byte code pages Windows-1252 and Mac Roman. Semicolon, comma and tab are
recognised from the header line. A byte no encoding explains, a field longer than 131,072
characters and broken quoting each give a plain Norwegian message with the row number (the
header is row 1); nothing here ever ends in a traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import UserError
from ...domain.os_errors import os_error_text

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 med BOM"
UTF16 = "UTF-16 (Unicode-tekst)"
CP1252 = "Windows-1252 (eldre Excel på Windows)"
MAC_ROMAN = "Mac Roman (eldre Excel på Mac)"
_SINGLE_BYTE = (("cp1252", CP1252), ("mac_roman", MAC_ROMAN))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Beyond letters, digits and spaces, what names, addresses and notes in a spreadsheet hold.
_PUNCTUATION = frozenset("«»–—‘’“”„…€§°")


class SheetProblem(UserError):
    """The file cannot be read; the message says why, with the row where known."""


@dataclass(frozen=True)
class Sheet:
    """The header's cells and each data row (its row number and its cells)."""

    encoding: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


def read_sheet(raw: bytes) -> Sheet:
    """Decode and parse a whole file; SheetProblem when it cannot be read."""
    text, encoding = decode(raw)
    header, rows = parse(text)
    return Sheet(encoding, header, rows)


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[len(codecs.BOM_UTF8) :], "utf-8"), UTF8_BOM
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16"), UTF16
    try:
        return raw.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        return _single_byte(raw)


def _strict(raw: bytes, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        row = raw[: exc.start].decode(codec, errors="replace").count("\n") + 1
        raise SheetProblem(_unexplained(row, raw[exc.start])) from None


def _single_byte(raw: bytes) -> tuple[str, str]:
    """Windows-1252 or Mac Roman: the one whose reading has nothing odd in it."""
    oddest = []
    for codec, name in _SINGLE_BYTE:
        text = raw.decode(codec, errors="replace")
        first = _first_odd(text)
        if first is None:
            return text, name
        oddest.append((_odd_count(text), first))
    _, first = min(oddest)
    raise SheetProblem(_unexplained(raw[:first].count(b"\n") + 1, raw[first]))


def _first_odd(text: str) -> int | None:
    return next((m.start() for m in _NON_ASCII.finditer(text) if _is_odd(m.group())), None)


def _odd_count(text: str) -> int:
    return sum(_is_odd(m.group()) for m in _NON_ASCII.finditer(text))


def _is_odd(char: str) -> bool:
    """Not a letter, mark, digit or space, nor the usual typographic punctuation."""
    return char not in _PUNCTUATION and unicodedata.category(char)[0] not in "LMNZ"


def _unexplained(row: int, byte: int) -> str:
    return (
        f"Rad {row}: tegnet med kode 0x{byte:02X} passer ikke i noen tegnkoding programmet "
        "kjenner (UTF-8, UTF-16, Windows-1252, Mac Roman). Lagre regnearket som «CSV UTF-8» "
        "i Excel og prøv igjen."
    )


def parse(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the rows, numbered as in the spreadsheet (the header is row 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for record in enumerate(reader, start=1):
            records.append(record)
    except csv.Error as exc:
        raise SheetProblem(_csv_problem(len(records) + 1, exc)) from None
    return (records[0][1] if records else []), records[1:]


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=first_line.count)


def _csv_problem(row: int, exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return (
            f"Rad {row}: en celle er lengre enn {csv.field_size_limit():,} tegn".replace(",", " ")
            + ". Filen ser ødelagt ut (kanskje mangler et anførselstegn). Åpne regnearket i "
            "Excel, lagre det som CSV på nytt og prøv igjen."
        )
    if "unexpected end of data" in text:
        return (
            f'Rad {row}: et anførselstegn (") blir aldri lukket, så resten av filen kan ikke '
            "leses. Rett cellen i regnearket, lagre det som CSV på nytt og prøv igjen."
        )
    return (
        f'Rad {row}: et anførselstegn (") står på feil sted i en celle. Rett cellen i '
        "regnearket, lagre det som CSV på nytt og prøv igjen."
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes; SheetProblem when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SheetProblem(f"Kunne ikke lese filen {path}: {os_error_text(exc)}.") from exc
