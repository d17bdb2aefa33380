"""Tabs whose pages are built the first time they are shown or asked for, not with the window.

Until then the tab holds an empty stand-in; the built page takes its place in the same tab,
so `tabs.currentWidget()` is the page itself from then on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    """Pages by name; `page(name)` builds one on first use."""

    def __init__(self, tabs: QTabWidget):
        self.tabs = tabs
        self._built: dict[str, QWidget] = {}
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        tabs.currentChanged.connect(self._on_current)

    def add(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        stand_in = QWidget()
        self._waiting[name] = (stand_in, make)
        self.tabs.addTab(stand_in, title)

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built, else None (nothing is built by asking this)."""
        return self._built.get(name)

    def page(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            page = self._build(name)
        return page

    def _build(self, name: str) -> QWidget:
        stand_in, make = self._waiting.pop(name)
        page = self._built[name] = make()
        index = self.tabs.indexOf(stand_in)
        was_current = self.tabs.currentIndex() == index
        title = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no change to tell
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            if was_current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        return page

    def _on_current(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for name, (stand_in, _make) in list(self._waiting.items()):
            if stand_in is shown:
                self._build(name)
                return
