"""The one stylesheet of every printed document: fonts, sizes, colours and text helpers."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..resources import font_files
from .language import tr

# One embedded Unicode family (subset into each PDF): Sámi č đ ŋ š ŧ ž and Polish ł ś print
# letter for letter, where the standard Helvetica (WinAnsi, not embedded) printed black boxes.
FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8edf2")
DRAFT_INK = colors.Color(0.75, 0.1, 0.1, alpha=0.18)


def _register_fonts() -> None:
    files = font_files()
    names = {"regular": FONT, "bold": BOLD, "italic": ITALIC, "bold_italic": BOLD_ITALIC}
    for style, name in names.items():
        pdfmetrics.registerFont(TTFont(name, str(files[style])))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


_register_fonts()
MARGIN = 18 * mm
TOP_MARGIN = 30 * mm
BOTTOM_MARGIN = 18 * mm
# The frame reportlab lays the story into pads 6 pt on each side; the text column is narrower.
FRAME_PADDING = 6
CONTENT_WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING

BODY = ParagraphStyle(
    "body",
    fontName=FONT,
    bulletFontName=FONT,
    fontSize=10,
    leading=13.5,
    textColor=INK,
    spaceAfter=4,
)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName=BOLD)
LABEL = ParagraphStyle("label", parent=BODY, fontName=BOLD, spaceAfter=1, spaceBefore=3)
EMPTY = ParagraphStyle("empty", parent=BODY, fontName=ITALIC, textColor=MUTED)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=18, leading=22, spaceAfter=6)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4
)
SUBHEADING = ParagraphStyle("subheading", parent=HEADING, fontSize=10.5, spaceBefore=6)
ALERT = ParagraphStyle(
    "alert",
    parent=BODY,
    fontName=BOLD,
    fontSize=12,
    leading=15,
    textColor=colors.HexColor("#b01c1c"),
)
BIG_TITLE = ParagraphStyle("big_title", parent=TITLE, fontSize=26, leading=31, alignment=TA_CENTER)
BIG_HEADING = ParagraphStyle("big_heading", parent=HEADING, fontSize=16, leading=20, spaceBefore=8)
BIG_BODY = ParagraphStyle("big_body", parent=BODY, fontSize=14, leading=19)
_GRID = (
    ("FONT", (0, 0), (-1, -1), FONT, CELL.fontSize, CELL.leading),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
)


def nb_date(value: dt.date | None) -> str:
    """Norwegian date, dd.mm.åååå; empty when there is no date."""
    return f"{value:%d.%m.%Y}" if value else ""


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of the nurse's plain text: markup escaped, line breaks kept."""
    return Paragraph(escape(text.strip()).replace("\n", "<br/>"), style)


def table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    """A table that wraps its cells and repeats its header row on every page it spans."""
    data = [[para(h, CELL_HEAD) for h in header]]
    data += [[_cell(cell, width) for cell, width in zip(row, widths, strict=True)] for row in rows]
    result = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    result.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE), *_GRID]))
    return result


def _cell(text: str, width: float) -> Paragraph | str:
    """Short one-line text is drawn as it is (much faster); longer text wraps in a paragraph."""
    fits = text_width(text, FONT, CELL.fontSize) < width - 12
    return text if fits and "\n" not in text else para(text, CELL)


def facts(rows: list[list[str]], widths: list[float]) -> Table:
    """A small two-column table of label and value, with no header row."""
    data = [[para(label, CELL_HEAD), para(value, CELL)] for label, value in rows]
    result = Table(data, colWidths=widths, hAlign="LEFT")
    result.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), SHADE), *_GRID]))
    return result


def signatures(people: list[tuple[str, str]]) -> Flowable:
    """One column per signer: role, a line to sign on, the printed name, place and date."""
    line = "_" * 34
    rows = [[para(role, CELL_HEAD) for role, _ in people]]
    signature = tr("styles", "Underskrift")
    rows += [[para(f"\n{line}\n{signature}", CELL) for _ in people]]
    rows += [[para(tr("styles", "Navn: %1", name or line[:26]), CELL) for _, name in people]]
    rows += [[para(tr("styles", "Sted og dato: %1", line[:20]), CELL) for _ in people]]
    table = Table(rows, colWidths=[CONTENT_WIDTH / len(people)] * len(people), hAlign="LEFT")
    table.setStyle(_SIGNATURE_STYLE)
    return KeepTogether([Spacer(1, 6), table])


_SIGNATURE_STYLE = TableStyle(
    [("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
     ("TOPPADDING", (0, 0), (-1, -1), 6)]
)  # fmt: skip


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit_lines(text: str, font: str, size: float, width: float, most: int = 2) -> list[str]:
    """`text` wrapped at spaces into lines no wider than `width`; at most `most` lines, the last
    shortened with an ellipsis if the text does not fit (a word longer than a line is cut too)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    kept = lines[:most]
    if len(lines) > most or any(text_width(line, font, size) > width for line in kept):
        kept[-1] = _ellipsis(" ".join(lines[most - 1 :]), font, size, width)
    return [shorten(line, font, size, width) for line in kept]


def shorten(text: str, font: str, size: float, width: float) -> str:
    """`text` as it is if it fits in `width`, else cut with an ellipsis."""
    return text if text_width(text, font, size) <= width else _ellipsis(text, font, size, width)


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
