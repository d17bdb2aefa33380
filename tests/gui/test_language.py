"""Fil → Språk: bokmål or nynorsk, kept in the settings and beside the record, loaded at start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from psykhelse_desktop.services.settings import get_settings
from psykhelse_desktop.translations import remembered_language
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.language_menu import use_record_language
from psykhelse_desktop.ui.main_window import MainWindow
from psykhelse_desktop.ui.translator import install_translations, window_language
from tests.gui.conftest import answer_dialog


@pytest.fixture
def nynorsk(qapp):
    install_translations(qapp, "nn")
    yield
    install_translations(qapp, "nb")


def plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0]


def language_actions(window: MainWindow) -> dict[str, object]:
    return {plain(a.text()): a for a in window.language_menu.menu.actions()}


def test_the_file_menu_offers_bokmal_and_nynorsk_with_bokmal_chosen(window):
    actions = language_actions(window)
    assert set(actions) == {"Bokmål", "Nynorsk"}
    assert actions["Bokmål"].isChecked() and not actions["Nynorsk"].isChecked()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.language_menu.menu.menuAction() in file_menu.actions()


def test_choosing_nynorsk_keeps_it_and_says_it_shows_from_the_next_start(window, db):
    said = []
    answer_dialog(lambda box: said.append(box.text()))
    language_actions(window)["Nynorsk"].trigger()
    assert get_settings(db).window_language == 1
    assert remembered_language(db.db_path.parent) == "nn"
    assert said == ["Vinduet blir på nynorsk neste gang du starter programmet."]
    assert language_actions(window)["Nynorsk"].isChecked()


def test_after_unlock_the_record_s_language_is_loaded_before_the_window_is_made(qapp, db, qtbot):
    from psykhelse_desktop.services.settings import save_settings

    save_settings(db, {"window_language": 1})
    try:
        assert use_record_language(db) == "nn"
        assert window_language(qapp) == "nn"
        window = MainWindow(db, ChangeBus())
        qtbot.addWidget(window)
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert "Tenestemottakarar" in tabs and "Førespurnader" in tabs
        assert remembered_language(db.db_path.parent) == "nn"
    finally:
        install_translations(qapp, "nb")


def test_qt_s_own_texts_are_nynorsk_too(qtbot, nynorsk):
    box = QMessageBox(QMessageBox.Icon.Question, "Låse referatet?", "Låse det?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Nei"
    field = QLineEdit("tekst")
    qtbot.addWidget(field)
    texts = {plain(a.text()) for a in field.createStandardContextMenu().actions()}
    assert {"Angra", "Klipp ut", "Lim inn"} <= texts, texts


def test_back_in_bokmal_the_window_is_bokmal_again(qapp, db, qtbot):
    install_translations(qapp, "nn")
    install_translations(qapp, "nb")
    window = MainWindow(db, ChangeBus())
    qtbot.addWidget(window)
    assert "Tjenestemottakere" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_settings_dialog_does_not_show_the_language_as_a_number(db, qtbot):
    from psykhelse_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert "window_language" not in dialog.spins
    dialog.restore_defaults()  # the hidden setting has no spin box to reset
