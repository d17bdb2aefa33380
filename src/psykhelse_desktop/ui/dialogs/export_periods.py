"""Quick choices of period for the figures to the municipal office, counted from today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

Period = tuple[dt.date, dt.date]


def last_year(today: dt.date) -> Period:
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


def this_year_so_far(today: dt.date) -> Period:
    return dt.date(today.year, 1, 1), today


def last_month(today: dt.date) -> Period:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(today: dt.date) -> Period:
    first_this = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_this - dt.timedelta(days=1)
    return dt.date(end.year, end.month - 2, 1), end


# (label, how to count it); the first leaves the dates as typed.
QUICK_PERIODS: tuple[tuple[str, Callable[[dt.date], Period] | None], ...] = (
    (QT_TRANSLATE_NOOP("export_periods", "Egne datoer"), None),
    (QT_TRANSLATE_NOOP("export_periods", "I fjor"), last_year),
    (QT_TRANSLATE_NOOP("export_periods", "I år hittil"), this_year_so_far),
    (QT_TRANSLATE_NOOP("export_periods", "Forrige måned"), last_month),
    (QT_TRANSLATE_NOOP("export_periods", "Forrige kvartal"), last_quarter),
)
