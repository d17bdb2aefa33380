"""A 20-page individual plan rendered to PDF vs a bare reportlab document of the same text."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from common import alternating_medians
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, LifeArea, MeasureStatus
from psykhelse_desktop.domain.plans import Consent, Goal, IndividualPlan, Measure, Participant
from psykhelse_desktop.domain.records import NurseProfile
from psykhelse_desktop.printing import styles
from psykhelse_desktop.printing.page import PageInfo, write_pdf
from psykhelse_desktop.printing.plan_pdf import PrintContext, plan_story

ROUNDS = 7
TODAY = dt.date(2026, 11, 23)
SENTENCE = "Jeg vil klare meg selv i hverdagen, handle på Ørnes og gå tur med hunden før frokost. "
INFO = PageInfo("Individuell plan", "Testvik kommune", "Åse Øvrebø", dt.date(1984, 3, 7), 7,
                TODAY, draft=True)  # fmt: skip


CONTEXT = PrintContext(NurseProfile("Kari Testesen", "Psykiatrisk sykepleier", "Testvik kommune"))


def big_plan() -> IndividualPlan:
    """About twenty pages: long goals, a hundred measures, long free texts."""
    goals = tuple(Goal(i, LifeArea.HEALTH, SENTENCE * 6) for i in range(1, 15))
    measures = tuple(
        Measure(i, f"Støttesamtale {i}", "1 t/uke", "Kari Testesen", TODAY, None,
                MeasureStatus.ONGOING)
        for i in range(1, 311)
    )  # fmt: skip
    return IndividualPlan(
        goals=goals,
        resources=SENTENCE * 40,
        participants=tuple(Participant(f"Bjørn Åsheim {i}", "Veileder", "NAV") for i in range(20)),
        measures=measures,
        implementation=SENTENCE * 260,
        cooperation=SENTENCE * 160,
        consents=(Consent(ConsentKind.PLAN, given_on=TODAY),),
    )


def plan_texts(plan: IndividualPlan) -> list[str]:
    """The same words as plain paragraphs: the floor a bare document of this text costs."""
    texts = [g.text for g in plan.goals] + [plan.resources, plan.implementation, plan.cooperation]
    texts += [f"{m.what} {m.scope} {m.responsible} {TODAY:%d.%m.%Y}" for m in plan.measures]
    return texts + [f"{p.name} {p.role} {p.organisation}" for p in plan.participants]


def render_plan(plan: IndividualPlan, target: Path) -> None:
    write_pdf(target, INFO, plan_story(plan, "Utkast", CONTEXT))


def render_bare(texts: list[str], target: Path) -> None:
    doc = SimpleDocTemplate(str(target), pagesize=A4)  # the same embedded DejaVu Sans
    doc.build([Paragraph(text, styles.BODY) for text in texts])


def pages(path: Path) -> int:
    return path.read_bytes().count(b"/Type /Page\n")


def main() -> None:
    plan, folder = big_plan(), Path(tempfile.mkdtemp(prefix="psykhelse-bench-"))
    plan_pdf, bare_pdf = folder / "plan.pdf", folder / "bare.pdf"
    figure, floor = alternating_medians(
        ROUNDS,
        lambda: render_plan(plan, plan_pdf),
        lambda: render_bare(plan_texts(plan), bare_pdf),
    )
    ratio = figure / floor
    ok = figure <= 1.0 and ratio <= 2.0
    print("benchmark\tpages\tfigure_s\tfloor_s\tratio\ttarget\tok")
    print(f"plan_pdf\t{pages(plan_pdf)}\t{figure:.3f}\t{floor:.3f}\t{ratio:.2f}\t<=1 s, <=2x\t{ok}")
    for path in (plan_pdf, bare_pdf):
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
