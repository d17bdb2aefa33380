"""A form dialog keeps its size when a message appears: no jump under her mouse or her eyes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from psykhelse_desktop.domain.plans import Goal, Measure
from psykhelse_desktop.ui.plan.item_dialogs import GoalDialog, MeasureDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_a_validation_error_does_not_change_the_geometry(qtbot):
    dialog = _shown(qtbot, GoalDialog(Goal()))
    before = dialog.geometry()
    dialog.try_save()  # no text: "Skriv målet før du lagrer."
    QApplication.processEvents()
    assert dialog.error_text("text") == "Skriv målet før du lagrer."
    assert dialog.message.isVisible()
    assert dialog.geometry() == before


def test_several_errors_and_clearing_them_keep_the_geometry(qtbot):
    dialog = _shown(qtbot, MeasureDialog((Measure(),), 0))
    before = dialog.geometry()
    dialog.start.setText("31.02.2025")
    dialog.try_save()
    QApplication.processEvents()
    assert dialog.error_text("start")
    assert dialog.geometry() == before
    dialog.start.setText("")
    dialog.what.setPlainText("Turgruppe")
    dialog.try_save()  # now only "skriv hvem som har ansvaret"
    QApplication.processEvents()
    assert dialog.error_text("start") == "" and dialog.error_text("responsible")
    assert dialog.geometry() == before
