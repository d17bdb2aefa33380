"""The journal extract (journalutdrag): signed entries in a period, oldest first, for the EPJ.

Each entry shows when the help was given, its kind and duration, the text, who wrote it and who
signed it when. Addenda stand under their original, marked "Tillegg (retting)". Drafts are
left out (they are not part of the record yet); the top says how many.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.journal import ADDENDUM_LABEL, JournalEntry, JournalExtract, duration_text
from . import styles as s
from .minutes_pdf import when_text
from .page import CONTENT_WIDTH

EXTRACT_TITLE = "Journalutdrag"
W = CONTENT_WIDTH
ENTRY_HEAD = ParagraphStyle("entry_head", parent=s.BODY, fontName=s.BOLD, spaceBefore=0)
META = ParagraphStyle("meta", parent=s.BODY, fontSize=8.5, leading=11, textColor=s.MUTED)
ADDENDUM_HEAD = ParagraphStyle("addendum_head", parent=s.CELL_HEAD, spaceAfter=2)
ADDENDUM_BODY = ParagraphStyle("addendum_body", parent=s.CELL, spaceAfter=0)
_ADDENDUM_BOX = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), s.FONT),
        ("LINEBEFORE", (0, 0), (0, -1), 2, s.RULE),
        ("BACKGROUND", (0, 0), (-1, -1), s.SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)
_RULE = TableStyle(
    [("FONT", (0, 0), (-1, -1), s.FONT), ("LINEABOVE", (0, 0), (-1, 0), 0.4, s.RULE)]
)


def journal_extract_story(extract: JournalExtract) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(EXTRACT_TITLE, s.TITLE), _facts(extract), Spacer(1, 8)]
    if not extract.entries:
        return [*story, s.para("Ingen signerte journalnotater i perioden.", s.EMPTY)]
    for entry in extract.entries:
        story += entry_flowables(entry)
    return story


def _facts(extract: JournalExtract) -> Flowable:
    born = f", født {s.nb_date(extract.birth_date)}" if extract.birth_date else ""
    rows = [
        ["Tjenestemottaker", f"{extract.person_name}{born}"],
        ["Periode", f"{s.nb_date(extract.first)}–{s.nb_date(extract.last)}"],
        ["Innhold", _contents(extract)],
        ["Utelatt", _left_out(extract.drafts_left_out)],
    ]
    return s.facts(rows, [W * 0.22, W * 0.78])


def _contents(extract: JournalExtract) -> str:
    count = len(extract.entries)
    addenda = sum(len(e.addenda) for e in extract.entries)
    text = f"{count} signert{'e' if count != 1 else ''} journalnotat{'er' if count != 1 else ''}"
    text += ", eldste først"
    return f"{text}; {addenda} med tillegg (retting)." if addenda else f"{text}."


def _left_out(drafts: int) -> str:
    if not drafts:
        return "Ingen usignerte utkast i perioden."
    noun = "usignert utkast er" if drafts == 1 else "usignerte utkast er"
    return f"{drafts} {noun} ikke med. Signer utkastene og skriv ut på nytt for å få dem med."


def entry_flowables(entry: JournalEntry) -> list[Flowable]:
    """One entry: heading, text, signature and its addenda, on one page unless too long."""
    head = [Spacer(1, 4), _rule(), Paragraph(_heading(entry), ENTRY_HEAD)]
    body = [s.para(entry.text), Paragraph(_signature(entry), META)]
    return [KeepTogether([*head, *body, *(_addendum(a) for a in entry.addenda)])]


def _heading(entry: JournalEntry) -> str:
    parts = [when_text(entry.occurred_at), entry.kind.label, duration_text(entry.duration_minutes)]
    return " · ".join(p for p in parts if p)


def _signature(entry: JournalEntry) -> str:
    written = f"Skrevet av {entry.written_by} {_stamp(entry.created_at)}."
    if entry.signed_at is None:
        return f"{written} Ikke signert."
    return f"{written} Signert av {entry.signed_by} {_stamp(entry.signed_at)}."


def _addendum(entry: JournalEntry) -> Flowable:
    """A correction in a shaded box under the original: who corrected it, when, and how."""
    who = f"{ADDENDUM_LABEL}: skrevet og signert av {entry.signed_by} {_stamp(entry.created_at)}"
    cell = [Paragraph(who, ADDENDUM_HEAD), s.para(entry.text, ADDENDUM_BODY)]
    box = Table([[cell]], colWidths=[W - 16], hAlign="RIGHT", spaceBefore=2, spaceAfter=4)
    box.setStyle(_ADDENDUM_BOX)
    return box


def _rule() -> Flowable:
    line = Table([[""]], colWidths=[W], rowHeights=[2], hAlign="LEFT")
    line.setStyle(_RULE)
    return line


def _stamp(moment: dt.datetime) -> str:
    return f"{s.nb_date(moment.date())} kl. {moment:%H.%M}"
