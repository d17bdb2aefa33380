"""Formatting of plain values for display: dates, ID numbers, yes/no, domain messages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from ..domain.national_id import compact, format_national_id


def domain_text(message: str) -> str:
    """A Norwegian message from the core, passed through translation as it is."""
    return QCoreApplication.translate("domain", message)


def fill(text: str, *values: object) -> str:
    """Put values into a translated text's %1, %2, ... (in one pass: a value is never read)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]), text)


def date_text(value: dt.date | None) -> str:
    # Not strftime: it imports a module on every call, slow in a list of hundreds of dates.
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    return f"{value:%d.%m.%Y %H:%M}" if value else ""


WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


def long_date_text(value: dt.date) -> str:
    """A date written out in Norwegian: 'mandag 23. november 2026'."""
    weekday = QCoreApplication.translate("texts", WEEKDAYS[value.weekday()])
    month = QCoreApplication.translate("texts", MONTHS[value.month - 1])
    return f"{weekday} {value.day}. {month} {value.year}"


def national_id_text(number: str | None) -> str:
    """An 11-digit number shown as 'ddmmyy nnnnn'."""
    digits = compact(number or "")
    return format_national_id(digits) if len(digits) == 11 else digits


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("texts", "Ja")
    return QCoreApplication.translate("texts", "Nei")
