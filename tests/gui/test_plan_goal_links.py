"""The plan tab: the measure dialog ticks the goals a measure serves; goals show their measures."""

from __future__ import annotations

import pytest

from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users

from .conftest import answer_dialog
from .test_plan_page import add_goal, create


@pytest.fixture
def page(window, db):
    """The plan tab shown for Ola Øvrebø (no plan yet)."""
    window.users_page.select_user(service_users.search_ids(db, "Øvrebø")[0])
    window.show_plan()
    return window.users_page.plan


def add_measure_for(qtbot, page, what: str, ticked: tuple[str, ...]) -> list[str]:
    offered = []

    def fill(dialog):
        qtbot.keyClicks(dialog.what, what)
        qtbot.keyClicks(dialog.responsible, "Kari Testesen")
        for box in dialog.goal_boxes.values():
            offered.append(box.text())
            box.setChecked(box.text() in ticked)
        dialog.try_save()

    answer_dialog(fill)
    page.form.measures.add_new()
    return offered


def _lines(tree) -> list[str]:
    lines = []

    def walk(item, depth):
        lines.append("  " * depth + item.text(0))
        for index in range(item.childCount()):
            walk(item.child(index), depth + 1)

    for index in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(index), 0)
    return lines


def test_measures_are_ticked_to_goals_shown_under_them_and_saved(qtbot, window, page, db):
    create(qtbot, page)
    add_goal(qtbot, page, "Sove bedre")
    add_goal(qtbot, page, "Handle alene")
    offered = add_measure_for(qtbot, page, "Søvnskole", ("Sove bedre",))
    assert offered == ["Sove bedre", "Handle alene"]
    add_measure_for(qtbot, page, "Ukentlig samtale", ())
    lines = _lines(page.form.goals.tree)
    assert lines.index("    Tiltak: Søvnskole") == lines.index("  Sove bedre") + 1
    assert [line for line in lines if "Tiltak:" in line] == ["    Tiltak: Søvnskole"]
    measures = page.form.measures.tree
    assert [measures.topLevelItem(i).text(6) for i in range(2)] == ["Sove bedre", "Uten mål"]
    assert page.save()
    saved = plans.open_plan(db, page.user_id).plan
    goal = next(g for g in saved.goals if g.text == "Sove bedre")
    assert [m.what for m in saved.measures_serving(goal.id)] == ["Søvnskole"]
    assert [m.what for m in saved.measures_without_goal] == ["Ukentlig samtale"]


def test_a_plan_without_goals_says_so_in_the_measure_dialog(qtbot, page):
    create(qtbot, page)
    seen = {}

    def look(dialog):
        seen["boxes"] = dict(dialog.goal_boxes)
        seen["note"] = [
            w.text() for w in dialog.findChildren(type(dialog.intro)) if "ingen mål" in w.text()
        ]

    answer_dialog(look)
    page.form.measures.add_new()
    assert seen["boxes"] == {}
    assert seen["note"] == ["Planen har ingen mål ennå. Legg til mål under del 1."]
