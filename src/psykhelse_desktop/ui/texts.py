"""Formatting of plain values for display: dates, ID numbers, yes/no, domain messages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


WEEKDAYS = (
    QT_TRANSLATE_NOOP("texts", "mandag"),
    QT_TRANSLATE_NOOP("texts", "tirsdag"),
    QT_TRANSLATE_NOOP("texts", "onsdag"),
    QT_TRANSLATE_NOOP("texts", "torsdag"),
    QT_TRANSLATE_NOOP("texts", "fredag"),
    QT_TRANSLATE_NOOP("texts", "lørdag"),
    QT_TRANSLATE_NOOP("texts", "søndag"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("texts", "januar"),
    QT_TRANSLATE_NOOP("texts", "februar"),
    QT_TRANSLATE_NOOP("texts", "mars"),
    QT_TRANSLATE_NOOP("texts", "april"),
    QT_TRANSLATE_NOOP("texts", "mai"),
    QT_TRANSLATE_NOOP("texts", "juni"),
    QT_TRANSLATE_NOOP("texts", "juli"),
    QT_TRANSLATE_NOOP("texts", "august"),
    QT_TRANSLATE_NOOP("texts", "september"),
    QT_TRANSLATE_NOOP("texts", "oktober"),
    QT_TRANSLATE_NOOP("texts", "november"),
    QT_TRANSLATE_NOOP("texts", "desember"),
)


def weekday_text(value: dt.date) -> str:
    """The weekday's name in the window's language: 'mandag'."""
    return QCoreApplication.translate("texts", WEEKDAYS[value.weekday()])


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
