"""The words and rules of the figures for the municipal office: tables, age bands, columns.

docs/csv-export.md explains every table and column; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from .errors import UserError, ValidationFailed

# The tables of the aggregate report, in the order they are written.
USERS = "Tjenestemottakere i perioden"
BY_TYPE_AND_YEAR = "Tjenestemottakere etter tjenestetype og år"
BY_AGE_AND_CATEGORY = "Tjenestemottakere etter alder og kategori"
FOLLOW_UP = "Individuell plan, koordinator og ansvarsgruppe"
HOURS = "Vedtatte timer per uke ved periodens slutt"
CONTACTS = "Kontakter i journalen"
LOW_THRESHOLD = "Lavterskeltilbud uten vedtak"
REQUESTS = "Henvendelser"

ALL = "Alle"
ALL_TYPES = "Alle tjenestetyper"
ALL_AGES = "Alle aldre"
TOTAL = "I alt"
RAPID_HELP_GROUP = "Rask psykisk helsehjelp"
OTHER_SERVICES = "Andre tjenester"
UNKNOWN_AGE = "Ukjent alder"

AGGREGATE_HEADER = ("Fra", "Til", "Tabell", "Gruppe", "Måltall", "Verdi")
PERSON_HEADER = (
    "Pseudonym", "Aldersgruppe", "Kategori", "Tjenestetyper", "Timer per uke",
    "Individuell plan", "Koordinator", "Ansvarsgruppe", "Kontakter i perioden",
)  # fmt: skip
IDENTITY_HEADER = ("Etternavn", "Fornavn", "Fødselsnummer", "Fødselsdato")

# (label, lowest age in the band), youngest first; the age is counted at the period's end.
AGE_BANDS = (
    ("0–17 år", 0),
    ("18–29 år", 18),
    ("30–49 år", 30),
    ("50–66 år", 50),
    ("67 år og eldre", 67),
)


class ReportKind(Enum):
    AGGREGATE = "aggregate"
    PERSONS = "persons"

    @property
    def label(self) -> str:
        return {"aggregate": "Samletall", "persons": "Personliste"}[self.value]


@dataclass(frozen=True)
class Period:
    """From and to, both days included."""

    start: dt.date
    end: dt.date

    @property
    def text(self) -> str:
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    @property
    def day_before(self) -> dt.date:
        return self.start - dt.timedelta(days=1)

    def years(self) -> list[tuple[int, dt.date, dt.date]]:
        """Each calendar year the period touches, clipped to the period."""
        return [
            (year, max(self.start, dt.date(year, 1, 1)), min(self.end, dt.date(year, 12, 31)))
            for year in range(self.start.year, self.end.year + 1)
        ]


def parse_date(text: str) -> dt.date:
    """A date typed as dd.mm.åååå or åååå-mm-dd; UserError in Norwegian otherwise."""
    for form in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise UserError(f"«{text}» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 31.12.2024.")


def checked_period(start: dt.date | None, end: dt.date | None) -> Period:
    """A period the nurse chose; ValidationFailed (in Norwegian) when it makes no sense."""
    errors = {}
    if start is None:
        errors["from"] = "Velg en fra-dato."
    if end is None:
        errors["to"] = "Velg en til-dato."
    if start and end and start > end:
        errors["from"] = (
            f"Fra-datoen ({start:%d.%m.%Y}) er etter til-datoen ({end:%d.%m.%Y}). Bytt om datoene."
        )
    if errors:
        raise ValidationFailed(errors)
    return Period(start, end)  # type: ignore[arg-type]


def years_before(day: dt.date, years: int) -> dt.date:
    """The latest birth date of someone who is `years` old on `day` (29 February allowed)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year - years, day=28)


def age_band_cutoffs(day: dt.date) -> list[tuple[str, dt.date | None]]:
    """(label, latest birth date in the band) oldest first, for a CASE in SQL."""
    bands = [(label, years_before(day, low) if low else None) for label, low in AGE_BANDS]
    return list(reversed(bands))


def age_band(birth_date: dt.date | None, day: dt.date) -> str:
    return age_bands_on(day)(birth_date)


def age_bands_on(day: dt.date) -> Callable[[dt.date | None], str]:
    """The age band of a birth date on `day` (the cut-off dates worked out once)."""
    cutoffs = age_band_cutoffs(day)

    def band(birth_date: dt.date | None) -> str:
        if birth_date is None:
            return UNKNOWN_AGE
        return next(label for label, latest in cutoffs if latest is None or birth_date <= latest)

    return band
