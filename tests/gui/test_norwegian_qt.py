"""Qt's own texts are bokmål: message box buttons, a text field's menu, the file dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTextEdit

from psykhelse_desktop.ui.translator import install_translations

ENGLISH = {"Yes", "No", "Cancel", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"}


def plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0]


def test_a_yes_no_question_has_norwegian_buttons(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Låse referatet?", "Låse det?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ja"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Nei"


def test_the_menu_of_a_text_field_is_norwegian(qtbot):
    for field in (QLineEdit("tekst"), QTextEdit("tekst")):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert {"Angre", "Klipp ut", "Kopier", "Lim inn", "Merk alt"} <= set(texts), texts
        assert not ENGLISH & set(texts)


def test_the_save_dialog_is_qt_s_own_and_norwegian(qtbot, tmp_path):
    dialog = QFileDialog(None, "Lagre som PDF", str(tmp_path))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {
        plain(w.text()) for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
    }
    assert {"Se i:", "Filnavn:", "Filtype:", "Lagre", "Avbryt"} <= texts, texts
    assert not {"Look in:", "File name:", "Files of type:", "Save", "Cancel"} & texts


def test_translations_are_loaded_once(qapp):
    assert install_translations(qapp) is install_translations(qapp)
    assert install_translations(qapp)
