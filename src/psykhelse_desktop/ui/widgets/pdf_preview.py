"""Preview of a printed PDF, page by page, with save-as and open in the PDF reader.

The previewed file lies in a private temporary folder and is not in the ledger: a copy saved
from here is recorded, and so is the file once it is opened in the PDF reader (it can be
printed from there). pypdfium2 is imported only when a preview is shown.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.ledger_vocabulary import LedgerKind
from ...domain.os_errors import os_error_text
from ...services.reports.outgoing import COPY_PREFIX, LedgerNote, send_file
from ..colours import PAPER_BACKGROUND, css
from ..texts import domain_text, fill
from .save_place import ask_save_path, show_saved

if TYPE_CHECKING:
    from ...services.database import Database

# Pixels per PDF point: an A4 page is about 800 pixels wide, readable without zooming.
PREVIEW_SCALE = 1.35
PRINT_DPI = 300  # sharp text on paper; an A4 page is then about 25 MB as an image


def render_pages(path: Path, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Every page of the PDF as an image (white background)."""
    import pypdfium2 as pdfium  # loads only when a document is previewed

    document = pdfium.PdfDocument(str(path))
    try:
        return [_page_image(document[i], scale) for i in range(len(document))]
    finally:
        document.close()


def _page_image(page, scale: float) -> QImage:  # noqa: ANN001
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    data = bytes(bitmap.buffer)
    fmt = QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
    image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    bitmap.close()
    page.close()
    return image


def paint_pages(path: Path, printer) -> bool:  # noqa: ANN001 (a QPrinter)
    """Every page, drawn at the printer's resolution (at most 300 dpi) to fill its page."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        scale = min(printer.resolution(), PRINT_DPI) / 72
        for number, image in enumerate(render_pages(path, scale)):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), image)
    finally:
        painter.end()
    return True


class PdfPreviewDialog(QDialog):
    """The pages of `path` in a scroll area; `saved` carries where a copy was saved.

    A saved copy and the opened file are recorded in the ledger (`note` says what it is).
    """

    saved = Signal(object)

    def __init__(
        self,
        path: Path,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        db: Database,
        note: LedgerNote,
    ):
        super().__init__(parent)
        self.path, self.suggested_name = path, suggested_name
        self.db, self.note = db, note
        self._opened_recorded = False
        self.setWindowTitle(fill(self.tr("Forhåndsvisning – %1"), suggested_name))
        self.page_labels: list[QLabel] = []
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages_area(), 1)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_on_paper)
        self._show_pages()
        self._fit_to_screen()

    def _pages_area(self) -> QScrollArea:
        holder = QWidget()
        holder.setObjectName("previewPages")
        holder.setStyleSheet(f"#previewPages {{ background: {css(PAPER_BACKGROUND)}; }}")
        self.pages_layout = QVBoxLayout(holder)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        return self.scroll

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = self._button(row, self.tr("&Lagre som PDF..."), self.save_as)
        self.save_button.setToolTip(self.tr("Lagre en kopi (Ctrl+S)"))
        self.open_button = self._button(row, self.tr("Å&pne i PDF-leser"), self.open_in_viewer)
        self.paper_button = self._button(row, self.tr("Skriv &ut..."), self.print_on_paper)
        self.paper_button.setToolTip(self.tr("Skriv ut på papir (Ctrl+P)"))
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.close_button = self._button(row, self.tr("Lu&kk"), self.accept)
        return row

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _show_pages(self) -> None:
        for image in render_pages(self.path):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #333; background: white;")
            label.setAccessibleName(fill(self.tr("Side %1"), len(self.page_labels) + 1))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        count = len(self.page_labels)
        self.count_label.setText(
            self.tr("1 side") if count == 1 else fill(self.tr("%1 sider"), count)
        )

    def _fit_to_screen(self) -> None:
        width = max((label.pixmap().width() for label in self.page_labels), default=600)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        chrome = 2 * self.pages_layout.contentsMargins().left() + 60  # margins and scroll bar
        self.resize(min(width + chrome, screen.width()), min(1000, screen.height() - 40))

    def page_count(self) -> int:
        return len(self.page_labels)

    def save_as(self) -> Path | None:
        target = ask_save_path(self, self.db, "pdf", self.tr("Lagre som PDF"), self.suggested_name)
        saved = None if target is None else self.save_to(target)
        if saved is not None:
            show_saved(self, saved)
        return saved

    def save_to(self, target: Path) -> Path | None:
        """Copy the document to `target`, recorded in the ledger before it gets that name; a
        plain message when the folder (or the ledger) refuses it, and then no file is left."""
        try:
            send_file(self.db, target, self._copy_to, COPY_PREFIX)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kunne ikke lagre"), domain_text(exc.message))
            return None
        except OSError as exc:
            text = self.tr("Kunne ikke lagre filen. Velg en annen mappe. (%1)")
            QMessageBox.warning(self, self.tr("Kunne ikke lagre"), fill(text, os_error_text(exc)))
            return None
        self.saved.emit(target)
        return target

    def _copy_to(self, temp: Path) -> LedgerNote:
        shutil.copyfile(self.path, temp)
        return self.note

    def print_on_paper(self) -> bool:
        """Qt's print dialog, then the same pages to the printer she chose."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer) -> bool:  # noqa: ANN001 (a QPrinter; QtPrintSupport loads late)
        """Record the copy in the ledger as printed on paper, then send every page."""
        note = dataclasses.replace(self.note, kind=LedgerKind.PAPER)
        where = printer.printerName() or printer.outputFileName() or self.tr("skriver")
        try:
            note.record(self.db, self.path, named=Path(where))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Utleveringsloggen"), domain_text(exc.message))
            return False
        if not paint_pages(self.path, printer):
            text = self.tr("Skriveren tok ikke imot dokumentet. Sjekk skriveren og prøv igjen.")
            QMessageBox.warning(self, self.tr("Kunne ikke skrive ut"), text)
            return False
        return True

    def open_in_viewer(self) -> None:
        """Open the file in the PDF reader; recorded once, since it can be printed from there."""
        if not self._opened_recorded:
            self._opened_recorded = self._record(self.path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def _record(self, path: Path) -> bool:
        try:
            self.note.record(self.db, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Utleveringsloggen"), domain_text(exc.message))
            return False
        return True
