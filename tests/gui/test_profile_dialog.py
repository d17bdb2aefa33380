"""Fil → «Min profil»: the nurse's phone, e-mail and the service's address are kept and checked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.ui.dialogs.profile_dialog import ProfileDialog
from tests.conftest import PASSPHRASE


def test_the_profile_is_saved_and_read_back_after_unlocking(qtbot, db, paths):
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["name"].text() == "Kari Testesen"
    qtbot.keyClicks(dialog.fields["phone"], "915 55 555")
    qtbot.keyClicks(dialog.fields["email"], "kari.testesen@testvik.kommune.no")
    qtbot.keyClicks(dialog.fields["service_address"], "Postboks 5, 8150 Ørnes")
    qtbot.keyClicks(dialog.fields["switchboard"], "75 00 00 00")
    dialog.buttons.buttons()[0].click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    db.close()
    again = unlock_vault(paths, PASSPHRASE)
    try:
        profile = again.profile
        assert (profile.phone, profile.switchboard) == ("915 55 555", "75 00 00 00")
        assert profile.service_address == "Postboks 5, 8150 Ørnes"
        assert profile.email == "kari.testesen@testvik.kommune.no"
    finally:
        again.close()


def test_a_bad_e_mail_keeps_the_dialog_open_with_what_was_typed(qtbot, db):
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["email"], "kari(at)testvik")
    dialog.buttons.buttons()[0].click()
    assert "E-postadressen" in dialog.error_text("email")
    assert dialog.isVisible() and dialog.fields["email"].text() == "kari(at)testvik"
    assert db.profile.email == ""


def test_the_municipalitys_maalform_is_chosen_in_the_profile(qtbot, db, paths):
    from psykhelse_desktop.domain.vocabulary import Maalform

    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.fields["maalform"]
    assert [box.itemData(i) for i in range(box.count())] == [Maalform.BOKMAL, Maalform.NYNORSK]
    assert box.currentData() is Maalform.BOKMAL and box.currentText() == "Bokmål"
    box.setCurrentIndex(box.findData(Maalform.NYNORSK))
    dialog.buttons.buttons()[0].click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    db.close()
    again = unlock_vault(paths, PASSPHRASE)
    try:
        assert again.profile.maalform is Maalform.NYNORSK
    finally:
        again.close()
