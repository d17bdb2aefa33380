"""The four lists of the plan (goals, participants, measures, consents) and their dialogs."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.plan_vocabulary import LifeArea, MeasureStatus
from ...domain.plans import Consent, Goal, Measure, Participant, SharingChoice
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.plans.sharing import sharing_choices
from ..texts import date_text, domain_text, fill, yes_no
from .item_dialogs import (
    ConsentDialog,
    GoalDialog,
    MeasureDialog,
    ParticipantDialog,
    short_text,
)
from .item_list import ItemList

PLAN_HEADING = "Deltakere i planen"


def _run(dialog: QDialog) -> object | None:
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None


def goal_list(parent: QWidget) -> ItemList:
    """Goals per life area; under each goal, the measures that serve it."""
    items = ItemList(
        [
            QCoreApplication.translate("plan_lists", "Mål"),
            QCoreApplication.translate("plan_lists", "Avsluttet"),
        ],
        lambda g: (g.text, date_text(g.ended_on)),
        lambda goals, i: _run(GoalDialog(goals[i] if i < len(goals) else _new_goal(goals), parent)),
    )
    items.children = lambda g: [
        fill(QCoreApplication.translate("plan_lists", "Tiltak: %1"), m.what)
        for m in _measures_of(parent)
        if g.id in m.goal_ids
    ]
    items.group = lambda g: (list(LifeArea).index(g.life_area), domain_text(g.life_area.label))
    items.is_ended = lambda g: g.ended_on is not None
    items.end = lambda g: dataclasses.replace(g, ended_on=g.ended_on or oslo_today())
    items.add_standard_buttons(
        QCoreApplication.translate("plan_lists", "&Nytt mål..."),
        QCoreApplication.translate("plan_lists", "Avslutt &mål"),
    )
    items.stretch_column(0)
    return items


def _new_goal(goals: tuple[Goal, ...]) -> Goal:
    """A new goal gets its number at once, so a measure can be ticked to serve it before the
    plan is saved (the service keeps numbers it is given)."""
    return Goal(id=max((g.id for g in goals), default=0) + 1)


def _measures_of(form: QWidget) -> tuple[Measure, ...]:
    measures = getattr(form, "measures", None)
    return measures.items() if measures is not None else ()


def _goals_of(form: QWidget) -> tuple[Goal, ...]:
    goals = getattr(form, "goals", None)
    return goals.items() if goals is not None else ()


def _served(form: QWidget, measure: Measure) -> str:
    """The goals a measure serves, shortly; "Uten mål" when it serves none."""
    names = [
        short_text(g.text.rstrip("."), 40) for g in _goals_of(form) if g.id in measure.goal_ids
    ]
    return "; ".join(names) or QCoreApplication.translate("plan_lists", "Uten mål")


def participant_list(parent: QWidget, db: Database) -> ItemList:
    items = ItemList(
        [
            QCoreApplication.translate("plan_lists", "Navn"),
            QCoreApplication.translate("plan_lists", "Rolle"),
            QCoreApplication.translate("plan_lists", "Virksomhet"),
            QCoreApplication.translate("plan_lists", "Telefon"),
        ],
        lambda p: (p.name, p.role, p.organisation, p.phone),
        lambda people, i: _run(
            ParticipantDialog(db, people[i] if i < len(people) else Participant(), parent)
        ),
    )
    items.end = lambda _p: None
    items.add_standard_buttons(
        QCoreApplication.translate("plan_lists", "Ny &deltaker..."),
        QCoreApplication.translate("plan_lists", "F&jern"),
    )
    items.stretch_column(2)
    return items


def measure_list(parent: QWidget) -> ItemList:
    items = ItemList(
        [
            QCoreApplication.translate("plan_lists", "Hva"),
            QCoreApplication.translate("plan_lists", "Omfang"),
            QCoreApplication.translate("plan_lists", "Ansvarlig"),
            QCoreApplication.translate("plan_lists", "Start"),
            QCoreApplication.translate("plan_lists", "Slutt"),
            QCoreApplication.translate("plan_lists", "Status"),
            QCoreApplication.translate("plan_lists", "Mål"),
        ],
        lambda m: (
            m.what,
            m.scope,
            m.responsible,
            date_text(m.start),
            date_text(m.end),
            domain_text(m.status.label),
            _served(parent, m),
        ),
        lambda measures, i: _run(MeasureDialog(measures, i, parent, _goals_of(parent))),
    )
    items.is_ended = lambda m: m.status is MeasureStatus.ENDED
    items.end = _end_measure
    items.add_standard_buttons(
        QCoreApplication.translate("plan_lists", "Nytt &tiltak..."),
        QCoreApplication.translate("plan_lists", "Avslutt t&iltak"),
    )
    items.stretch_column(0)
    return items


def _end_measure(measure: Measure) -> Measure:
    return dataclasses.replace(measure, status=MeasureStatus.ENDED, end=measure.end or oslo_today())


def consent_list(form: QWidget) -> ItemList:
    items = ItemList(
        [
            QCoreApplication.translate("plan_lists", "Gjelder"),
            QCoreApplication.translate("plan_lists", "Dele med"),
            QCoreApplication.translate("plan_lists", "Hva"),
            QCoreApplication.translate("plan_lists", "Gitt"),
            QCoreApplication.translate("plan_lists", "Utløper"),
            QCoreApplication.translate("plan_lists", "Signert"),
        ],
        _consent_texts,
        lambda consents, i: _run(ConsentDialog(consents, i, _choices(form), form)),
    )
    items.end = lambda _c: None
    items.add_standard_buttons(
        QCoreApplication.translate("plan_lists", "Nytt &samtykke..."),
        QCoreApplication.translate("plan_lists", "F&jern"),
    )
    items.stretch_column(2)
    return items


def _consent_texts(consent: Consent) -> tuple[str, ...]:
    return (
        domain_text(consent.kind.label),
        consent.participant,
        consent.scope,
        date_text(consent.given_on),
        date_text(consent.expires_on),
        yes_no(consent.form_received),
    )


def _choices(form: QWidget) -> list[SharingChoice]:
    """The plan's participants, then the group, next of kin and the address book."""
    lists = getattr(form, "participants", None)
    named = [SharingChoice(p.name, p.name, PLAN_HEADING, contact_person_id=p.contact_person_id)
             for p in (lists.items() if lists is not None else ()) if p.name.strip()]  # fmt: skip
    user_id = getattr(form, "user_id", None)
    db = getattr(form, "db", None)
    return named + (sharing_choices(db, user_id) if user_id is not None and db else [])
