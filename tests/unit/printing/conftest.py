"""A synthetic service user with a full plan (æøå, long texts, many measures), and PDF reading."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

import pytest

from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, LifeArea, MeasureStatus, Outcome
from psykhelse_desktop.domain.plans import (
    Consent,
    CrisisPlan,
    Evaluation,
    Goal,
    GoalOutcome,
    Measure,
    Participant,
)
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.plans.plan_coordinators import set_coordinator
from psykhelse_desktop.services.records import service_users

TODAY = dt.date(2026, 11, 23)
LONG = (
    "Jeg vil klare meg selv i hverdagen, handle på butikken på Ørnes og gå tur med hunden "
    "langs sjøen før frokost, også når det er mørkt og glatt. "
) * 12


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln.split()[-1] for ln in info.stdout.splitlines() if ln.startswith("Pages:")))


@pytest.fixture
def planned_user(db):
    """A service user with an active-ready plan saved in two revisions (a draft)."""
    user_id = service_users.create(
        db,
        ServiceUserForm(
            "Åse",
            "Øvrebø",
            birth_date=dt.date(1984, 3, 7),
            address="Fjæreveien 3",
            postal_code="8150",
            postal_place="Ørnes",
        ),  # fmt: skip
    )
    set_coordinator(db, user_id, None, TODAY)
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(view.plan, **_content())
    plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)
    goal_ids = [g.id for g in plans.open_plan(db, user_id).plan.goals]
    evaluation = Evaluation(
        TODAY,
        tuple(GoalOutcome(i, Outcome.PARTLY, "Går bedre, særlig om våren.") for i in goal_ids),
        "Vi fortsetter som før og ser på økonomien på nytt.",
    )
    plans.add_evaluation(db, user_id, evaluation, today=TODAY)
    return user_id


def _content() -> dict:
    return {
        "decision_date": dt.date(2026, 9, 1),
        "decision_reference": "2026/1234",
        "goals": (
            Goal(life_area=LifeArea.HEALTH, text="Jeg vil sove bedre og være mindre redd."),
            Goal(life_area=LifeArea.ACTIVITY, text=LONG),
            Goal(life_area=LifeArea.ECONOMY, text="Få orden på regningene før jul."),
        ),
        "resources": "Åse er flink med dyr og har en søster på Bø som stiller opp.",
        "needs": "Hjelp til struktur i hverdagen og følge til lege.",
        "participants": (
            Participant("Bjørn Åsheim", "Veileder", "NAV Testvik", "912 34 567"),
            Participant("Kåre Sæther", "Behandler", "DPS Fjordby", "913 45 678"),
        ),
        "user_contribution": "Jeg møter til avtalene og sier fra når det går dårlig.",
        "services_contribution": "NAV følger opp økonomien; DPS gir samtaler hver 14. dag.",
        "next_of_kin_contribution": "Søsteren kjører til legen når det trengs.",
        "measures": tuple(
            Measure(
                what=f"Støttesamtale nr. {i} om søvn og angst",
                scope="1 time/uke",
                responsible="Kari Testesen",
                start=TODAY,
                end=TODAY + dt.timedelta(days=90),
                status=MeasureStatus.ONGOING,
            )
            for i in range(1, 41)
        ),  # fmt: skip
        "implementation": LONG,
        "period_start": TODAY,
        "period_end": TODAY + dt.timedelta(days=365),
        "next_revision": TODAY + dt.timedelta(days=180),
        "consents": (
            Consent(ConsentKind.PLAN, given_on=TODAY, form_received=True),
            Consent(ConsentKind.SHARING, "Bjørn Åsheim", "Økonomi og arbeid", TODAY),
        ),
        "crisis_plan": CrisisPlan(
            warning_signs="Jeg sover dårlig, trekker meg unna og svarer ikke på telefonen.",
            what_helps="Rolig stemme, en kopp te, og at noen går tur med meg.",
            what_does_not_help="Mange spørsmål på en gang. Høye lyder.",
            call_office_hours="Kari Testesen, psykiatrisk sykepleier: 915 55 555",
            call_out_of_hours="Hjemmesykepleien: 916 66 666. Søster Åsne: 917 77 777.",
            how_to_meet_me="Sett deg ned. Snakk rolig. Gi meg tid til å svare.",
        ),
    }
