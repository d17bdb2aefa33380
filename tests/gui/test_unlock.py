"""First start creates the record; unlocking says plainly when the passphrase is wrong."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QDialog

from psykhelse_desktop.storage.keys import TEST_KDF
from psykhelse_desktop.ui.dialogs.unlock import FirstStartDialog, UnlockDialog
from tests.conftest import PASSPHRASE


def fill_first_start(qtbot, dialog, passphrase: str, repeated: str) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.repeated, repeated)
    qtbot.keyClicks(dialog.name, "Siri Prøvesen")
    qtbot.keyClicks(dialog.municipality, "Øvre Testvik kommune")


def test_first_start_refuses_mismatched_passphrases(qtbot, paths):
    dialog = FirstStartDialog(paths, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_start(qtbot, dialog, "lang og sterk setning", "lang og sterk setnin")
    dialog.buttons.buttons()[0].click()
    assert "ikke like" in dialog.error_text("repeated")
    assert dialog.isVisible()
    assert not paths.database.exists()


def test_first_start_shows_strength_and_creates_the_record(qtbot, paths):
    dialog = FirstStartDialog(paths, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "kort")
    assert "For kort" in dialog.strength.text()
    dialog.passphrase.clear()
    fill_first_start(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert "Sterkt" in dialog.strength.text()
    qtbot.keyClicks(dialog.profile_fields["phone"], "915 55 555")
    qtbot.keyClicks(dialog.profile_fields["service_address"], "Postboks 5, 9711 Lakselv")
    dialog.buttons.buttons()[0].click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database.profile.name == "Siri Prøvesen"
    assert dialog.database.profile.phone == "915 55 555"
    assert dialog.database.profile.service_address == "Postboks 5, 9711 Lakselv"
    assert dialog.database.profile.municipality == "Øvre Testvik kommune"
    dialog.database.close()
    assert paths.database.exists()


def test_wrong_passphrase_is_said_plainly_and_she_may_try_again(qtbot, paths, real_db):
    real_db.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "feil passord")
    dialog.buttons.buttons()[0].click()
    assert dialog.message.isVisible()
    assert "Feil passord" in dialog.message.text()
    assert dialog.database is None and dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.buttons.buttons()[0].click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database.profile.name == "Kari Testesen"
    dialog.database.close()


def test_first_start_refuses_a_phone_number_that_is_not_one(qtbot, paths):
    dialog = FirstStartDialog(paths, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_start(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    qtbot.keyClicks(dialog.profile_fields["phone"], "ring meg")
    dialog.buttons.buttons()[0].click()
    assert "8 siffer" in dialog.error_text("phone")
    assert dialog.isVisible() and not paths.database.exists()


PRELOAD_PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.ui import preload
from psykhelse_desktop.ui.dialogs.unlock import UnlockDialog
app = QApplication([])
before = [m for m in preload.MODULES + ("sqlalchemy",) if m in sys.modules]
dialog = UnlockDialog(AppPaths(Path(sys.argv[1])))
dialog.show()
app.processEvents()
dialog.passphrase.setText("skrevet mens det lastes")
preload.wait_until_loaded()
after = [m for m in preload.MODULES + ("sqlalchemy",) if m not in sys.modules]
print(before, after, dialog.passphrase.text())
"""


def test_the_window_modules_load_while_she_types(tmp_path):
    """Nothing of the storage stack or the window before the dialog; all of it once shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PRELOAD_PROBE, str(tmp_path)], env=env,
                          capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "[] [] skrevet mens det lastes"
