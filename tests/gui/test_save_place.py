"""Saving a file: the dialog starts in Documents, then in the last folder of that kind, and
every save ends with «Lagret: FILE» and «Åpne mappen»."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from psykhelse_desktop.domain.plan_vocabulary import DocumentKind
from psykhelse_desktop.ui.widgets import save_place

from .test_plan_tools import page  # noqa: F401 (the plan page fixture)


def choose(monkeypatch, answer: Path, seen: list[str]) -> None:
    def dialog(_parent, _title, suggested, _filter):
        seen.append(suggested)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def test_the_first_save_starts_in_documents_and_each_kind_keeps_its_folder(
    qtbot, db, tmp_path, monkeypatch
):
    seen: list[str] = []
    (tmp_path / "Møter").mkdir()
    choose(monkeypatch, tmp_path / "Møter" / "referat", seen)
    path = save_place.ask_save_path(None, db, "pdf", "Lagre som PDF", "Referat – Åse")
    assert path == tmp_path / "Møter" / "referat.pdf"
    assert seen == [str(save_place.documents_folder() / "Referat – Åse.pdf")]
    assert save_place.start_folder(db, "pdf") == tmp_path / "Møter"
    assert save_place.start_folder(db, "csv") == save_place.documents_folder()
    save_place.ask_save_path(None, db, "pdf", "Lagre som PDF", "Plan")
    assert seen[-1] == str(tmp_path / "Møter" / "Plan.pdf")


def test_a_folder_that_is_gone_is_not_offered_again(qtbot, db, tmp_path, monkeypatch):
    stick = tmp_path / "minnepinne"
    stick.mkdir()
    choose(monkeypatch, stick / "tall.csv", [])
    save_place.ask_save_path(None, db, "csv", "Lagre som CSV", "Tall")
    stick.rmdir()  # the USB stick was taken out
    assert save_place.start_folder(db, "csv") == save_place.documents_folder()


def test_saving_the_plan_says_where_and_opens_the_folder(qtbot, page, tmp_path, monkeypatch):  # noqa: F811
    choose(monkeypatch, tmp_path / "plan.pdf", [])
    assert page.print_menu.save_as(DocumentKind.PLAN) == tmp_path / "plan.pdf"
    (notice,) = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "savedNotice"]  # fmt: skip
    assert notice.isVisible() and not notice.isModal()  # she may work on
    assert notice.text() == f"Lagret: {tmp_path / 'plan.pdf'}"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    (button,) = [b for b in notice.buttons() if b.text() == "Åpne mappen"]
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_the_notice_of_a_save(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = save_place.show_saved(parent, tmp_path / "Møtereferat – Åse Øvrebø.pdf")
    assert box.text().startswith("Lagret: ") and box.text().endswith("Åse Øvrebø.pdf")
    box.close()
