"""Hjelp: the offline user guide (F1) and «Om Psykhelse Desktop» (version, data folder, licences).

The guide is HTML in resources/help/; its pictures are made by docs/make_screenshots.py from the
same run as docs/screenshots/, so they show the program as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import BundledComponent, bundled_components
from ..resources import help_folder
from .texts import fill
from .widgets.screen_fit import resize_within_screen

GUIDE_PAGE = "index.html"


class HelpDialog(QDialog):
    """The guide in a QTextBrowser; links inside it work, and it needs no network."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brukerveiledning – Psykhelse Desktop"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Brukerveiledning"))
        page = (folder or help_folder()) / GUIDE_PAGE
        if page.is_file():
            self.browser.setSearchPaths([str(page.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
        else:
            self.browser.setPlainText(
                fill(
                    self.tr("Brukerveiledningen er ikke installert sammen med programmet (%1)."),
                    page,
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 860, 560)
        self.browser.setFocus()


class AboutDialog(QDialog):
    """The version, where the record lies, and every bundled component with its licence."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Psykhelse Desktop"))
        self.components = bundled_components()
        facts = QLabel(
            self.tr("<b>Psykhelse Desktop</b> versjon %1<br>Journalen ligger i: %2")
            .replace("%1", __version__)
            .replace("%2", str(data_folder))
        )
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(QLabel(self.tr("Komponenter som følger med programmet, og lisensene:")))
        layout.addLayout(self._licences(), 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 860, 540)

    def _licences(self) -> QHBoxLayout:
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Komponenter"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Lisenstekst"))
        for component in self.components:
            self.names.addItem(f"{component.name} – {component.licence}")
        self.names.currentRowChanged.connect(self._show)
        if self.components:
            self.names.setCurrentRow(0)
        else:
            self.text.setPlainText(
                self.tr("Lisenstekstene er ikke installert sammen med programmet.")
            )
        row = QHBoxLayout()
        row.addWidget(self.names, 2)
        row.addWidget(self.text, 3)
        self.names.setFocus()
        return row

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.components):
            self.text.setPlainText(_licence_text(self.components[index]))


def _licence_text(component: BundledComponent) -> str:
    packages = ", ".join(component.packages)
    return f"{component.name}\n{component.licence}\n{packages}\n\n{component.text}"
