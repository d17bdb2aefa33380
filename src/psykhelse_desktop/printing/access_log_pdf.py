"""«Hvem har sett journalen»: every opening, change, print and export of one person's record."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.access import ACCESS_LOG_TITLE, LEGAL_BASIS, AccessKind, AccessLog
from . import styles as s
from .language import tr, tr_domain
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH  # the frame's padding is already left out
DETAILS_SHOWN = 400  # characters of a row's details; a saved plan lists up to 20 changes
EXPLANATION = (
    "Listen viser hver gang journalen er åpnet eller lest, endret, skrevet ut eller utlevert "
    "som fil, med hvem som gjorde det og når (norsk tid). Lister over mange personer (for "
    "eksempel søk) er logget uten navn og står ikke her."
)


def access_log_story(log: AccessLog, printed_by: str) -> list[Flowable]:
    title = Paragraph(tr_domain(ACCESS_LOG_TITLE), s.TITLE)
    story: list[Flowable] = [title, s.para(tr_domain(LEGAL_BASIS))]
    story += [_facts(log, printed_by), Spacer(1, 6), s.para(tr("access_log_pdf", EXPLANATION))]
    return story + access_table(log)


def access_table(log: AccessLog) -> list[Flowable]:
    """The rows, oldest first: when, who, what kind, what and the details."""
    if not log.entries:
        return [s.para(tr("access_log_pdf", "Ingen oppføringer."), s.EMPTY)]
    rows = [
        [_stamp(e.at), e.operator, tr_domain(e.kind.label), _what(tr_domain(e.what), e.details)]
        for e in log.entries
    ]
    widths = [W * 0.23, W * 0.18, W * 0.13, W * 0.46]
    header = [tr("access_log_pdf", "Tidspunkt"), tr("access_log_pdf", "Hvem"),
              tr("access_log_pdf", "Type"), tr("access_log_pdf", "Hva")]  # fmt: skip
    return [s.table(header, rows, widths)]


def _facts(log: AccessLog, printed_by: str) -> Flowable:
    born = tr("access_log_pdf", ", født %1", s.nb_date(log.birth_date)) if log.birth_date else ""
    rows = [
        [tr("access_log_pdf", "Tjenestemottaker"), f"{log.person_name}{born}"],
        [tr("access_log_pdf", "Oppføringer"), _counts(log)],
        [tr("access_log_pdf", "Skrevet ut av"), printed_by],
    ]
    return s.facts(rows, [W * 0.22, W * 0.78])


def _counts(log: AccessLog) -> str:
    counts = log.counts()
    first = log.entries[0].at if log.entries else None
    since = tr("access_log_pdf", " siden %1", s.nb_date(first.date())) if first else ""
    parts = [f"{counts[kind]} {tr_domain(kind.label).lower()}" for kind in AccessKind]
    return tr("access_log_pdf", "%1 i alt%2: %3.", len(log.entries), since, ", ".join(parts))


def _what(what: str, details: str) -> str:
    details = details.strip()
    if len(details) > DETAILS_SHOWN:
        details = details[:DETAILS_SHOWN].rstrip() + " …"
    return f"{what}\n{details}" if details else what


def _stamp(at: dt.datetime) -> str:
    return tr("access_log_pdf", "%1 kl. %2", s.nb_date(at.date()), f"{at:%H.%M}")
