"""Every page and dialog: the keyboard starts on an input, and each fits a 1024x600 screen at
100 % , 150 % and 200 % scaling (a separate process per screen size, as Qt reads it at start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.trust.vault import create_vault
from psykhelse_desktop.storage.keys import TEST_KDF
from psykhelse_desktop.ui.focus import first_input, is_input
from psykhelse_desktop.ui.keys import mnemonic
from tests.gui.screens import DIALOGS, PAGES, make_record, shown
from tests.helpers import PASSPHRASE, PROFILE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def record(qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("skjermer")
    db = create_vault(AppPaths(folder / "data"), PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    made = make_record(db, folder)
    made.window.show()
    yield made
    made.window.close()
    made.window.deleteLater()
    db.close()


@pytest.mark.parametrize("screen", DIALOGS, ids=[s.name for s in DIALOGS])
def test_a_dialog_opens_with_the_keyboard_on_its_first_input(record, screen):
    with shown(record, screen) as dialog:
        assert isinstance(dialog, QDialog)
        focused = dialog.focusWidget()
        if first_input(dialog) is None:  # nothing to type in: a button or the list to read
            assert focused is not None, screen.name
            return
        # An input, or the list she chooses from first (a backup, a component); never a button.
        assert is_input(focused) or isinstance(focused, QAbstractItemView), (screen.name, focused)


@pytest.mark.parametrize("screen", PAGES + DIALOGS, ids=[s.name for s in PAGES + DIALOGS])
def test_every_input_and_button_has_a_name_a_screen_reader_can_say(record, screen):
    """Its own text, the label it belongs to (a buddy), or an accessible name."""
    with shown(record, screen) as widget:
        labelled = {id(label.buddy()) for label in widget.findChildren(QLabel) if label.buddy()}
        unnamed = [
            f"{type(w).__name__} in {type(w.parentWidget()).__name__} {w.toolTip()!r}"
            for w in widget.findChildren(QWidget)
            if (is_input(w) or isinstance(w, QAbstractButton))
            and w.isVisibleTo(widget)
            and not is_input(w.parentWidget())  # the line edit inside a spin box or list
            and not (w.accessibleName().strip() or id(w) in labelled or _own_text(w))
        ]
        assert unnamed == [], screen.name


@pytest.mark.parametrize("screen", PAGES + DIALOGS, ids=[s.name for s in PAGES + DIALOGS])
def test_every_button_has_a_letter_for_alt(record, screen):
    """A button row's own buttons (Lagre, Avbryt) answer Ctrl+S, Enter and Esc instead."""
    with shown(record, screen) as widget:
        without = [
            b.text()
            for b in widget.findChildren(QPushButton)
            if b.isVisibleTo(widget)
            and not isinstance(b.parentWidget(), QDialogButtonBox)
            and not mnemonic(b.text())
        ]
        assert without == [], screen.name


def _own_text(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return text.replace("&", "").strip()


@pytest.mark.parametrize(
    ("size", "scale"), [("1024x600", "1"), ("1536x900", "1.5"), ("2048x1200", "2")]
)
def test_every_screen_fits_a_small_screen(tmp_path, size, scale):
    """Run in a process of its own: Qt reads the screen size and the scaling at start."""
    env = dict(os.environ, QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "tests.gui.screen_walk", "--size", size]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1024, 600]
    assert len(report["checked"]) == len(DIALOGS) + len(PAGES)
    assert report["problems"] == []
