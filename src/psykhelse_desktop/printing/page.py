"""The page template every document shares: header, confidentiality line, "Side x av y", UTKAST."""

from __future__ import annotations

import datetime as dt
import functools
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
from ..resources import font_files, resources_folder
from . import styles as s
from .language import current_words, tr, tr_domain

PAGE_WIDTH, PAGE_HEIGHT = A4
CANCELLED_MARK = "AVLYST"
CANNOT_WRITE = (
    "Kunne ikke skrive PDF-filen i {folder}. Sjekk at mappen finnes, at du har skrivetilgang "
    "og at disken ikke er full, og prøv igjen (eller velg en annen mappe)."
)
FRAME_PADDING = s.FRAME_PADDING
CONTENT_WIDTH = s.CONTENT_WIDTH
LOGO_HEIGHT = 26  # points: two header lines
HEADER_GAP = 12  # points between a header's left and right boxes


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
    author: str = ""
    cancelled: bool = False


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
        title=f"{info.title}: {info.person_name}" if info.person_name else info.title,
        author=info.author or info.municipality,
        subject=f"{info.title}. {tr_domain(CONFIDENTIAL)}",
        creator="Psykhelse Desktop",
        lang=current_words().language,
    )


def _canvas_maker(info: PageInfo) -> type[Canvas]:
    class PagedCanvas(Canvas):
        """Holds every page back until the end, so each can say how many pages there are."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            # Otherwise every page names the standard Helvetica, which is never embedded.
            super().__init__(*args, **{**kwargs, "initialFontName": s.FONT})
            self._pages: list[dict] = []
            self.starts_document = False

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self.starts_document = False
            self._startPage()

        def save(self) -> None:
            starts = [state["starts_document"] for state in self._pages]
            for state, (number, total) in zip(self._pages, page_numbers(starts), strict=True):
                self.__dict__.update(state)
                decorate_page(self, info, number, total)
                super().showPage()
            super().save()

    return PagedCanvas


class NewDocument(Flowable):
    """Marks the page it lands on as the first of a new letter: its pages count on their own
    ("Side 1 av 2" on each letter, not "Side 3 of 8" across the recipients)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.starts_document = True


def page_numbers(starts: list[bool]) -> list[tuple[int, int]]:
    """(number, total) for each page, counted within each run that starts at a True."""
    runs: list[int] = []
    for index, start in enumerate(starts):
        if start or index == 0:
            runs.append(0)
        runs[-1] += 1
    return [(number, total) for total in runs for number in range(1, total + 1)]


def decorate_page(canvas: Canvas, info: PageInfo, number: int, total: int) -> None:
    canvas.saveState()
    _header(canvas, info)
    _footer(canvas, info, number, total)
    if info.draft or info.cancelled:
        _watermark(canvas, CANCELLED_MARK if info.cancelled else DRAFT_MARK)
    canvas.restoreState()


def _header(canvas: Canvas, info: PageInfo) -> None:
    """Two rows, each a left box and a right box that never overlap: a long municipality or
    person name wraps onto a second line inside its box and is shortened with "…" after that."""
    top = PAGE_HEIGHT - 12 * s.mm
    left = s.MARGIN + (_logo(canvas, info.logo, top) if info.logo else 0)
    canvas.setFillColor(s.INK)
    confidential = (tr_domain(CONFIDENTIAL), s.FONT, 7.5)
    first = _row(canvas, left, top, (info.municipality, s.BOLD, 10), confidential)
    born = tr("page", ", født %1", s.nb_date(info.birth_date)) if info.birth_date else ""
    label = tr("page", "Versjon") if info.revision_label == "Versjon" else tr("page", "Revisjon")
    revision = tr("page", "%1 %2, ", label, info.revision) if info.revision else ""
    who = f"{info.title}: {info.person_name}{born}" if info.person_name else info.title
    printed = revision + tr("page", "skrevet ut %1", s.nb_date(info.printed_on))
    bottom = _row(canvas, left, top - first - 2, (who, s.FONT, 9), (printed, s.FONT, 9))
    rule = top - first - 2 - bottom + 4
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.6)
    canvas.line(s.MARGIN, rule, PAGE_WIDTH - s.MARGIN, rule)


Text = tuple[str, str, float]


def _row(canvas: Canvas, left: float, top: float, start: Text, end: Text) -> float:
    """Draw `start` in a box from `left` and `end` right-aligned; returns the height used."""
    right = PAGE_WIDTH - s.MARGIN
    room = right - left
    end_lines = s.fit_lines(end[0], end[1], end[2], room * 0.45)
    end_width = max(s.text_width(line, end[1], end[2]) for line in end_lines)
    start_lines = s.fit_lines(start[0], start[1], start[2], room - end_width - HEADER_GAP)
    used = 0.0
    for lines, (_, font, size), draw in (
        (start_lines, start, lambda y, t: canvas.drawString(left, y, t)),
        (end_lines, end, lambda y, t: canvas.drawRightString(right, y, t)),
    ):
        canvas.setFont(font, size)
        for number, line in enumerate(lines):
            draw(top - number * (size + 1.5), line)
        used = max(used, len(lines) * (size + 1.5))
    return used


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
    canvas.drawString(s.MARGIN, bottom, tr("page", "Unntatt offentlighet"))
    page = tr("page", "Side %1 av %2", number, total)
    canvas.drawRightString(PAGE_WIDTH - s.MARGIN, bottom, page)
    mark = _footer_mark(info)
    if mark:
        canvas.setFillColor(s.colors.HexColor("#b01c1c"))
        canvas.setFont(s.BOLD, 9)
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, mark)


def _footer_mark(info: PageInfo) -> str:
    if info.cancelled:
        return tr("page", "%1: møtet blir ikke holdt", CANCELLED_MARK)
    return tr("page", "%1: ikke godkjent", DRAFT_MARK) if info.draft else ""


def _watermark(canvas: Canvas, word: str) -> None:
    """The big slanted word, drawn as a picture: as text its letters would scatter into the
    text layer (a reader copying a sentence would get "U", "T", "K"... in the middle of it)."""
    name = f"watermark-{word}"
    if not canvas.hasForm(name):  # the picture is stored once and shown on every page
        canvas.beginForm(name)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        image = _watermark_image(word)
        width = 110 * 0.62 * len(word)
        height = width * image.getSize()[1] / image.getSize()[0]
        canvas.drawImage(image, -width / 2, -height / 2, width, height, mask="auto")
        canvas.endForm()
    canvas.doForm(name)


@functools.cache
def _watermark_image(word: str) -> ImageReader:
    """The shipped picture (the frozen bundle has no FreeType to draw text into an image)."""
    path = watermark_path(word)
    return ImageReader(str(path) if path.is_file() else render_watermark(word))


def watermark_path(word: str) -> Path:
    return resources_folder() / "images" / f"watermark-{word.lower()}.png"


def render_watermark(word: str):  # noqa: ANN201 (a PIL image; PIL loads only here)
    """`word` in the bold font, in the watermark's red, on a transparent background."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_files()["bold"]), 200)
    left, top, right, bottom = font.getbbox(word)
    image = Image.new("RGBA", (right - left + 20, bottom - top + 20), (0, 0, 0, 0))
    red, green, blue, alpha = (int(c * 255) for c in s.DRAFT_INK.rgba())
    ImageDraw.Draw(image).text(
        (10 - left, 10 - top), word, font=font, fill=(red, green, blue, alpha)
    )
    return image
