"""The plan's tools: the evaluation walk-through, comparing revisions, printing to PDF."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog

from psykhelse_desktop.domain.plan_vocabulary import Outcome
from psykhelse_desktop.domain.plans import Goal, Measure
from psykhelse_desktop.printing.documents import DocumentKind
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.plan import print_actions

from .conftest import answer_dialog


@pytest.fixture
def page(window, db):
    """Ola Øvrebø's plan tab, with a saved plan holding two goals and a measure."""
    ola = service_users.search_ids(db, "Øvrebø")[0]
    view = plans.create_plan(db, ola)
    goals = (Goal(text="Jeg vil sove bedre"), Goal(text="Jeg vil treffe venner hver uke"))
    measure = Measure(what="Støttesamtaler", scope="1 t/uke", responsible="Kari")
    plan = dataclasses.replace(view.plan, goals=goals, measures=(measure,))
    plans.save_plan(db, ola, plan, version=view.revision.number)
    window.users_page.select_user(ola)
    window.show_plan()
    return window.users_page.plan


def test_evaluation_walks_through_each_goal(qtbot, page, db):
    seen = []

    def walk(dialog):
        for outcome, comment in ((Outcome.ACHIEVED, "Sover godt nå"), (Outcome.NOT, "")):
            dialog.go_forward()
            seen.append(dialog.shown_goal())
            box = dialog.outcomes[len(seen) - 1]
            box.setCurrentIndex(box.findData(outcome))
            qtbot.keyClicks(dialog.comments[len(seen) - 1], comment)
        dialog.go_forward()
        assert dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.next_steps, "Nytt møte i ansvarsgruppen")
        dialog.finish()

    answer_dialog(walk)
    page.evaluate_button.click()
    assert seen == ["«Jeg vil sove bedre»", "«Jeg vil treffe venner hver uke»"]
    evaluation = plans.open_plan(db, page.user_id).plan.evaluations[0]
    assert [o.outcome for o in evaluation.outcomes] == [Outcome.ACHIEVED, Outcome.NOT]
    assert evaluation.outcomes[0].comment == "Sover godt nå"
    assert evaluation.next_steps == "Nytt møte i ansvarsgruppen"
    assert page.form.evaluations.texts()[0][2] == "Nytt møte i ansvarsgruppen"


def test_revisions_grow_and_compare_shows_both_sides(qtbot, page):
    before = len(page.revisions.texts())
    qtbot.keyClicks(page.form.texts["cooperation"], "Samarbeid med NAV om arbeidstrening")
    assert page.save()
    assert len(page.revisions.texts()) == before + 1
    assert "Samarbeid med NAV" in page.changes.text()

    def look(dialog):
        left, right = dialog.column_texts(1), dialog.column_texts(2)
        assert not any("Samarbeid med NAV" in text for text in left)
        assert any("Samarbeid med NAV" in text for text in right)
        assert any("Jeg vil sove bedre" in text for text in left)
        assert "Samarbeid med NAV" in dialog.changes.toPlainText()
        dialog.reject()

    answer_dialog(look)
    page.compare()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_save_as_pdf_writes_the_plan(page, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert page.print_menu.save_as(DocumentKind.PLAN) == target
    text = pdf_text(target)
    assert "Individuell plan" in text and "UTKAST" in text
    assert "Jeg vil treffe venner hver uke" in text


def test_open_in_viewer_uses_a_private_folder_removed_on_close(window, page, monkeypatch):
    opened = []
    monkeypatch.setattr(
        print_actions.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    path = page.print_menu.open_in_viewer(DocumentKind.CRISIS)
    assert path.exists() and path.parent.name.startswith("psykhelse-utskrift-")
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert opened[0].toLocalFile() == str(path)
    assert "Kriseplan" in pdf_text(path)
    window.close()
    assert not path.parent.exists()
