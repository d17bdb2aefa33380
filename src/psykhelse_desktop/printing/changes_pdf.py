"""A short sheet: what changed in the plan since the previous revision, part by part."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from ..domain.plans import PlanChange, RevisionInfo
from . import styles as s


def changes_story(revision: RevisionInfo, changes: list[PlanChange]) -> list[Flowable]:
    saved = f"lagret {s.nb_date(revision.saved_at.date())} av {revision.saved_by}"
    against = (
        f"sammenlignet med revisjon {revision.number - 1}" if revision.number > 1 else "første"
    )
    story: list[Flowable] = [
        Paragraph("Endringer siden forrige revisjon", s.TITLE),
        s.para(f"Revisjon {revision.number}, {saved}, {against}."),
    ]
    if not changes:
        return [*story, s.para("Ingen endringer.")]
    for part, lines in groupby(changes, key=lambda c: c.part):
        story.append(Paragraph(part, s.SUBHEADING))
        story += [s.para(f"•  {change.text}") for change in lines]
    return story
