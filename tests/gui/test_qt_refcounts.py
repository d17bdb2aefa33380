"""The Qt binding must not drop references to None: on Python 3.11 (where None is not
immortal) the window would die with "deallocating None" after enough calls. PySide6 6.12.0 did
this for every method that returns nothing (found when a backup ran in the background)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


def test_calls_that_return_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("Åse Øvrebø")
        QApplication.processEvents()
    assert sys.getrefcount(None) > before - CALLS // 10
