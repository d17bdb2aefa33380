"""export-csv and ledger as real processes; the CSV opened headless by LibreOffice Calc.

LibreOffice converts the CSV to .xlsx with the profile's separator and language (Norwegian
for "Excel (norsk)", so 15,00 is read with a decimal comma); the .xlsx is read back with
zipfile and ElementTree: numbers must be numeric cells, text must be text, and no cell may
have become a formula.
"""

import datetime as dt
import hashlib
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest
from tests.helpers import E2E_PASSPHRASE, PROFILE
from tests.helpers import run_cli as run
from tests.report_helpers import insert_report_data

from psykhelse_desktop.domain.municipal_figures import AGGREGATE_HEADER
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.trust.vault import create_vault
from psykhelse_desktop.storage.daily_models import ServiceDecision
from psykhelse_desktop.storage.keys import TEST_KDF
from psykhelse_desktop.storage.models import ServiceUser

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NEEDS_SOFFICE = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice mangler: apt-get install libreoffice-calc (CI har den)"
)
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# CSV import options: separator, quote ("), UTF-8 (76), first line, -, language, -, detect dates
FILTERS = {
    "excel-no": "CSV:59,34,76,1,,1044,false,true",
    "rfc4180": "CSV:44,34,76,1,,1033,false,true",
}
INJECTION = '=HYPERLINK("http://x.invalid";"klikk")'


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A record holding tests/report_helpers' data and one user whose name is a formula."""
    data_dir = tmp_path_factory.mktemp("export") / "data"
    db = create_vault(AppPaths(data_dir), E2E_PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    try:
        insert_report_data(db)
        with db.transaction() as session:
            user = ServiceUser(first_name=INJECTION, last_name="Åmodt", category="rop")
            session.add(user)
            session.flush()
            session.add(ServiceDecision(service_user_id=user.id, service_type="aktivisering",
                                        hours_per_week=-1.5, decided_on=dt.date(2024, 1, 1),
                                        valid_from=dt.date(2024, 1, 1)))  # fmt: skip
    finally:
        db.close()
    return data_dir


def _export(folder, out, *options, check=True):
    return run("export-csv", "--data-dir", folder, "--from", "01.01.2024", "--to",
               "2024-12-31", "--out", out, *options, check=check)  # fmt: skip


def _xlsx_rows(csv_path, profile: str, workdir) -> list[list[tuple[str, str]]]:
    """(type, text) per cell as LibreOffice read the CSV: 'n' number, 's' text, 'f' formula."""
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{workdir}/lo-profil", "--headless",
         f"--infilter={FILTERS[profile]}", "--convert-to", "xlsx", "--outdir", str(workdir),
         str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with zipfile.ZipFile(workdir / (csv_path.stem + ".xlsx")) as book:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{MAIN}t"))
            for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{MAIN}si")
        ]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    return [_row(row, shared) for row in sheet.iter(f"{MAIN}row")]


def _row(row, shared: list[str]) -> list[tuple[str, str]]:
    """The cells by column; an empty cell (left out of the .xlsx) is ("", "")."""
    cells = {_column(c.get("r")): _cell(c, shared) for c in row.iter(f"{MAIN}c")}
    return [cells.get(i, ("", "")) for i in range(max(cells) + 1)]


def _column(reference: str) -> int:
    letters = reference.rstrip("0123456789")
    return sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(letters))) - 1


def _cell(cell, shared: list[str]) -> tuple[str, str]:
    if cell.find(f"{MAIN}f") is not None:
        return "f", cell.findtext(f"{MAIN}f") or ""
    value = cell.findtext(f"{MAIN}v") or ""
    if cell.get("t") == "s":
        return "s", shared[int(value)]
    return ("n" if cell.get("t", "n") == "n" else cell.get("t")), value


def _excel_date(serial: str) -> dt.date:
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(float(serial)))


