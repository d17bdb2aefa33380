"""Individual plans through the services: revisions, rules, coordinator, audit, bounded SQL."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event, select, text

from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, Outcome, PlanStatus
from psykhelse_desktop.domain.plans import (
    Consent,
    Evaluation,
    Goal,
    GoalOutcome,
    Measure,
)
from psykhelse_desktop.domain.records import ContactPersonForm, ServiceUserForm
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.plans.plan_coordinators import get_coordinator, set_coordinator
from psykhelse_desktop.services.records import address_book, service_users
from psykhelse_desktop.storage import models as m

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def user_id(db):
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 5, 1))
    )


def _ready(db, user_id):
    """A plan with a goal, a measure, a coordinator and consent: ready to be activated."""
    set_coordinator(db, user_id, None, TODAY)
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(
        view.plan,
        goals=(Goal(text="Jeg vil gå på tur to ganger i uka"),),
        measures=(Measure(what="Støttesamtaler", scope="1 t/uke", responsible="Kari"),),
        consents=(Consent(ConsentKind.PLAN, given_on=TODAY, form_received=True),),
        next_revision=TODAY + dt.timedelta(days=180),
    )
    return plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)[0]


def test_no_plan_until_one_is_created(db, user_id):
    assert plans.open_plan(db, user_id) is None
    view = plans.create_plan(db, user_id)
    assert view.revision.number == 1 and view.plan.status is PlanStatus.DRAFT
    with pytest.raises(UserError, match="allerede"):
        plans.create_plan(db, user_id)


def test_every_save_is_a_revision_and_ids_are_given(db, user_id):
    view = _ready(db, user_id)
    assert view.revision.number == 2
    assert [r.number for r in view.history] == [2, 1]
    assert view.plan.goals[0].id == 1 and view.plan.measures[0].id == 1
    assert view.plan.coordinator.name == "Kari Testesen"
    assert plans.load_revision(db, user_id, 1).goals == ()


def test_saving_without_changes_writes_no_revision(db, user_id):
    view = _ready(db, user_id)
    again, changes = plans.save_plan(db, user_id, view.plan, version=1, today=TODAY)
    assert changes == [] and again.revision.number == 2


def test_activation_says_what_is_missing(db, user_id):
    plans.create_plan(db, user_id)
    with pytest.raises(ValidationFailed) as caught:
        plans.set_status(db, user_id, PlanStatus.ACTIVE, today=TODAY)
    assert set(caught.value.errors) == {"coordinator", "consents"}
    assert plans.open_plan(db, user_id).revision.number == 1


def test_activate_then_due_for_revision(db, user_id):
    _ready(db, user_id)
    view = plans.set_status(db, user_id, PlanStatus.ACTIVE, today=TODAY)
    assert view.status(TODAY) is PlanStatus.ACTIVE
    assert view.status(TODAY + dt.timedelta(days=200)) is PlanStatus.DUE
    assert plans.users_with_plan(db, [user_id, 999]) == {user_id}


def test_bad_measure_is_refused_with_a_message_per_field(db, user_id):
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(view.plan, measures=(Measure(what="Trening"),))
    with pytest.raises(ValidationFailed) as caught:
        plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)
    assert caught.value.errors == {
        "measures[0].responsible": "Tiltak 1 («Trening»): skriv hvem som har ansvaret."
    }


def test_evaluation_and_changes_since_previous_revision(db, user_id):
    view = _ready(db, user_id)
    goal = view.plan.goals[0]
    evaluation = Evaluation(
        TODAY, (GoalOutcome(goal.id, Outcome.PARTLY, "Går én gang"),), "Fortsett"
    )
    plans.add_evaluation(db, user_id, evaluation, today=TODAY)
    old, new, changes = plans.compare_revisions(db, user_id)
    assert (old, new) == (2, 3)
    assert [c.text for c in changes] == ["Ny evaluering 23.11.2026"]
    _, _, first = plans.compare_revisions(db, user_id, 2)
    assert any("Nytt mål (Helse)" in c.text for c in first)
    assert any(c.text == "Nytt tiltak: «Støttesamtaler» (ansvarlig: Kari)" for c in first)


def test_evaluation_must_have_a_date(db, user_id):
    _ready(db, user_id)
    with pytest.raises(ValidationFailed, match="datoen for evalueringen"):
        plans.add_evaluation(db, user_id, Evaluation(None), today=TODAY)


def test_coordinator_from_the_address_book_has_history(db, user_id):
    person = address_book.save_person(db, ContactPersonForm("Per Ås", role="Saksbehandler"))
    set_coordinator(db, user_id, None, dt.date(2026, 1, 1))
    coordinator = set_coordinator(db, user_id, person, dt.date(2026, 6, 1))
    assert coordinator.name == "Per Ås" and coordinator.contact_person_id == person
    assert get_coordinator(db, user_id) == coordinator
    with pytest.raises(ValidationFailed, match="etter forrige"):
        set_coordinator(db, user_id, None, dt.date(2026, 5, 1))
    with db.transaction() as session:
        periods = session.scalars(select(m.CoordinatorPeriod.valid_to)).all()
    assert sorted(periods, key=str) == [dt.date(2026, 5, 31), None]


def test_opening_and_saving_are_audited(db, user_id):
    _ready(db, user_id)
    plans.open_plan(db, user_id)
    with db.transaction() as session:
        rows = session.execute(select(m.AuditEvent.action, m.AuditEvent.details)).all()
    actions = [a for a, _ in rows]
    assert {"coordinator_set", "plan_create", "plan_save"} <= set(actions)
    assert ("open", "Individuell plan") in rows
    detail = service_users.open_record(db, user_id)
    assert any(c.action == "Lagret ny revisjon av individuell plan" for c in detail.changes)


def test_saved_revisions_cannot_be_changed(db, user_id):
    _ready(db, user_id)
    with db.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE plan_revision SET content = '{}'"))


def test_opening_a_plan_runs_few_statements_however_long_the_history(db, user_id):
    view = _ready(db, user_id)
    counts = []
    for rounds in (1, 40):
        for index in range(rounds):
            plan = dataclasses.replace(view.plan, resources=f"Runde {len(counts)}-{index}")
            view = plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)[0]
        counts.append(_statements(db, lambda: plans.open_plan(db, user_id)))
    # the plan with its newest revision, its consents, its measure-goal links, the history, audit
    assert counts[0] == counts[1] <= 5


def _statements(db, action) -> int:
    seen = []

    def count(*args):
        seen.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)
