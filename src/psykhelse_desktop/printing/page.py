"""The page template every document shares: header, confidentiality line, "Side x av y", UTKAST."""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..domain.errors import UserError
from ..domain.plan_vocabulary import CONFIDENTIAL, DRAFT_MARK
from . import styles as s

PAGE_WIDTH, PAGE_HEIGHT = A4
CANNOT_WRITE = (
    "Kunne ikke skrive PDF-filen i {folder}. Sjekk at mappen finnes, at du har skrivetilgang "
    "og at disken ikke er full, og prøv igjen (eller velg en annen mappe)."
)
CONTENT_WIDTH = PAGE_WIDTH - 2 * s.MARGIN
LOGO_HEIGHT = 26  # points: two header lines


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page say."""

    title: str
    municipality: str
    person_name: str
    birth_date: dt.date | None
    revision: int
    printed_on: dt.date
    draft: bool
    revision_label: str = "Revisjon"
    logo: bytes | None = None


def write_pdf(target: Path, info: PageInfo, story: list[Flowable]) -> Path:
    """Lay out the story on A4 pages and write it to `target` through a temporary file beside it.

    The temporary file lives in the target's folder and is removed if anything fails, so no
    personal data is left in a shared temporary folder.
    """
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".utskrift-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise UserError(CANNOT_WRITE.format(folder=target.parent)) from exc
    os.close(handle)
    try:
        _document(Path(temp_name), info).build(story, canvasmaker=_canvas_maker(info))
        os.replace(temp_name, target)
    except OSError as exc:
        raise UserError(CANNOT_WRITE.format(folder=target.parent)) from exc
    finally:
        Path(temp_name).unlink(missing_ok=True)
    return target


def _document(path: Path, info: PageInfo) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=s.MARGIN,
        rightMargin=s.MARGIN,
        topMargin=s.TOP_MARGIN,
        bottomMargin=s.BOTTOM_MARGIN,
        title=info.title,
        author=info.municipality,
        subject=CONFIDENTIAL,
    )


def _canvas_maker(info: PageInfo) -> type[Canvas]:
    class PagedCanvas(Canvas):
        """Holds every page back until the end, so each can say how many pages there are."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate_page(self, info, number, len(self._pages))
                super().showPage()
            super().save()

    return PagedCanvas


def decorate_page(canvas: Canvas, info: PageInfo, number: int, total: int) -> None:
    canvas.saveState()
    _header(canvas, info)
    _footer(canvas, info, number, total)
    if info.draft:
        _draft_mark(canvas)
    canvas.restoreState()


def _header(canvas: Canvas, info: PageInfo) -> None:
    right = PAGE_WIDTH - s.MARGIN
    top = PAGE_HEIGHT - 12 * s.mm
    left = s.MARGIN + (_logo(canvas, info.logo, top) if info.logo else 0)
    canvas.setFillColor(s.INK)
    canvas.setFont(s.BOLD, 10)
    canvas.drawString(left, top, info.municipality)
    canvas.setFont(s.FONT, 7.5)
    canvas.drawRightString(right, top, CONFIDENTIAL)
    canvas.setFont(s.FONT, 9)
    born = f", født {s.nb_date(info.birth_date)}" if info.birth_date else ""
    named = f": {info.person_name}{born}" if info.person_name else ""
    canvas.drawString(left, top - 13, f"{info.title}{named}")
    revision = f"{info.revision_label} {info.revision}, " if info.revision else ""
    canvas.drawRightString(right, top - 13, f"{revision}skrevet ut {s.nb_date(info.printed_on)}")
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.6)
    canvas.line(s.MARGIN, top - 19, right, top - 19)


def _logo(canvas: Canvas, logo: bytes, top: float) -> float:
    """Draw the logo at the left of the header; returns the width it takes, with a gap."""
    image = ImageReader(io.BytesIO(logo))
    width, height = image.getSize()
    shown_height = LOGO_HEIGHT
    shown_width = min(shown_height * width / height, 3 * LOGO_HEIGHT)
    canvas.drawImage(
        image, s.MARGIN, top - 16, shown_width, shown_height,
        preserveAspectRatio=True, anchor="sw", mask="auto",
    )  # fmt: skip
    return shown_width + 8


def _footer(canvas: Canvas, info: PageInfo, number: int, total: int) -> None:
    bottom = 10 * s.mm
    canvas.setStrokeColor(s.RULE)
    canvas.line(s.MARGIN, bottom + 10, PAGE_WIDTH - s.MARGIN, bottom + 10)
    canvas.setFont(s.FONT, 8)
    canvas.setFillColor(s.MUTED)
    canvas.drawString(s.MARGIN, bottom, "Unntatt offentlighet")
    canvas.drawRightString(PAGE_WIDTH - s.MARGIN, bottom, f"Side {number} av {total}")
    if info.draft:
        canvas.setFillColor(s.colors.HexColor("#b01c1c"))
        canvas.setFont(s.BOLD, 9)
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, f"{DRAFT_MARK}: ikke godkjent")


def _draft_mark(canvas: Canvas) -> None:
    canvas.setFillColor(s.DRAFT_INK)
    canvas.setFont(s.BOLD, 110)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, -35, DRAFT_MARK)
