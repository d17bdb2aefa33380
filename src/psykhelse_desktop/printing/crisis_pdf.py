"""The crisis plan (kriseplan): one page, large and readable, for the fridge door or the bag."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Paragraph

from ..domain.plan_vocabulary import CRISIS_HEADING, NOT_FILLED, OUT_OF_HOURS_NUMBERS
from ..domain.plans import CrisisPlan
from . import styles as s
from .page import CONTENT_WIDTH, PAGE_HEIGHT

CRISIS_PARTS = (
    ("warning_signs", "Tidlige tegn på at det går dårlig"),
    ("what_helps", "Dette hjelper meg"),
    ("what_does_not_help", "Dette hjelper ikke"),
    ("call_office_hours", "Hvem jeg ringer på dagtid"),
    ("call_out_of_hours", "Hvem jeg ringer kveld, natt og helg"),
    ("how_to_meet_me", "Slik vil jeg bli møtt"),
)


def crisis_sections(
    crisis: CrisisPlan, heading: ParagraphStyle, label: ParagraphStyle, body: ParagraphStyle
) -> list[Flowable]:
    """The crisis plan's parts; the emergency numbers are always printed."""
    story: list[Flowable] = [Paragraph(CRISIS_HEADING, heading)]
    for name, title in CRISIS_PARTS:
        text = getattr(crisis, name)
        story.append(Paragraph(title, label))
        story.append(s.para(text, body) if text.strip() else Paragraph(NOT_FILLED, s.EMPTY))
    story.append(Paragraph(OUT_OF_HOURS_NUMBERS, ParagraphStyle("n", parent=body, fontName=s.BOLD)))
    return story


def crisis_story(crisis: CrisisPlan, person_name: str) -> list[Flowable]:
    """Everything on one page: shrunk to fit if the texts are long, never spilling over."""
    parts = crisis_sections(crisis, s.BIG_TITLE, s.BIG_HEADING, s.BIG_BODY)
    parts.insert(1, Paragraph(person_name, ParagraphStyle("who", parent=s.BIG_BODY, alignment=1)))
    height = PAGE_HEIGHT - s.TOP_MARGIN - s.BOTTOM_MARGIN - 12
    return [KeepInFrame(CONTENT_WIDTH, height, parts, mode="shrink")]
