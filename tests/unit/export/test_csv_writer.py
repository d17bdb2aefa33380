"""The CSV profiles read back by Python's csv module; formula injection neutralised."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from psykhelse_desktop.export import csv_writer
from psykhelse_desktop.export.csv_writer import CsvProfile, csv_bytes

HEADER = ("Navn", "Antall", "Timer", "Dato", "Notat")
ROWS = [
    ("Åse Øvrebø", 3, Decimal("12.50"), dt.date(2024, 12, 31), "Bor på Ørnes; har hund"),
    ("Ærlend Åsen", -5, 3.5, dt.date(2024, 1, 2), 'Sa "hei"\npå to linjer'),
    ("Tom", 0, None, None, ""),
]
PAYLOADS = ['=HYPERLINK("http://x.invalid","klikk")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def _read(data: bytes, profile: CsvProfile) -> list[list[str]]:
    text = data.decode("utf-8-sig" if profile is CsvProfile.EXCEL_NO else "utf-8")
    delimiter = ";" if profile is CsvProfile.EXCEL_NO else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))


def test_excel_norwegian_profile_reads_back():
    data = csv_bytes(HEADER, ROWS, CsvProfile.EXCEL_NO)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _read(data, CsvProfile.EXCEL_NO)
    assert rows[0] == list(HEADER)
    assert rows[1] == ["Åse Øvrebø", "3", "12,50", "31.12.2024", "Bor på Ørnes; har hund"]
    assert rows[2] == ["Ærlend Åsen", "-5", "3,5", "02.01.2024", 'Sa "hei"\npå to linjer']
    assert rows[3] == ["Tom", "0", "", "", ""]


def test_rfc4180_profile_reads_back_without_bom():
    data = csv_bytes(HEADER, ROWS, CsvProfile.RFC4180)
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = _read(data, CsvProfile.RFC4180)
    assert rows[1] == ["Åse Øvrebø", "3", "12.50", "2024-12-31", "Bor på Ørnes; har hund"]
    assert rows[2] == ["Ærlend Åsen", "-5", "3.5", "2024-01-02", 'Sa "hei"\npå to linjer']


@pytest.mark.parametrize("profile", list(CsvProfile))
def test_every_line_ends_in_crlf_and_fields_are_quoted_only_when_needed(profile):
    data = csv_bytes(HEADER, ROWS, profile)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 1 + 1 + len(ROWS)  # the newline inside quotes
    assert b'"Sa ""hei""\np\xc3\xa5 to linjer"' in data
    assert b'"' not in lines[0] and b"\r" not in data.replace(b"\r\n", b"")
    separator = b";" if profile is CsvProfile.EXCEL_NO else b","
    quoted = b'"Bor p\xc3\xa5 \xc3\x98rnes; har hund"'
    assert (quoted in data) == (separator == b";")


@pytest.mark.parametrize("profile", list(CsvProfile))
def test_formula_payloads_are_neutralised_and_numbers_stay_numbers(profile):
    row = (*PAYLOADS, -5, 3.5, Decimal("-0.25"))
    read = _read(csv_bytes(["x"] * len(row), [row], profile), profile)[1]
    assert read[: len(PAYLOADS)] == ["'" + p for p in PAYLOADS]
    decimal = "," if profile is CsvProfile.EXCEL_NO else "."
    assert read[len(PAYLOADS) :] == ["-5", f"3{decimal}5", f"-0{decimal}25"]


def test_harmless_text_is_left_alone():
    for text in ("Åse", "<5", "skjult", "3 timer", "e-post: a@b.no", " =ikke først"):
        assert csv_writer.neutralise(text) == text


def test_numbers_never_use_exponents_or_negative_zero():
    assert csv_writer.format_cell(0.00001, CsvProfile.RFC4180) == "0.00001"
    assert csv_writer.format_cell(Decimal("-0.00"), CsvProfile.EXCEL_NO) == "0,00"
    assert csv_writer.format_cell(True, CsvProfile.EXCEL_NO) == "ja"
    assert csv_writer.format_cell(dt.datetime(2024, 5, 1, 9, 5), CsvProfile.EXCEL_NO) == (
        "01.05.2024 09:05"
    )


def test_profile_labels():
    assert CsvProfile.EXCEL_NO.label == "Excel (norsk)"
    assert CsvProfile("rfc4180") is CsvProfile.RFC4180
