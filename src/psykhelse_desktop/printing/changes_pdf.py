"""A short sheet: what changed in the plan since the previous revision, part by part."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from ..domain.plans import PlanChange, RevisionInfo
from . import styles as s
from .language import tr


def changes_story(revision: RevisionInfo, changes: list[PlanChange]) -> list[Flowable]:
    saved = tr(
        "changes_pdf", "lagret %1 av %2", s.nb_date(revision.saved_at.date()), revision.saved_by
    )
    against = (
        tr("changes_pdf", "sammenlignet med revisjon %1", revision.number - 1)
        if revision.number > 1
        else tr("changes_pdf", "første")
    )
    story: list[Flowable] = [
        Paragraph(tr("changes_pdf", "Endringer siden forrige revisjon"), s.TITLE),
        s.para(tr("changes_pdf", "Revisjon %1, %2, %3.", revision.number, saved, against)),
    ]
    if not changes:
        return [*story, s.para(tr("changes_pdf", "Ingen endringer."))]
    for part, lines in groupby(changes, key=lambda c: c.part):
        story.append(Paragraph(part, s.SUBHEADING))  # worded by plan_changes
        story += [s.para(f"•  {change.text}") for change in lines]
    return story