@NEEDS_SOFFICE
def test_aggregate_csv_opens_in_libreoffice_with_numbers_as_numbers(folder, tmp_path):
    out = tmp_path / "samletall.csv"
    _export(folder, out, "--report", "aggregate", "--profile", "excel-no")
    rows = _xlsx_rows(out, "excel-no", tmp_path)
    assert [text for _, text in rows[0]] == list(AGGREGATE_HEADER)  # "Måltall" survives
    assert all(kind != "f" for row in rows for kind, _ in row)
    first = rows[1]
    assert [k for k, _ in first] == ["n", "n", "s", "s", "s", "n"]
    assert _excel_date(first[0][1]) == dt.date(2024, 1, 1)
    assert _excel_date(first[1][1]) == dt.date(2024, 12, 31)
    assert first[2][1] == "Tjenestemottakere i perioden" and first[5] == ("n", "15")
    by_name = {(r[3][1], r[4][1]): r[5] for r in rows[1:]}
    assert by_name[("Alle tjenestetyper", "Timer per uke")] == ("n", "28.5")  # 30 - 1.5
    assert by_name[("Alle", "Ventetid i dager, gjennomsnitt")] == ("n", "20.9")
    assert by_name[("Alle", "Avsluttet i perioden")] == ("s", "<5")
    assert by_name[("Hjemmebesøk", "Kontakter")] == ("s", "skjult")
    assert by_name[("18–29 år", "Psykisk helse")] == ("s", "<5")


@NEEDS_SOFFICE
def test_person_csv_with_identity_keeps_text_as_text(folder, tmp_path):
    out = tmp_path / "personer.csv"
    result = _export(folder, out, "--report", "persons", "--profile", "rfc4180",
                     "--with-identity", "--recipient", "Tildelingskontoret")  # fmt: skip
    assert "Advarsel: filen får navn og fødselsnummer" in result.stderr
    rows = _xlsx_rows(out, "rfc4180", tmp_path)
    assert [t for _, t in rows[0]][:5] == ["Pseudonym", "Etternavn", "Fornavn", "Fødselsnummer",
                                          "Fødselsdato"]  # fmt: skip
    assert all(kind != "f" for row in rows for kind, _ in row)
    [formula_user] = [r for r in rows if r[1][1] == "Åmodt"]
    assert formula_user[2] == ("s", "'" + INJECTION)  # neutralised, shown as text
    assert formula_user[3:5] == [("", ""), ("", "")]  # no national ID, no birth date
    assert formula_user[8] == ("n", "-1.5")  # a negative number stays a number
    [home] = [r for r in rows if r[2][1] == "Åse 1"]
    assert home[3][0] == "s" and home[3][1].startswith("0")  # leading zero kept
    assert _excel_date(home[4][1]) == dt.date(1990, 6, 15)
    assert home[8] == ("n", "2.5") and home[12] == ("n", "5")
    assert home[9:12] == [("s", "ja"), ("s", "ja"), ("s", "ja")]


def test_export_is_in_the_ledger_with_its_sha256(folder, tmp_path):
    out = tmp_path / "tall.csv"
    result = _export(folder, out, "--report", "aggregate", "--profile", "rfc4180")
    assert "Registrert i utleveringsloggen" in result.stdout
    lines = run("ledger", "--data-dir", folder).stdout.splitlines()
    header = "id at operator kind what recipient service_user_id file rows bytes sha256"
    assert lines[0].split("\t") == header.split()
    newest = lines[1].split("\t")
    assert newest[-1] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert newest[3] == "csv_samletall" and newest[5] == "Kommunen" and newest[7] == str(out)
    assert int(newest[9]) == out.stat().st_size


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--from", "31.12.2024", "--to", "01.01.2024"), "Fra-datoen (31.12.2024) er etter"),
        (("--from", "01.01.2019", "--to", "31.12.2019"), "Det finnes ingen vedtak"),
        (("--from", "1. januar", "--to", "31.12.2024"), "«1. januar» er ikke en dato"),
    ],
)
def test_bad_input_is_a_plain_message_and_writes_nothing(folder, tmp_path, options, message):
    out = tmp_path / "tall.csv"
    before = run("ledger", "--data-dir", folder).stdout
    result = run("export-csv", "--data-dir", folder, "--report", "aggregate", "--out", out,
                 *options, check=False)  # fmt: skip
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and run("ledger", "--data-dir", folder).stdout == before


def test_a_folder_that_is_a_file_is_a_plain_message(folder, tmp_path):
    stick = tmp_path / "minnepinne"
    stick.write_text("ikke en mappe")
    result = _export(folder, stick / "tall.csv", "--report", "aggregate", check=False)
    assert result.returncode == 1 and "finnes ikke" in result.stderr
