"""Fil → Språk: the window in bokmål or nynorsk, kept in the record's settings and beside it
(so the unlock dialog speaks it too); the new language shows from the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..domain.settings import LANGUAGE_CODES, language_code
from ..services.settings import get_settings, save_settings
from ..translations import remember_language
from .translator import install_translations, window_language


class LanguageMenu(QObject):
    """The «Språk» submenu: one checked entry per målform."""

    def __init__(self, db, menu: QMenu, window: QWidget):  # noqa: ANN001 (Database or a record)
        super().__init__(window)
        self.db, self.window = db, window
        self.menu = menu.addMenu(self.tr("&Språk"))
        group = QActionGroup(self)
        names = {"nb": self.tr("&Bokmål"), "nn": self.tr("&Nynorsk")}
        chosen = language_code(get_settings(db))
        self.actions: dict[str, QAction] = {}
        for code in LANGUAGE_CODES:
            action = QAction(names[code], self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Save the choice; the window changes language when the program starts again."""
        if language_code(get_settings(self.db)) == code:
            return
        save_settings(self.db, {"window_language": LANGUAGE_CODES.index(code)})
        remember_language(self.db.db_path.parent, code)
        app = QCoreApplication.instance()
        if app is None or window_language(app) != code:
            text = (
                self.tr("Vinduet blir på nynorsk neste gang du starter programmet.")
                if code == "nn"
                else self.tr("Vinduet blir på bokmål neste gang du starter programmet.")
            )
            QMessageBox.information(self.window, self.tr("Språk"), text)


def use_record_language(db) -> str:  # noqa: ANN001
    """After unlock, before the main window is made: load the record's language (a restored
    or copied record may have another than the folder remembered), and remember it."""
    code = language_code(get_settings(db))
    remember_language(db.db_path.parent, code)
    app = QCoreApplication.instance()
    if app is not None:
        install_translations(app, code)
    return code
