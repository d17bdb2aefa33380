"""How a journal entry reads on screen: its row in the list and its full text with addenda."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...domain.journal import ADDENDUM_LABEL, JournalEntry, duration_text
from ..colours import DRAFT, MUTED, NOTICE_BACKGROUND, css
from ..texts import datetime_text, domain_text
from ..widgets.highlight import highlighted_html


def status_text(entry: JournalEntry) -> str:
    return (
        QCoreApplication.translate("journal", "Signert")
        if entry.is_signed
        else QCoreApplication.translate("journal", "Utkast")
    )


def first_line(text: str) -> str:
    """The first line with words in it, for the list."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def entry_row(entry: JournalEntry) -> tuple[str, ...]:
    """Tidspunkt, Type, Varighet, Status, Tillegg, Notat."""
    addenda = str(len(entry.addenda)) if entry.addenda else ""
    return (
        datetime_text(entry.occurred_at),
        domain_text(entry.kind.label),
        duration_text(entry.duration_minutes),
        status_text(entry),
        addenda,
        first_line(entry.text),
    )


def entry_html(entry: JournalEntry, marked: list[str] | None = None) -> str:
    """The whole entry: what, when, who wrote and signed it, the text, then every addendum;
    the `marked` search words highlighted in the texts."""
    marked = marked or []
    title = " · ".join(
        part
        for part in (
            domain_text(entry.kind.label),
            datetime_text(entry.occurred_at),
            duration_text(entry.duration_minutes),
        )
        if part
    )
    parts = [f"<h3>{html.escape(title)}</h3>", _written_line(entry), _body(entry.text, marked)]
    parts += [_addendum_html(addendum, marked) for addendum in entry.addenda]
    return "\n".join(parts)


def _written_line(entry: JournalEntry) -> str:
    written = QCoreApplication.translate("journal", "Skrevet av %1 %2.")
    written = written.replace("%1", entry.written_by).replace("%2", datetime_text(entry.created_at))
    if entry.signed_at is None:
        draft = QCoreApplication.translate("journal", "Utkast, ikke signert.")
        return (
            f'<p><b style="color:{css(DRAFT)}">{html.escape(draft)}</b> '
            f'<span style="color:{css(MUTED)}">{html.escape(written)}</span></p>'
        )
    signed = QCoreApplication.translate("journal", "Signert av %1 %2.")
    signed = signed.replace("%1", entry.signed_by).replace("%2", datetime_text(entry.signed_at))
    return f'<p style="color:{css(MUTED)}">{html.escape(written)} {html.escape(signed)}</p>'


def _body(text: str, marked: list[str]) -> str:
    return f'<p style="white-space: pre-wrap;">{highlighted_html(text, marked)}</p>'


def _addendum_html(addendum: JournalEntry, marked: list[str]) -> str:
    label = domain_text(ADDENDUM_LABEL)
    who = QCoreApplication.translate("journal", "skrevet og signert av %1 %2")
    who = who.replace("%1", addendum.written_by).replace(
        "%2", datetime_text(addendum.signed_at or addendum.created_at)
    )
    return (
        f'<table width="100%" cellpadding="8" style="background:{css(NOTICE_BACKGROUND)};'
        f' margin-top: 10px;"><tr><td>'
        f"<p><b>{html.escape(label)}</b> – {html.escape(who)}</p>"
        f"{_body(addendum.text, marked)}</td></tr></table>"
    )
