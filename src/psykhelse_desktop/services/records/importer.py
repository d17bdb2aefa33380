"""Import service users from the spreadsheet many nurses keep today (CSV, Excel-norsk or plain).

Every row is checked once, by the same rules as the form (`checked_service_user`: the national
ID is parsed once), and the valid rows are written in one transaction with one statement, each
with its audit event: all of them, or none. The file itself is read by `spreadsheet.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ...domain.errors import UserError
from ...domain.records import ServiceUserForm
from ...domain.validation import checked_service_user
from ...storage import models as m
from ..clock import oslo_today
from ..database import Database
from . import service_users
from .spreadsheet import read_bytes, read_sheet

# Folded header name -> form field. Headers are matched without case, spaces or æøå.
COLUMNS = {
    "fornavn": "first_name",
    "etternavn": "last_name",
    "fodselsnummer": "national_id",
    "fnr": "national_id",
    "fodselsdato": "birth_date",
    "telefon": "phone",
    "mobil": "phone",
    "telefon2": "phone_alt",
    "adresse": "address",
    "postnummer": "postal_code",
    "postnr": "postal_code",
    "poststed": "postal_place",
    "epost": "email",
}
REQUIRED = ("first_name", "last_name")
DUPLICATE = "Fødselsnummeret finnes allerede (i databasen eller tidligere i filen)."


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    message: str


@dataclass
class ImportReport:
    total_rows: int = 0
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    written: bool = False
    encoding: str = ""  # which encoding the file was read with, in words

    @property
    def valid_rows(self) -> int:
        return self.total_rows - len({p.row_number for p in self.problems})


def import_users(
    db: Database, path: Path, *, dry_run: bool = False, skip_invalid: bool = False
) -> ImportReport:
    """Check every row once; write all valid rows in one transaction, or nothing at all.

    Without skip_invalid a single invalid row means nothing is written.
    """
    encoding, rows = read_rows(path)
    report = ImportReport(total_rows=len(rows), encoding=encoding)
    forms = _valid_forms(db, rows, report)
    if dry_run or not forms or (report.problems and not skip_invalid):
        return report
    service_users.insert_checked(db, forms, action="import")
    report.imported, report.written = len(forms), True
    return report


def read_rows(path: Path) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    """The encoding used, and (spreadsheet row number, field -> text) for each data row."""
    path = Path(path)
    sheet = read_sheet(read_bytes(path))
    if not sheet.header:
        raise UserError(f"Filen {path.name} er tom. Velg regnearket med tjenestemottakerne.")
    fields = [COLUMNS.get(_fold_header(name)) for name in sheet.header]
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise UserError(
            f"Filen {path.name} mangler kolonnene {', '.join(_header_for(f) for f in missing)}. "
            "Første rad må være overskrifter, for eksempel: fornavn;etternavn;fødselsnummer"
        )
    rows = []
    for number, cells in sheet.rows:
        values = {f: c.strip() for f, c in zip(fields, cells, strict=False) if f}
        if any(values.values()):
            rows.append((number, values))
    return sheet.encoding, rows


def _fold_header(name: str) -> str:
    name = name.strip().casefold()
    for old, new in (("ø", "o"), ("æ", "ae"), ("å", "a"), ("-", ""), ("_", ""), (" ", "")):
        name = name.replace(old, new)
    return name


def _header_for(field_name: str) -> str:
    return next(k for k, v in COLUMNS.items() if v == field_name)


def _valid_forms(
    db: Database, rows: list[tuple[int, dict[str, str]]], report: ImportReport
) -> list[ServiceUserForm]:
    known_ids, today = _existing_national_ids(db), oslo_today()
    forms = []
    for number, values in rows:
        form, problem = _form_from_row(values)
        form, errors = checked_service_user(form, allow_synthetic=db.is_demo, today=today)
        problems = [problem, *errors.values()] if problem else list(errors.values())
        if form.national_id and "national_id" not in errors:
            if form.national_id in known_ids:
                problems.append(DUPLICATE)
            known_ids.add(form.national_id)
        report.problems += [RowProblem(number, text) for text in problems]
        if not problems:
            forms.append(form)
    return forms


def _form_from_row(values: dict[str, str]) -> tuple[ServiceUserForm, str | None]:
    national_id = values.get("national_id", "").replace(" ", "").replace(".", "")
    if len(national_id) == 10 and national_id.isdigit():
        national_id = "0" + national_id  # a spreadsheet dropped the leading zero
    postal_code = values.get("postal_code", "")
    if len(postal_code) == 3 and postal_code.isdigit():
        postal_code = "0" + postal_code
    birth_date, problem = _parse_date(values.get("birth_date", ""))
    form = ServiceUserForm(
        first_name=values.get("first_name", ""),
        last_name=values.get("last_name", ""),
        national_id=national_id,
        birth_date=birth_date,
        address=values.get("address", ""),
        postal_code=postal_code,
        postal_place=values.get("postal_place", ""),
        phone=values.get("phone", ""),
        phone_alt=values.get("phone_alt", ""),
        email=values.get("email", ""),
    )
    return form, problem


def _parse_date(text: str) -> tuple[dt.date | None, str | None]:
    if not text:
        return None, None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date(), None
        except ValueError:
            continue
    return None, f"Fødselsdatoen «{text}» må skrives som dd.mm.åååå."


def _existing_national_ids(db: Database) -> set[str]:
    with db.transaction() as session:
        statement = select(m.ServiceUser.national_id).where(m.ServiceUser.national_id.is_not(None))
        return set(session.scalars(statement))
