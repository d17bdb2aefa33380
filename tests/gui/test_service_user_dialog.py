"""Creating and editing a service user: errors under the fields, nothing lost, changes logged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from psykhelse_desktop.domain.errors import StorageUnavailable
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog

from .conftest import activate, answer_dialog, synthetic_id, visible_names


def open_dialog(qtbot, db, **kwargs) -> ServiceUserDialog:
    dialog = ServiceUserDialog(db, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_invalid_national_id_is_shown_under_the_field_and_nothing_is_saved(qtbot, db):
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.first_name, "Synne")
    qtbot.keyClicks(dialog.last_name, "Prøvdal")
    qtbot.keyClicks(dialog.national_id, "12345678901")
    dialog.buttons.buttons()[0].click()
    assert "Kontrollsifrene stemmer ikke" in dialog.error_text("national_id")
    assert dialog.error_text("first_name") == ""
    assert dialog.isVisible()
    assert service_users.count(db) == 0


def test_missing_names_are_marked_in_red(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.buttons.buttons()[0].click()
    assert dialog.error_text("first_name") == "Fornavn mangler."
    assert dialog.error_text("last_name") == "Etternavn mangler."
    assert dialog.error_text("birth_date") != ""
    assert dialog.focusWidget() is dialog.first_name


def test_badly_typed_date_is_refused_before_saving(qtbot, db):
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.first_name, "Synne")
    qtbot.keyClicks(dialog.last_name, "Prøvdal")
    qtbot.keyClicks(dialog.birth_date, "31.02.1990")
    dialog.buttons.buttons()[0].click()
    assert "dd.mm.åååå" in dialog.error_text("birth_date")
    assert service_users.count(db) == 0


def test_ctrl_s_saves_and_the_new_user_appears_in_the_list(qtbot, window, db):
    number = synthetic_id(2, 5, 1988)

    def fill_and_save(dialog):
        qtbot.keyClicks(dialog.first_name, "Synnøve")
        qtbot.keyClicks(dialog.last_name, "Æsøy")
        qtbot.keyClicks(dialog.national_id, number)
        qtbot.keyClicks(dialog.reach_notes, "Ring etter kl. 10.")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    answer_dialog(fill_and_save)
    window.new_action.trigger()
    assert "Synnøve Æsøy" in visible_names(window)
    detail = window.users_page.detail
    assert detail.heading.text().startswith("Synnøve Æsøy")
    assert detail.identity.values["national_id"].text() == f"{number[:6]} {number[6:]}"
    assert detail.identity.values["birth_date"].text() == "02.05.1988"
    assert detail.identity.values["reach_notes"].text() == "Ring etter kl. 10."


def test_escape_on_an_untouched_form_closes_at_once(qtbot, db):
    dialog = open_dialog(qtbot, db)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_a_changed_phone_asks_and_enter_keeps_it(qtbot, db):
    """Issue 9: Esc in "Rediger tjenestemottaker" threw a changed phone number away unasked."""
    user_id = service_users.create(db, _ola())
    detail = service_users.open_record(db, user_id)
    dialog = open_dialog(qtbot, db, form=detail.form, user_id=user_id, version=detail.version)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "915 55 444")
    seen = {}

    def press_enter(box):
        seen["question"] = box.text()
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_dialog(press_enter)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == {
        "question": "Du har endret noe som ikke er lagret. Forkaste det?",
        "default": "Fortsett å skrive",
    }
    assert dialog.isVisible() and dialog.phone.text() == "915 55 444"

    answer_dialog(lambda box: _click(box, "&Forkast endringene"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service_users.open_record(db, user_id).form.phone == "912 34 567"


def _ola():
    return ServiceUserForm("Ola", "Øvrebø", synthetic_id(4, 3, 1980), phone="912 34 567")


def _click(box, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_storage_unavailable_keeps_the_dialog_open_with_what_was_typed(qtbot, db, monkeypatch):
    def disk_full(*_args, **_kwargs):
        raise StorageUnavailable("Disken er full. Ingenting ble lagret.")

    monkeypatch.setattr(service_users, "create", disk_full)
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.first_name, "Synne")
    qtbot.keyClicks(dialog.last_name, "Prøvdal")
    qtbot.keyClicks(dialog.reach_notes, "Treffes best hjemme.")
    dialog.buttons.buttons()[0].click()
    assert dialog.isVisible()
    assert dialog.message.text() == "Disken er full. Ingenting ble lagret."
    assert dialog.first_name.text() == "Synne"
    assert dialog.last_name.text() == "Prøvdal"
    assert dialog.reach_notes.toPlainText() == "Treffes best hjemme."


def test_an_edit_shows_in_the_change_log(qtbot, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    window.users_page.select_user(ola)

    def change_phone(dialog):
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "987 65 432")
        dialog.try_save()

    answer_dialog(change_phone)
    window.edit_action.trigger()
    changes = window.users_page.detail.changes.texts()
    assert changes[0][2] == "Endret"
    assert "«912 34 567» → «987 65 432»" in changes[0][3]
    assert changes[-1][2] == "Opprettet"
    row = visible_names(window).index("Ola Øvrebø")
    assert window.users_page.model.index(row, 2).data() == "987 65 432"


def test_birth_date_is_optional_when_the_number_is_given(qtbot, db):
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.first_name, "Synne")
    qtbot.keyClicks(dialog.last_name, "Prøvdal")
    qtbot.keyClicks(dialog.national_id, synthetic_id(9, 9, 1970))
    dialog.try_save()
    saved = service_users.open_record(db, dialog.saved_id)
    assert saved.form.birth_date == dt.date(1970, 9, 9)


def test_tab_follows_the_form(qtbot, db):
    dialog = open_dialog(qtbot, db)
    activate(qtbot, dialog)
    dialog.first_name.setFocus()
    order = []
    for _ in range(17):  # every field of the form once
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [
        dialog.first_name, dialog.last_name, dialog.national_id, dialog.birth_date,
        dialog.care_of, dialog.address, dialog.postal_code, dialog.postal_place,
        dialog.protected_address, dialog.phone,
        dialog.phone_alt, dialog.email, dialog.category, dialog.is_lar, dialog.is_tud,
        dialog.has_minor_children, dialog.reach_notes,
    ]  # fmt: skip
    assert order == expected


def test_the_persons_maalform_is_saved_and_shown_on_their_page(qtbot, window, db):
    from psykhelse_desktop.domain.vocabulary import Maalform

    dialog = open_dialog(qtbot, db)
    box = dialog.maalform
    assert box.currentData() is Maalform.MUNICIPALITY and box.currentText() == "Kommunens målform"
    qtbot.keyClicks(dialog.first_name, "Synne")
    qtbot.keyClicks(dialog.last_name, "Prøvdal")
    qtbot.keyClicks(dialog.national_id, synthetic_id(9, 9, 1970))
    box.setCurrentIndex(box.findData(Maalform.NYNORSK))
    dialog.try_save()
    assert service_users.open_record(db, dialog.saved_id).form.maalform is Maalform.NYNORSK
    window.users_page.select_user(dialog.saved_id)
    assert window.users_page.detail.identity.values["maalform"].text() == "Nynorsk"
    edit = open_dialog(qtbot, db, form=service_users.open_record(db, dialog.saved_id).form,
                       user_id=dialog.saved_id)  # fmt: skip
    assert edit.maalform.currentData() is Maalform.NYNORSK
