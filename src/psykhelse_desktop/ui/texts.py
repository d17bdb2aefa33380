"""Formatting of plain values for display: dates, ID numbers, yes/no, domain messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..domain.national_id import compact, format_national_id


def domain_text(message: str) -> str:
    """A Norwegian message from the core, passed through translation as it is."""
    return QCoreApplication.translate("domain", message)


def date_text(value: dt.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    return f"{value:%d.%m.%Y %H:%M}" if value else ""


def national_id_text(number: str | None) -> str:
    """An 11-digit number shown as 'ddmmyy nnnnn'."""
    digits = compact(number or "")
    return format_national_id(digits) if len(digits) == 11 else digits


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("texts", "Ja")
    return QCoreApplication.translate("texts", "Nei")
