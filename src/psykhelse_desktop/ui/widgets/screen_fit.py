"""Sizes that never exceed the screen: a 1024x600 laptop, or a larger one at 150 or 200 %."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WINDOW_FRAME = 40  # the title bar and frame a window manager adds


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """The size it would like, or the screen's room if that is less (frame included)."""
    screen = (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    widget.resize(
        min(width, screen.width() - WINDOW_FRAME // 4),
        min(height, screen.height() - WINDOW_FRAME),
    )
