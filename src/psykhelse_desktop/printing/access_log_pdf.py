"""«Hvem har sett journalen»: every opening, change, print and export of one person's record."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.access import ACCESS_LOG_TITLE, LEGAL_BASIS, AccessKind, AccessLog
from . import styles as s
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH - 12
DETAILS_SHOWN = 400  # characters of a row's details; a saved plan lists up to 20 changes
EXPLANATION = (
    "Listen viser hver gang journalen er åpnet eller lest, endret, skrevet ut eller utlevert "
    "som fil, med hvem som gjorde det og når (norsk tid). Lister over mange personer (for "
    "eksempel søk) er logget uten navn og står ikke her."
)


def access_log_story(log: AccessLog, printed_by: str) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(ACCESS_LOG_TITLE, s.TITLE), s.para(LEGAL_BASIS)]
    story += [_facts(log, printed_by), Spacer(1, 6), s.para(EXPLANATION)]
    return story + access_table(log)


def access_table(log: AccessLog) -> list[Flowable]:
    """The rows, oldest first: when, who, what kind, what and the details."""
    if not log.entries:
        return [s.para("Ingen oppføringer.", s.EMPTY)]
    rows = [[_stamp(e.at), e.operator, e.kind.label, _what(e.what, e.details)] for e in log.entries]
    widths = [W * 0.23, W * 0.18, W * 0.13, W * 0.46]
    return [s.table(["Tidspunkt", "Hvem", "Type", "Hva"], rows, widths)]


def _facts(log: AccessLog, printed_by: str) -> Flowable:
    born = f", født {s.nb_date(log.birth_date)}" if log.birth_date else ""
    rows = [
        ["Tjenestemottaker", f"{log.person_name}{born}"],
        ["Oppføringer", _counts(log)],
        ["Skrevet ut av", printed_by],
    ]
    return s.facts(rows, [W * 0.22, W * 0.78])


def _counts(log: AccessLog) -> str:
    counts = log.counts()
    first = log.entries[0].at if log.entries else None
    since = f" siden {s.nb_date(first.date())}" if first else ""
    parts = [f"{counts[kind]} {kind.label.lower()}" for kind in AccessKind]
    return f"{len(log.entries)} i alt{since}: " + ", ".join(parts) + "."


def _what(what: str, details: str) -> str:
    details = details.strip()
    if len(details) > DETAILS_SHOWN:
        details = details[:DETAILS_SHOWN].rstrip() + " …"
    return f"{what}\n{details}" if details else what


def _stamp(at: dt.datetime) -> str:
    return f"{s.nb_date(at.date())} kl. {at:%H.%M}"
