"""The crisis plan (kriseplan): for the fridge door or the bag, never below 12 pt. The emergency
numbers come first; what does not fit on the first page goes on a second, marked as such."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from ..domain.plan_vocabulary import CRISIS_HEADING, NOT_FILLED, OUT_OF_HOURS_NUMBERS
from ..domain.plans import CrisisPlan
from ..domain.records import NurseProfile
from . import styles as s
from .language import tr, tr_domain

CRISIS_PARTS = (
    ("warning_signs", "Tidlige tegn på at det går dårlig"),
    ("what_helps", "Dette hjelper meg"),
    ("what_does_not_help", "Dette hjelper ikke"),
    ("call_office_hours", "Hvem jeg ringer på dagtid"),
    ("call_out_of_hours", "Hvem jeg ringer kveld, natt og helg"),
    ("how_to_meet_me", "Slik vil jeg bli møtt"),
)
CONTINUED = "Kriseplanen fortsetter fra side 1"
# The first page's frame, less a little for rounding.
FIRST_PAGE = s.A4[1] - s.TOP_MARGIN - s.BOTTOM_MARGIN - 2 * s.FRAME_PADDING - 4
BIG_EMPTY = ParagraphStyle("big_empty", parent=s.EMPTY, fontSize=14, leading=19)
WHO = ParagraphStyle("who", parent=s.BIG_BODY, alignment=1)
EMERGENCY_TEXT = ParagraphStyle("emergency", parent=s.BIG_BODY, fontName=s.BOLD, spaceAfter=0)
_EMERGENCY_BOX = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), s.FONT),
        ("BOX", (0, 0), (-1, -1), 1.5, s.INK),
        ("BACKGROUND", (0, 0), (-1, -1), s.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)


def crisis_sections(
    crisis: CrisisPlan, heading: ParagraphStyle, label: ParagraphStyle, body: ParagraphStyle
) -> list[Flowable]:
    """The crisis plan's parts; the emergency numbers are always printed."""
    story: list[Flowable] = [Paragraph(tr_domain(CRISIS_HEADING), heading)]
    for name, title in crisis_parts():
        text = getattr(crisis, name)
        story.append(Paragraph(title, label))
        empty = Paragraph(tr_domain(NOT_FILLED), s.EMPTY)
        story.append(s.para(text, body) if text.strip() else empty)
    numbers = ParagraphStyle("n", parent=body, fontName=s.BOLD)
    story.append(Paragraph(tr_domain(OUT_OF_HOURS_NUMBERS), numbers))
    return story


def crisis_parts() -> list[tuple[str, str]]:
    """(field, heading) of each part, the headings in the målform being printed."""
    return [(name, tr("crisis_pdf", title)) for name, title in CRISIS_PARTS]


def crisis_story(crisis: CrisisPlan, person_name: str, nurse: NurseProfile) -> list[Flowable]:
    """Emergency block, then the parts at 14 pt; a part that does not fit on page 1 starts
    page 2 under a line saying the plan continues (no text is ever shrunk)."""
    title = Paragraph(tr_domain(CRISIS_HEADING), s.BIG_TITLE)
    head = [title, Paragraph(person_name, WHO), emergency(nurse)]
    parts = []
    for name, title in crisis_parts():
        text = getattr(crisis, name)
        empty = Paragraph(tr_domain(NOT_FILLED), BIG_EMPTY)
        body = s.para(text, s.BIG_BODY) if text.strip() else empty
        parts.append([Paragraph(title, s.BIG_HEADING), body])
    return _paged(head, parts)


def emergency(nurse: NurseProfile) -> Flowable:
    """113, the out-of-hours doctor and the named daytime contact with the number, in a box."""
    daytime = ", ".join(p for p in (nurse.name, nurse.title.lower(), nurse.phone) if p)
    rows = [
        [tr("crisis_pdf", "Ved fare for liv:"), tr("crisis_pdf", "ring 113")],
        [tr("crisis_pdf", "Kveld, natt og helg:"), tr("crisis_pdf", "legevakt 116 117")],
        [tr("crisis_pdf", "Dagtid:"), daytime or tr("crisis_pdf", "koordinatoren")],
    ]
    cells = [[Paragraph(a, EMERGENCY_TEXT), s.para(b, EMERGENCY_TEXT)] for a, b in rows]
    box = Table(cells, colWidths=[s.CONTENT_WIDTH * 0.36, s.CONTENT_WIDTH * 0.64])
    box.setStyle(_EMERGENCY_BOX)
    return box


def _paged(head: list[Flowable], parts: list[list[Flowable]]) -> list[Flowable]:
    story, used = list(head), _height(head)
    for number, part in enumerate(parts):
        needed = _height(part)
        if used + needed > FIRST_PAGE:
            rest = [flowable for later in parts[number:] for flowable in later]
            continued = Paragraph(tr("crisis_pdf", CONTINUED), s.ALERT)
            return [*story, PageBreak(), continued, *rest]
        story += part
        used += needed
    return story


def _height(flowables: list[Flowable]) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(s.CONTENT_WIDTH, FIRST_PAGE)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
