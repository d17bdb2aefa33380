"""A measure serves one or more goals: the link table, the snapshots and "what changed"."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from psykhelse_desktop.domain.errors import EditConflict, UserError
from psykhelse_desktop.domain.plans import Goal, Measure
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import models as m

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def user_id(db):
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 5, 1))
    )


def _plan_with_two_goals(db, user_id):
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(
        view.plan,
        goals=(Goal(text="Gå på tur"), Goal(text="Sove bedre")),
        measures=(Measure(what="Turgruppe", responsible="Kari"),
                  Measure(what="Søvnskole", responsible="Kari")),
    )  # fmt: skip
    return plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)[0]


def _link_rows(db):
    with db.transaction() as session:
        rows = session.execute(select(m.MeasureGoal.measure_id, m.MeasureGoal.goal_id))
        return sorted(tuple(r) for r in rows)


def test_set_and_get_the_goals_of_a_measure(db, user_id):
    view = _plan_with_two_goals(db, user_id)
    after = plans.set_measure_goals(db, user_id, 1, (2, 1), version=view.revision.number)
    assert after.revision.number == view.revision.number + 1
    assert after.plan.measures[0].goal_ids == (1, 2)
    assert [g.text for g in plans.measure_goals(db, user_id, 1)] == ["Gå på tur", "Sove bedre"]
    assert plans.measure_goals(db, user_id, 2) == ()
    assert _link_rows(db) == [(1, 1), (1, 2)]
    assert plans.open_plan(db, user_id).plan.measures_serving(2)[0].what == "Turgruppe"
    assert [x.what for x in plans.open_plan(db, user_id).plan.measures_without_goal] == [
        "Søvnskole"
    ]


def test_the_snapshot_and_what_changed_carry_the_links(db, user_id):
    view = _plan_with_two_goals(db, user_id)
    plans.set_measure_goals(db, user_id, 2, (2,), version=view.revision.number)
    old, new, changes = plans.compare_revisions(db, user_id)
    assert plans.load_revision(db, user_id, new).measures[1].goal_ids == (2,)
    assert plans.load_revision(db, user_id, old).measures[1].goal_ids == ()
    assert [c.text for c in changes] == ["«Søvnskole», mål: fra ingen til «Sove bedre»"]


def test_a_stale_version_is_a_conflict_and_nothing_is_written(db, user_id):
    view = _plan_with_two_goals(db, user_id)
    plans.set_measure_goals(db, user_id, 1, (1,), version=view.revision.number)
    with pytest.raises(EditConflict):
        plans.set_measure_goals(db, user_id, 1, (2,), version=view.revision.number)
    assert _link_rows(db) == [(1, 1)]


def test_an_unknown_goal_is_refused(db, user_id):
    view = _plan_with_two_goals(db, user_id)
    with pytest.raises(UserError, match="Målet finnes ikke"):
        plans.set_measure_goals(db, user_id, 1, (9,), version=view.revision.number)
    assert _link_rows(db) == []


def test_a_new_goal_and_its_measure_are_linked_in_one_save(db, user_id):
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(
        view.plan, goals=(Goal(id=1, text="Gå på tur"),),
        measures=(Measure(what="Turgruppe", responsible="Kari", goal_ids=(1,)),),
    )  # fmt: skip
    saved, changes = plans.save_plan(db, user_id, plan, version=1, today=TODAY)
    assert saved.plan.measures[0].goal_ids == (1,)
    assert "«Turgruppe», mål: «Gå på tur»" in [c.text for c in changes]


def test_a_goal_that_goes_keeps_its_measures_and_the_links_go(db, user_id):
    """A goal removed before its first save (the service refuses removing a saved goal)."""
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(
        view.plan, goals=(Goal(id=1, text="Gå på tur"),),
        measures=(Measure(what="Turgruppe", responsible="Kari", goal_ids=(1, 2)),),
    )  # fmt: skip
    saved = plans.save_plan(db, user_id, plan, version=1, today=TODAY)[0]
    assert [x.what for x in saved.plan.measures] == ["Turgruppe"]
    assert saved.plan.measures[0].goal_ids == (1,)
    assert _link_rows(db) == [(1, 1)]
