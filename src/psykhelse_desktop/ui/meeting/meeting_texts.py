"""How the meeting screens write times, places and action items in Norwegian."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain.groups import ActionItem
from ..texts import date_text, weekday_text


def when_text(start: dt.datetime, minutes: int = 0) -> str:
    """«tirsdag 24.11.2026 kl. 13.30–15.00» (the end only when the length is known)."""
    text = QCoreApplication.translate("meeting_texts", "%1 %2 kl. %3")
    for key, value in (("%1", weekday_text(start)), ("%2", date_text(start.date())),
                       ("%3", f"{start:%H.%M}")):  # fmt: skip
        text = text.replace(key, value)
    if minutes:
        text += f"–{start + dt.timedelta(minutes=minutes):%H.%M}"
    return text


def place_text(place: str, video_link: str) -> str:
    if place and video_link:
        return (
            QCoreApplication.translate("meeting_texts", "%1 (video: %2)")
            .replace("%1", place)
            .replace("%2", video_link)
        )
    return place or QCoreApplication.translate("meeting_texts", "Videomøte: %1").replace(
        "%1", video_link
    )


def action_text(item: ActionItem, today: dt.date) -> str:
    """«Søke om rådgivning – Bjørn Åsheim – frist 07.12.2026 (forfalt)»."""
    text = QCoreApplication.translate("meeting_texts", "%1 – %2 – frist %3")
    for key, value in (("%1", item.what), ("%2", item.owner), ("%3", date_text(item.due_on))):
        text = text.replace(key, value)
    if item.closed_on is not None:
        return text + QCoreApplication.translate("meeting_texts", " (gjort %1)").replace(
            "%1", date_text(item.closed_on)
        )
    if item.is_overdue(today):
        return text + QCoreApplication.translate("meeting_texts", " (forfalt)")
    return text
