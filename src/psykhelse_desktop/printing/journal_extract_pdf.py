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
from .language import tr, tr_domain
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


def extract_title() -> str:
    return tr("journal_extract_pdf", EXTRACT_TITLE)


def journal_extract_story(extract: JournalExtract) -> list[Flowable]:
    title = Paragraph(extract_title(), s.TITLE)
    story: list[Flowable] = [title, _facts(extract), Spacer(1, 8)]
    if not extract.entries:
        none = tr("journal_extract_pdf", "Ingen signerte journalnotater i perioden.")
        return [*story, s.para(none, s.EMPTY)]
    for entry in extract.entries:
        story += entry_flowables(entry)
    return story


def _facts(extract: JournalExtract) -> Flowable:
    born = (
        tr("journal_extract_pdf", ", født %1", s.nb_date(extract.birth_date))
        if extract.birth_date
        else ""
    )
    rows = [
        [tr("journal_extract_pdf", "Tjenestemottaker"), f"{extract.person_name}{born}"],
        [tr("journal_extract_pdf", "Periode"),
         f"{s.nb_date(extract.first)}–{s.nb_date(extract.last)}"],
        [tr("journal_extract_pdf", "Innhold"), _contents(extract)],
        [tr("journal_extract_pdf", "Utelatt"), _left_out(extract.drafts_left_out)],
    ]  # fmt: skip
    return s.facts(rows, [W * 0.22, W * 0.78])


def _contents(extract: JournalExtract) -> str:
    count = len(extract.entries)
    addenda = sum(len(e.addenda) for e in extract.entries)
    text = (
        tr("journal_extract_pdf", "%1 signert journalnotat, eldste først", count)
        if count == 1
        else tr("journal_extract_pdf", "%1 signerte journalnotater, eldste først", count)
    )
    if addenda:
        return tr("journal_extract_pdf", "%1; %2 med tillegg (retting).", text, addenda)
    return f"{text}."


def _left_out(drafts: int) -> str:
    if not drafts:
        return tr("journal_extract_pdf", "Ingen usignerte utkast i perioden.")
    if drafts == 1:
        return tr(
            "journal_extract_pdf",
            "1 usignert utkast er ikke med. Signer utkastet og skriv ut på nytt for å få det med.",
        )
    return tr(
        "journal_extract_pdf",
        "%1 usignerte utkast er ikke med. Signer utkastene og skriv ut på nytt for å få dem med.",
        drafts,
    )


def entry_flowables(entry: JournalEntry) -> list[Flowable]:
    """One entry: heading, text, signature and its addenda, on one page unless too long."""
    head = [Spacer(1, 4), _rule(), Paragraph(_heading(entry), ENTRY_HEAD)]
    body = [s.para(entry.text), Paragraph(_signature(entry), META)]
    return [KeepTogether([*head, *body, *(_addendum(a) for a in entry.addenda)])]


def _heading(entry: JournalEntry) -> str:
    parts = [
        when_text(entry.occurred_at),
        tr_domain(entry.kind.label),
        duration_text(entry.duration_minutes),
    ]
    return " · ".join(p for p in parts if p)


def _signature(entry: JournalEntry) -> str:
    written = tr("journal_extract_pdf", "Skrevet av %1 %2.", entry.written_by,
                 _stamp(entry.created_at))  # fmt: skip
    if entry.signed_at is None:
        return tr("journal_extract_pdf", "%1 Ikke signert.", written)
    return tr("journal_extract_pdf", "%1 Signert av %2 %3.", written, entry.signed_by,
              _stamp(entry.signed_at))  # fmt: skip


def _addendum(entry: JournalEntry) -> Flowable:
    """A correction in a shaded box under the original: who corrected it, when, and how."""
    who = tr("journal_extract_pdf", "%1: skrevet og signert av %2 %3", tr_domain(ADDENDUM_LABEL),
             entry.signed_by, _stamp(entry.created_at))  # fmt: skip
    cell = [Paragraph(who, ADDENDUM_HEAD), s.para(entry.text, ADDENDUM_BODY)]
    box = Table([[cell]], colWidths=[W - 16], hAlign="RIGHT", spaceBefore=2, spaceAfter=4)
    box.setStyle(_ADDENDUM_BOX)
    return box


def _rule() -> Flowable:
    line = Table([[""]], colWidths=[W], rowHeights=[2], hAlign="LEFT")
    line.setStyle(_RULE)
    return line


def _stamp(moment: dt.datetime) -> str:
    return tr("journal_extract_pdf", "%1 kl. %2", s.nb_date(moment.date()), f"{moment:%H.%M}")
