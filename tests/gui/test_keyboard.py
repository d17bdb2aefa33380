"""The keyboard first: typing reaches a field at once, Tab leaves lists, every menu entry has
a letter or a shortcut, and Hjelp → Hurtigtaster lists them from the menus themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from psykhelse_desktop.ui.dialogs.unlock import UnlockDialog
from psykhelse_desktop.ui.keys import ShortcutsDialog, key_rows, mnemonic
from tests.conftest import PASSPHRASE
from tests.gui.conftest import activate, answer_dialog


def test_the_passphrase_typed_at_once_unlocks_with_enter(qtbot, paths, real_db):
    real_db.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.passphrase
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.database.close()


def test_tab_from_the_list_goes_to_the_person_and_arrows_move_rows(qtbot, window):
    activate(qtbot, window)
    window.tabs.setCurrentWidget(window.users_page)
    table = window.users_page.table
    table.selectRow(0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    first = window.users_page.detail.user_id()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.users_page.detail.user_id()
    assert second is not None and second != first
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert window.users_page.user_tabs.isAncestorOf(focused), focused
    assert window.users_page.detail.user_id() == second  # nobody else was opened


def test_every_menu_entry_has_a_letter_and_unique_letters_per_menu(window):
    for top in window.menuBar().actions():
        assert mnemonic(top.text()), top.text()
        letters = [mnemonic(a.text()) for a in top.menu().actions() if not a.isSeparator()]
        assert all(letters), top.text()
        assert len(set(letters)) == len(letters), (top.text(), letters)


def test_the_shortcut_list_is_read_from_the_actions(qtbot, window):
    rows = dict(key_rows(window))
    assert rows["Tjenestemottaker → Ny tjenestemottaker..."].startswith("Ctrl+N")
    assert rows["Hjelp → Brukerveiledning"].startswith("F1")
    assert rows["Fil → Ta sikkerhetskopi…"].startswith("Alt+F, ")
    window.new_action.setShortcut("Ctrl+Shift+Y")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown["Tjenestemottaker → Ny tjenestemottaker..."].startswith("Ctrl+Shift+Y")
    assert len(shown) == sum(
        1 for top in window.menuBar().actions() for a in top.menu().actions() if not a.isSeparator()
    )


def test_f1_opens_the_guide(qtbot, window):
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.browser.toPlainText()

    activate(qtbot, window)
    answer_dialog(look)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen["title"].startswith("Brukerveiledning")
    assert "Tjenestemottakere" in seen["text"] and "Sikkerhetskopi" in seen["text"]


def test_about_names_the_version_the_folder_and_the_licences(qtbot, window, db):
    from psykhelse_desktop import __version__
    from psykhelse_desktop.ui.help import AboutDialog

    dialog = AboutDialog(db.db_path.parent, window)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and str(db.db_path.parent) in labels
    names = [dialog.names.item(i).text() for i in range(dialog.names.count())]
    assert any(n.startswith("Qt") for n in names) and any("SQLCipher" in n for n in names)
    dialog.names.setCurrentRow(names.index(next(n for n in names if n.startswith("Qt"))))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
