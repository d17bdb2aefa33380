"""Search words marked in text: escaped HTML with the matches bold on a marker colour.

The note text is escaped piece by piece before any markup is added, so nothing she wrote can
become HTML. A tree column shows such HTML through `HighlightDelegate`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...services.daily.journal_search import match_spans
from ..colours import MARK_BACKGROUND, MARK_TEXT, css

HTML_ROLE = Qt.ItemDataRole.UserRole + 7


def marked_style() -> str:
    """Bold, dark on a light marker (or light on a dark one in a dark palette)."""
    return f"background-color: {css(MARK_BACKGROUND)}; color: {css(MARK_TEXT)}; font-weight: bold;"


def highlighted_html(text: str, words: list[str]) -> str:
    """`text` as HTML-escaped text with every matched word in a marked span."""
    style, parts, at = marked_style(), [], 0
    for start, end in match_spans(text, words):
        parts.append(html.escape(text[at:start]))
        parts.append(f'<span style="{style}">{html.escape(text[start:end])}</span>')
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


class HighlightDelegate(QStyledItemDelegate):
    """Draws a cell's HTML (in HTML_ROLE) instead of its plain text, where there is any."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marked = index.data(HTML_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        document = self._document(marked, item)
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(area.translated(-area.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _document(marked: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(f'<span style="white-space: pre;">{marked}</span>')
        return document
